package org.hotpy.api.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TraceEditorTest {

    private static String edited(String before, java.util.function.Consumer<TraceEditor> edit) {
        TraceEditor ed = TraceText.parse(before).edit();
        edit.accept(ed);
        Trace t = ed.finish();
        TraceVerifier.verify(t);
        return TraceText.print(t);
    }

    @Nested
    class Replace {
        @Test
        void replaceWithConstantFeedsLaterInstructionsDuringTheWalk() {
            List<String> seen = new ArrayList<>();
            String after = edited("[i0]\ni1 = int_add(2, 3)\ni2 = int_mul(i1, 4)\njump(i2)", ed -> {
                for (Instr in : ed.instructions()) {
                    seen.add(in.toString());
                    if (in.op() == Op.INT_ADD) {
                        ed.replaceWithConstant(in, ed.constInt(5));
                    }
                }
            });
            assertThat(seen).containsExactly("i1 = int_add(2, 3)", "i2 = int_mul(5, 4)", "jump(i2)");
            assertThat(after).isEqualTo("[i0]\ni1 = int_mul(5, 4)\njump(i1)\n");
        }

        @Test
        void replaceAllUsesReachesSnapshots() {
            String after = edited("[i0]\ni1 = int_add(i0, 0)\nguard_true(true) {@code:0 [i1]}\njump(i1)", ed -> {
                Instr add = ed.original().instruction(0);
                ed.replace(add, add.arg(0));
            });
            assertThat(after).isEqualTo("[i0]\nguard_true(true) {@code:0 [i0]}\njump(i0)\n");
        }

        @Test
        void kindsMustMatch() {
            TraceEditor ed = TraceText.parse("[i0, f1]\njump(i0, f1)").edit();
            assertThatThrownBy(() -> ed.replaceAllUses(ed.params().get(0), ed.params().get(1)))
                    .hasMessageContaining("kinds differ");
        }

        @Test
        void snapshotOnlyReplacementMayChangeKind() {
            String after = edited("[i0]\np1 = box_int(i0)\nguard_true(true) {@code:0 [p1]}\njump(i0)", ed -> {
                Instr box = ed.original().instruction(0);
                ed.replaceInSnapshots(box.result(), box.arg(0));
                ed.remove(box);
            });
            assertThat(after).isEqualTo("[i0]\nguard_true(true) {@code:0 [i0]}\njump(i0)\n");
        }

        @Test
        void replaceUsesAfterLeavesEarlierUses() {
            String after = edited("""
                    [p0]
                    p1 = call(p0) {@code:0 [p0]}
                    guard_is(p0, @f) {@code:2 [p0]}
                    p2 = call(p0) {@code:4 [p0]}
                    jump(p2)
                    """, ed -> ed.replaceUsesAfter(ed.original().instruction(1), ed.params().get(0),
                    ed.constRef(SymbolicRef.of("f"))));
            assertThat(after).isEqualTo("""
                    [p0]
                    p1 = call(p0) {@code:0 [p0]}
                    guard_is(p0, @f) {@code:2 [p0]}
                    p2 = call(@f) {@code:4 [@f]}
                    jump(p2)
                    """);
        }
    }

    @Nested
    class Insert {
        @Test
        void beforeKeepsOrderAndIsNotVisited() {
            List<Op> visited = new ArrayList<>();
            String after = edited("[p0]\np1 = unary_negative(p0) <@int> {@code:0 [p0]}\njump(p1)", ed -> {
                for (Instr in : ed.instructions()) {
                    visited.add(in.op());
                    if (in.op() == Op.UNARY_NEGATIVE) {
                        Emitter e = ed.before(in);
                        e.emit(Op.GUARD_TYPE, in.snapshot(), in.arg(0), e.constRef(SymbolicRef.of("int")));
                        Value i = e.emit(Op.UNBOX_INT, in.snapshot(), in.arg(0));
                        Value n = e.emit(Op.INT_NEG_OVF, in.snapshot(), i);
                        ed.replace(in, e.emit(Op.BOX_INT, n));
                    }
                }
            });
            assertThat(visited).containsExactly(Op.UNARY_NEGATIVE, Op.JUMP);
            assertThat(after).isEqualTo("""
                    [p0]
                    guard_type(p0, @int) {@code:0 [p0]}
                    i1 = unbox_int(p0) {=}
                    i2 = int_neg_ovf(i1) {=}
                    p3 = box_int(i2)
                    jump(p3)
                    """);
        }

        @Test
        void afterIsVisited() {
            List<Op> visited = new ArrayList<>();
            edited("[i0]\ni1 = int_add(i0, 1)\njump(i1)", ed -> {
                for (Instr in : ed.instructions()) {
                    visited.add(in.op());
                    if (in.op() == Op.INT_ADD) {
                        Emitter e = ed.after(in);
                        Value a = e.emit(Op.INT_MUL, in.result(), e.constInt(2));
                        e.emit(Op.INT_SUB, a, e.constInt(1));
                    }
                }
            });
            assertThat(visited).containsExactly(Op.INT_ADD, Op.INT_MUL, Op.INT_SUB, Op.JUMP);
        }

        @Test
        void emitChecksAgainstTheOpTable() {
            TraceEditor ed = TraceText.parse("[i0]\njump(i0)").edit();
            Emitter e = ed.before(ed.terminator());
            Value i0 = ed.params().get(0);
            assertThatThrownBy(() -> e.emit(Op.FLOAT_ADD, i0, i0)).hasMessageContaining("operand 0 is i0 (INT64) but must be FLOAT64");
            assertThatThrownBy(() -> e.emit(Op.GUARD_TRUE, e.constBool(true))).hasMessageContaining("needs a snapshot");
            assertThatThrownBy(() -> e.emit(Op.BINARY_OP, i0, i0)).hasMessageContaining("takes a BinaryOperator");
            assertThatThrownBy(() -> e.emit(Op.JUMP, i0)).hasMessageContaining("is not emitted");
        }

        @Test
        void emitDefiningReusesARemovedResult() {
            String after = edited("""
                    [p0]
                    p1 = build_tuple(p0)
                    guard_true(true) {@code:0 [p1]}
                    jump(p1)
                    """, ed -> {
                Instr alloc = ed.original().instruction(0);
                Instr guard = ed.original().instruction(1);
                ed.remove(alloc);
                ed.setSnapshot(guard, guard.snapshot().withVirtuals(
                        List.of(new VirtualObject(alloc.result(), Op.BUILD_TUPLE, alloc.args()))));
                ed.emitDefining(ed.terminator(), alloc.result(), Op.BUILD_TUPLE, null, null, null, alloc.args());
            });
            assertThat(after).isEqualTo("""
                    [p0]
                    guard_true(true) {@code:0 [p1]; p1 = build_tuple(p0)}
                    p1 = build_tuple(p0)
                    jump(p1)
                    """);
        }
    }

    @Nested
    class Finish {
        @Test
        void unchangedReturnsTheSameTrace() {
            Trace t = TraceText.parse(TraceTextTest.LOOP);
            TraceEditor ed = t.edit();
            for (Instr in : ed.instructions()) {
                assertThat(in).isNotNull();
            }
            assertThat(ed.finish()).isSameAs(t);
        }

        @Test
        void removingKeepsNumberingDense() {
            Trace t = TraceText.parse("[i0]\ni1 = int_add(i0, 1)\ni2 = int_add(i0, 2)\njump(i2)");
            TraceEditor ed = t.edit();
            ed.remove(t.instruction(0));
            Trace after = ed.finish();
            assertThat(after.instruction(0).result().index()).isEqualTo(1);
            assertThat(after.valueCount()).isEqualTo(3);
        }

        @Test
        void aRemovedButUsedValueIsReportedByTheVerifier() {
            Trace t = TraceText.parse("[i0]\ni1 = int_add(i0, 1)\njump(i1)");
            TraceEditor ed = t.edit();
            ed.remove(t.instruction(0));
            assertThat(TraceVerifier.problems(ed.finish())).singleElement().asString()
                    .contains("operand 0 is i1, which is never defined");
        }

        @Test
        void theTerminatorCannotBeRemovedAndFinishIsOnce() {
            Trace t = TraceText.parse("[i0]\njump(i0)");
            TraceEditor ed = t.edit();
            assertThatThrownBy(() -> ed.remove(t.terminator())).hasMessageContaining("cannot remove the terminator");
            ed.finish();
            assertThatThrownBy(ed::finish).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void labelsCanBeRewritten() {
            String after = edited("[p0]\ni1 = unbox_int(p0) {@code:0 [p0]}\n[p2] = label(p0)\njump(p2)", ed -> {
                Instr label = ed.original().instruction(1);
                Value i = ed.newLabelValue(Kind.INT64);
                ed.rewriteLabel(label, List.of(ed.original().instruction(0).result()), List.of(i));
                ed.setArgs(ed.terminator(), List.of(i));
            });
            assertThat(after).isEqualTo("[p0]\ni1 = unbox_int(p0) {@code:0 [p0]}\n[i2] = label(i1)\njump(i2)\n");
        }
    }

    @Test
    void builderBuildsAndInternsConstants() {
        TraceBuilder b = new TraceBuilder(Anchor.loop(SymbolicRef.of("f"), 3));
        Value i0 = b.param(Kind.INT64);
        Value one = b.constInt(1);
        assertThat(b.constInt(1)).isSameAs(one);
        assertThat(b.constFloat(0.0)).isNotSameAs(b.constFloat(-0.0));
        Value i1 = b.emit(Op.INT_ADD, i0, one);
        List<Value> lv = b.label(List.of(i1));
        Trace t = b.jump(b.emit(Op.INT_ADD, lv.get(0), one));
        TraceVerifier.verify(t);
        assertThat(TraceText.print(t)).isEqualTo("loop @f:3\n[i0]\ni1 = int_add(i0, 1)\n[i2] = label(i1)\ni3 = int_add(i2, 1)\njump(i3)\n");
        assertThatThrownBy(() -> b.param(Kind.INT64)).isInstanceOf(IllegalStateException.class);
    }
}
