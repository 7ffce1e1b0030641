package org.hotpy.api.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Invariants of the op table. */
class OpTest {
    private static final Pattern SIGNATURE = Pattern.compile("[pifbxPIFB]*\\*?");

    @ParameterizedTest
    @EnumSource(Op.class)
    void signatureIsWellFormed(Op op) {
        assertThat(op.signature()).matches(SIGNATURE);
        assertThat(op.signature()).isNotEqualTo("*");
        assertThat(Op.byTextName(op.textName())).isSameAs(op);
    }

    @ParameterizedTest
    @EnumSource(Op.class)
    void guardsAndRaisingOpsNeedSnapshots(Op op) {
        if (op.isGuard() || op.canRaise()) {
            assertThat(op.needsSnapshot()).isTrue();
        }
        if (op.isPure()) {
            assertThat(op.needsSnapshot()).isFalse();
            assertThat(op.resultKind()).isNotNull();
            assertThat(op.isRemovableIfUnused()).isTrue();
            assertThat(op.isRepeatable()).isTrue();
        }
        if (op.isOpaque()) {
            assertThat(op.canRaise()).as("opaque ops run Python code, which can raise").isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Op.Family.class, names = {"GENERIC"})
    void genericOpsTakeFeedbackAndAreOpaque(Op.Family family) {
        Arrays.stream(Op.values()).filter(o -> o.family() == family).forEach(op -> {
            assertThat(op.takesFeedback()).as(op.textName()).isTrue();
            assertThat(op.isOpaque()).as(op.textName()).isTrue();
        });
    }

    @Test
    void overflowCheckedArithmeticIsAGuardWithAResult() {
        for (Op op : new Op[] {Op.INT_ADD_OVF, Op.INT_SUB_OVF, Op.INT_MUL_OVF, Op.INT_NEG_OVF, Op.UNBOX_INT}) {
            assertThat(op.isGuard()).isTrue();
            assertThat(op.resultKind()).isEqualTo(Kind.INT64);
            assertThat(op.isRepeatable()).as("a repeated %s with equal operands passes again", op).isTrue();
        }
    }

    @Test
    void framesAreShownWhereAnOpWithASnapshotMayRunPythonCode() {
        Trace t = TraceText.parse("""
                [p0, p1, i2]
                p3 = call(p0, p1) {@c:0 [p0, p1]}
                p4 = load_attr[x](p1) {@c:2 [p0, p1]}
                p5 = load_global[g](@G, @B) {@c:4 [p0, p1]}
                guard_type(p1, @int) {@c:6 [p0, p1]}
                i6 = len(p1) {@c:8 [p0, p1]}
                i7 = len(p1)
                i8 = int_add(i2, i6)
                jump(p3, p4, i8)
                """);
        boolean[] shows = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            shows[i] = t.instruction(i).showsFrames();
        }
        assertThat(shows).containsExactly(true, true, false, false, true, false, false, false);
    }

    @Test
    void signaturesDecode() {
        assertThat(Op.NEW_INSTANCE.fixedArgCount()).isEqualTo(2);
        assertThat(Op.NEW_INSTANCE.isVariadic()).isTrue();
        assertThat(Op.NEW_INSTANCE.argMustBeConstant(1)).isTrue();
        assertThat(Op.NEW_INSTANCE.argMustBeConstant(5)).isFalse();
        assertThat(Op.NEW_INSTANCE.argKind(5)).isEqualTo(Kind.OBJECT);
        assertThat(Op.JUMP.argKind(3)).isNull();
        assertThat(Op.GUARD_INT_VALUE.argKind(1)).isEqualTo(Kind.INT64);
        assertThat(Op.INT_ADD.acceptsArgCount(2)).isTrue();
        assertThat(Op.INT_ADD.acceptsArgCount(3)).isFalse();
        assertThat(Op.BUILD_TUPLE.acceptsArgCount(0)).isTrue();
    }

    @Test
    void everyOpIsDocumented() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/TRACE-IR.md"));
        for (Op op : Op.values()) {
            assertThat(doc).as("docs/TRACE-IR.md documents %s", op.textName()).contains("| `" + op.textName() + "` |");
        }
    }

    @Test
    void binaryOperatorsFollowCPythonOpargs() {
        // dis.Instruction opargs of BINARY_OP in CPython 3.11: 0 is +, 13 is +=, 25 is ^=.
        assertThat(BinaryOperator.ofOparg(0)).isEqualTo(BinaryOperator.ADD);
        assertThat(BinaryOperator.ofOparg(10)).isEqualTo(BinaryOperator.SUB);
        assertThat(BinaryOperator.ofOparg(13)).isEqualTo(BinaryOperator.IADD);
        assertThat(BinaryOperator.ofOparg(25)).isEqualTo(BinaryOperator.IXOR);
        assertThat(BinaryOperator.IFLOORDIV.plain()).isEqualTo(BinaryOperator.FLOORDIV);
        assertThat(CompareOperator.ofOparg(2)).isEqualTo(CompareOperator.EQ);
    }
}
