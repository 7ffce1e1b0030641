package org.hotpy.api.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceVerifierTest {

    @Test
    void aValidTraceHasNoProblems() {
        assertThat(TraceVerifier.problems(TraceText.parse(TraceTextTest.LOOP))).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[i0]; i1 = int_add(i0, p5); jump(i1)                          | operand 1 is p2, which is never defined",
        "[i0]; i1 = int_add(i0, i2); i2 = int_add(i0, 1); jump(i1)      | operand 1 is i2, used before its definition at instruction 1",
        "[i0]; i1 = int_add(i0, 1); i1 = int_add(i0, 2); jump(i1)       | i1 is defined twice (first by instruction 0)",
        "[i0]; i1 = int_add(i0, 1.5); jump(i1)                          | operand 1 is 1.5 (FLOAT64) but int_add needs INT64",
        "[i0]; i1 = int_add(i0); jump(i1)                               | int_add takes operands \"ii\" but has 1",
        "[p0, p1]; guard_type(p0, p1) {@code:0 [p0]}; jump(p0, p1)      | operand 1 of guard_type must be a constant, not p1",
        "[b0]; guard_true(b0); jump(b0)                                 | guard_true needs a snapshot (it can exit or raise) but has none",
        "[i0]; i1 = int_add(i0, 1) {@code:0 [i0]}; jump(i1)             | int_add cannot exit, so it must not have a snapshot",
        "[b0]; guard_true(b0) {@code:0 [b0, p7]}; jump(b0)              | the snapshot's frame 0 local 1 is p1, which is not defined before the instruction",
        "[i0]; i1 = int_add(i0, 1); jump(i1, i0)                        | jump passes 2 values but there are 1 parameters",
        "[i0]; b1 = int_lt(i0, 1); jump(b1)                             | argument 0 is b1 (BOOL) but parameter i0 is INT64",
        "[i0]; i1 = int_add(i0, 1)                                      | the trace does not end with jump, exit or return",
        "[i0]; jump(i0); i1 = int_add(i0, 1)                            | jump ends the trace but is not the last instruction",
        "[i0]; leave_frame(); jump(i0)                                  | leave_frame without a matching enter_frame",
        "[p0]; enter_frame(@g, p0) {@code:0 [p0]}; jump(p0)             | jump inside 1 inlined call(s)",
        "[p0]; enter_frame(@g, p0) {@code:0 [p0]}; guard_is(p0, @x) {@code:2 [p0]}; leave_frame(); jump(p0) | the snapshot has 1 frame(s) but the instruction is inside 1 inlined call(s), so it needs 2",
        "[p0]; enter_frame(@g, p0) {@code:0 [p0]}; guard_is(p0, @x) {@code:2 [p0], @h:0(p0) []}; leave_frame(); jump(p0) | snapshot frame 1 is in h but enter_frame entered g",
        "[p0]; enter_frame(@g, p0) {@code:0 [p0]}; guard_is(p0, @x) {@code:2 [p0], @g:0 []}; leave_frame(); jump(p0) | snapshot frame 1 (inlined) does not name its function",
        "[p0]; [p1] = label(p0); return(p1)                             | return in a loop trace",
        "[i0]; [i1] = label(i0); [i2] = label(i1); jump(i2)             | a second label (the first is instruction 0)",
        "[i0]; [b1] = label(i0); jump(b1)                               | argument 0 is i0 (INT64) but label value b1 is BOOL",
        "[p0]; p1 = box_int(p0); jump(p1)                               | operand 0 is p0 (OBJECT) but box_int needs INT64",
        "[p0]; enter_frame(@g, p0) {@code:0 [p0]}; [p1] = label(p0); leave_frame(); jump(p1) | label inside an inlined call",
        "[p0]; int_add(1, 2); jump(p0)                                  | int_add defines a INT64 value, but the instruction names none",
        "[p0]; p1 = build_map(p0) {@code:0 [p0]}; jump(p1)              | build_map needs key/value pairs but has 1 operands",
        "[p0]; p1 = box_int(1) <@int>; jump(p1)                         | box_int takes no feedback",
        "[p0]; b1 = obj_is(p0, null); jump(p0)                          | operand 1 is null, which may only fill snapshot slots",
        "[p0]; guard_true(true) {@code:0 [p1]; p1 = build_tuple(p0)}; p2 = get_slot[0](p1); jump(p0) | operand 0 is p1, which only snapshots describe (a virtual object)",
        "[p0]; guard_true(true) {@code:0 [p0]; p0 = build_tuple(p0)}; jump(p0) | the snapshot describes p0 as virtual, but it is already defined",
        "[p0]; p1 = call(p0) {@code:0 [p2]; p2 = build_tuple(p0)}; jump(p1) | frame 0 local 0 is virtual p2, but the instruction shows its frames to Python code",
    })
    void reportsBrokenRules(String text, String expected) {
        Trace t = TraceText.parse(text);
        assertThat(TraceVerifier.problems(t)).anySatisfy(p -> assertThat(p).contains(expected.strip()));
    }

    @Test
    void aVirtualMayBeMaterialisedLater() {
        Trace t = TraceText.parse("""
                [p0]
                guard_true(true) {@code:0 [p1]; p1 = build_tuple(p0)}
                p1 = build_tuple(p0)
                guard_true(true) {@code:1 [p1]}
                jump(p1)
                """);
        assertThat(TraceVerifier.problems(t)).isEmpty();
    }

    @Test
    void aVirtualOnlyOnTheStackOfAShownFrameIsAllowed() {
        Trace t = TraceText.parse("""
                [p0]
                p1 = call(p0) {@code:0 [p0 | p2]; p2 = build_tuple(p0)}
                p3 = load_global[g](@G, @B) {@code:2 [p2]; p2 = build_tuple(p0)}
                jump(p1)
                """);
        assertThat(TraceVerifier.problems(t)).isEmpty();
    }

    @Test
    void inlinedFramesAreChecked() {
        Trace t = TraceText.parse("""
                entry @f:0
                [p0]
                enter_frame(@g, @fn_g) {@f:4 [p0]}
                guard_type(p0, @int) {@f:6 [p0], @g:0(@fn_g) [p0]}
                leave_frame()
                return(p0)
                """);
        assertThat(TraceVerifier.problems(t)).isEmpty();
    }

    @Test
    void theOutermostFrameIsInTheAnchorsCode() {
        Trace t = TraceText.parse("loop @f:0\n[b0]\nguard_true(b0) {@g:2 [b0]}\njump(b0)\n");
        assertThat(TraceVerifier.problems(t)).singleElement().asString()
                .contains("snapshot frame 0 is in g but the trace is anchored in f");
    }

    @Test
    void verifyThrowsWithEveryProblemAndTheTrace() {
        Trace t = TraceText.parse("[i0]; i1 = int_add(i0, 1.5); jump(b9)");
        assertThatThrownBy(() -> TraceVerifier.verify(t))
                .isInstanceOf(TraceVerificationException.class)
                .hasMessageContaining("invalid trace (3 problems)")
                .hasMessageContaining("instruction 0 (i1 = int_add(i0, 1.5)): operand 1 is 1.5 (FLOAT64)")
                .hasMessageContaining("jump(b2)")
                .satisfies(e -> assertThat(((TraceVerificationException) e).problems()).hasSize(3));
    }
}
