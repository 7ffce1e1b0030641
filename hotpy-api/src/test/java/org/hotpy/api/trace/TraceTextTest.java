package org.hotpy.api.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceTextTest {

    static final String LOOP = """
            loop @f:8
            [p0, p1]
            guard_type(p0, @int) {@f:8 [p0, p1]}
            i2 = unbox_int(p0) {=}
            b3 = int_lt(i2, 100)
            guard_true(b3) {@f:10 [p0, p1]}
            i4 = int_add_ovf(i2, 1) {@f:12 [p0, p1 | p0]}
            p5 = binary_op[add](p1, p0) <@float, @int> {@f:14 [p0, p1 | p1, p0]}
            p6 = box_int(i4)
            jump(p6, p5)
            """;

    @Nested
    class RoundTrip {
        @Test
        void printOfParseIsTheSameText() {
            Trace t = TraceText.parse(LOOP);
            assertThat(TraceText.print(t)).isEqualTo(LOOP);
            TraceVerifier.verify(t);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "[i0]\nb1 = int_lt(i0, -5)\nguard_false(b1) {@code:0 [i0]}\njump(i0)\n",
            "[f0]\nf1 = float_mul(f0, -0.0)\nf2 = float_add(f1, 1.0E300)\nf3 = float_sub(f2, nan)\nf4 = float_add(f3, -inf)\njump(f4)\n",
            "[p0]\np1 = load_attr[\"weird name\"](p0) <@Point; shape=@S1> {@code:3 [p0]}\njump(p1)\n",
            "[p0, p1]\np2 = call[key, sep](p0, p1, 1.5E-7, true) <; value=@print> {@code:4 [p0, p1 | null, p0, p1]}\njump(p2, p1)\n",
            "entry @g:0\n[p0]\nenter_frame(@h, @fn_h) {@g:2 [p0]}\ni1 = unbox_int(p0) {@g:4 [p0], @h:0(@fn_h) [p0, null]}\nleave_frame()\nreturn(i1)\n",
            "[p0, i1]\nguard_true(true) {@code:1 [p0, p2 | p3]; p2 = new_instance(@C, @S, i1, p0); p3 = build_tuple(p2, 1)}\njump(p0, i1)\n",
            "[p0]\n[p1] = label(p0)\np2 = get_slot[3](p1)\nset_slot[0](p1, p2)\njump(p2)\n",
            "[]\nexit() {@code:7 []}\n",
            "[p0]\np1 = load_global[len](@\"f.<locals>.g\", @builtins) {@code:0 [p0]}\njump(p1)\n",
        })
        void examples(String text) {
            Trace t = TraceText.parse(text);
            assertThat(TraceText.print(t)).isEqualTo(text);
            assertThat(TraceText.print(TraceText.parse(TraceText.print(t)))).isEqualTo(text);
        }

        @Test
        void singleLineFormWithSemicolonsPrintsOneInstructionPerLine() {
            Trace t = TraceText.parse("[i0] i1 = int_add(2, 3); i2 = int_mul(i1, 4); jump(i2)");
            assertThat(TraceText.print(t)).isEqualTo("[i0]\ni1 = int_add(2, 3)\ni2 = int_mul(i1, 4)\njump(i2)\n");
        }

        @Test
        void numberingIsCanonical() {
            String odd = "[i7, p3]\ni42 = int_add(i7, 1)\njump(i42, p3)";
            assertThat(TraceText.print(TraceText.parse(odd))).isEqualTo("[i0, p1]\ni2 = int_add(i0, 1)\njump(i2, p1)\n");
        }

        @Test
        void commentsAndBlankLinesAreIgnored() {
            Trace t = TraceText.parse("# a comment\n\n[i0]   # params\n\njump(i0)  # back\n");
            assertThat(TraceText.print(t)).isEqualTo("[i0]\njump(i0)\n");
        }

        @Test
        void clashingRefNamesAreDisambiguated() {
            TraceBuilder b = new TraceBuilder(Anchor.UNKNOWN);
            Value p0 = b.param(Kind.OBJECT);
            ObjRef a = () -> "T";
            ObjRef c = () -> "T";
            Snapshot s = Snapshot.of(SymbolicRef.of("code"), 0, java.util.List.of(p0), java.util.List.of());
            b.emit(Op.GUARD_TYPE, s, p0, b.constRef(a));
            b.emit(Op.GUARD_TYPE, s, p0, b.constRef(c));
            String text = TraceText.print(b.jump(p0));
            assertThat(text).contains("guard_type(p0, @T)").contains("guard_type(p0, @\"T~2\")");
        }

        @Test
        void exitNumbersAreComments() {
            Trace t = TraceText.parse(LOOP);
            String text = TraceText.printWithExitNumbers(t);
            assertThat(text).contains("int_add_ovf(i2, 1) {@f:12 [p0, p1 | p0]}  # exit 3");
            assertThat(TraceText.print(TraceText.parse(text))).isEqualTo(LOOP);
        }

        @Test
        void intrinsicsResolveThroughTheEnvironment() throws Exception {
            Intrinsic hypot = new Intrinsic("m.hypot", MethodHandles.lookup().findStatic(Math.class, "hypot",
                    MethodType.methodType(double.class, double.class, double.class)), true, false);
            TraceText.Env env = TraceText.Env.symbolic().withIntrinsics(n -> n.equals("m.hypot") ? hypot : null);
            Trace t = TraceText.parse("[f0]\nf1 = intrinsic[m.hypot](f0, 4.0)\njump(f1)\n", env);
            assertThat(t.instruction(0).intrinsic()).isSameAs(hypot);
            assertThat(TraceText.print(t)).isEqualTo("[f0]\nf1 = intrinsic[m.hypot](f0, 4.0)\njump(f1)\n");
            TraceVerifier.verify(t);
        }
    }

    @Nested
    class Parsing {
        @Test
        void constantsGetTheirKindFromTheirSpelling() {
            Trace t = TraceText.parse("[p0]\np1 = call(p0, 1, 1.0, true, @x) {@code:0 [p0]}\njump(p1)");
            Instr call = t.instruction(0);
            assertThat(call.arg(1).kind()).isEqualTo(Kind.INT64);
            assertThat(call.arg(2).kind()).isEqualTo(Kind.FLOAT64);
            assertThat(call.arg(3).kind()).isEqualTo(Kind.BOOL);
            assertThat(call.arg(4).refValue()).isEqualTo(SymbolicRef.of("x"));
        }

        @Test
        void snapshotRepeatSharesTheObject() {
            Trace t = TraceText.parse(LOOP);
            assertThat(t.instruction(1).snapshot()).isSameAs(t.instruction(0).snapshot());
        }

        @Test
        void denseNumbering() {
            Trace t = TraceText.parse(LOOP);
            assertThat(t.params()).extracting(Value::index).containsExactly(0, 1);
            assertThat(t.instruction(1).result().index()).isEqualTo(2);
            assertThat(t.constants()).allSatisfy(c -> assertThat(c.index()).isGreaterThanOrEqualTo(7));
            assertThat(t.valueCount()).isEqualTo(7 + t.constants().size());
            assertThat(t.exits()).extracting(Instr::exitIndex).containsExactly(0, 1, 2, 3, 4);
        }

        @Test
        void errorsNameLineAndColumn() {
            assertThatThrownBy(() -> TraceText.parse("[i0]\ni1 = int_frob(i0)\njump(i1)"))
                    .isInstanceOf(TraceSyntaxException.class)
                    .hasMessage("line 2, column 6: unknown op 'int_frob'");
            assertThatThrownBy(() -> TraceText.parse("[i0]\np1 = int_add(i0, 1)\njump(p1)"))
                    .hasMessage("line 2, column 1: p1 is named as OBJECT but INT64 is defined");
            assertThatThrownBy(() -> TraceText.parse("[i0]\ni1 = int_add(i0 1)"))
                    .hasMessage("line 2, column 17: expected ')', found '1'");
            assertThatThrownBy(() -> TraceText.parse("[i0]\nguard_true(b1) {=}\njump(i0)"))
                    .hasMessageContaining("{=} needs an earlier snapshot");
            assertThatThrownBy(() -> TraceText.parse("[p0]\np1 = binary_op[plus](p0, p0) {@c:0 []}"))
                    .hasMessageContaining("unknown binary operator 'plus'");
            assertThatThrownBy(() -> TraceText.parse("[i0]\nint_add[3](i0, i0)"))
                    .hasMessageContaining("int_add takes no immediate");
            assertThatThrownBy(() -> TraceText.parse("[i0] i1 = intrinsic[nope](i0)"))
                    .hasMessageContaining("unknown intrinsic 'nope'");
        }

        @Test
        void invalidButWellFormedTracesParse() {
            Trace t = TraceText.parse("[i0]\ni1 = int_add(i0, p9)\njump(i1)");
            assertThat(TraceVerifier.problems(t)).isNotEmpty();
        }
    }
}
