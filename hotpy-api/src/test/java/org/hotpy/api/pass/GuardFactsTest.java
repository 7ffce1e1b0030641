package org.hotpy.api.pass;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.SymbolicRef;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.junit.jupiter.api.Test;

class GuardFactsTest {
    private static final ObjRef INT = SymbolicRef.of("int");
    private static final ObjRef POINT = SymbolicRef.of("Point");

    private static final RuntimeView VIEW = new RuntimeView() {
        @Override
        public Optional<ObjRef> builtinType(BuiltinType type) {
            return type == BuiltinType.INT ? Optional.of(INT) : Optional.empty();
        }

        @Override
        public Optional<BuiltinType> asBuiltin(ObjRef type) {
            return type.equals(INT) ? Optional.of(BuiltinType.INT) : Optional.empty();
        }

        @Override
        public Optional<ObjRef> typeOf(ObjRef object) {
            return Optional.ofNullable(Map.of("one", INT).get(object.refName()));
        }
    };

    /** Which instructions of {@code text} the facts call redundant, by position. */
    private static List<Integer> redundant(String text) {
        Trace t = TraceText.parse(text);
        GuardFacts facts = new GuardFacts(VIEW);
        List<Integer> out = new ArrayList<>();
        for (Instr in : t.instructions()) {
            if (facts.isRedundant(in)) {
                out.add(in.position());
            }
            facts.learn(in);
        }
        return out;
    }

    @Test
    void aGuardedValueIsKnownAfterwards() {
        assertThat(redundant("""
                [p0, b1]
                guard_type(p0, @int) {@c:0 [p0]}
                guard_type(p0, @int) {=}
                guard_true(b1) {=}
                guard_true(b1) {=}
                guard_false(b1) {=}
                guard_type(@one, @int) {=}
                jump(p0, b1)
                """)).containsExactly(1, 3, 5);
    }

    @Test
    void definitionsProveTypes() {
        assertThat(redundant("""
                [i0]
                p1 = box_int(i0)
                guard_type(p1, @int) {@c:0 [i0]}
                p2 = new_instance(@Point, @S0)
                guard_type(p2, @Point) {=}
                guard_shape(p2, @S0) {=}
                jump(i0)
                """)).containsExactly(1, 3, 4);
    }

    @Test
    void opaqueOpsDropMutableFactsButNotBuiltinTypes() {
        assertThat(redundant("""
                [p0, p1]
                guard_type(p0, @int) {@c:0 [p0, p1]}
                guard_type(p1, @Point) {=}
                guard_shape(p1, @S0) {=}
                guard_type_version(@Point, 4) {=}
                p2 = call(p1) {=}
                guard_type(p0, @int) {=}
                guard_type(p1, @Point) {=}
                guard_shape(p1, @S0) {=}
                guard_type_version(@Point, 4) {=}
                guard_type_version(@Point, 4) {=}
                jump(p0, p1)
                """)).containsExactly(5, 9);
    }

    @Test
    void aLoopHeaderKeepsWhatTheBodyCannotChange() {
        Trace calm = TraceText.parse("""
                [p0]
                guard_type_version(@Point, 4) {@c:0 [p0]}
                guard_shape(p0, @S0) {=}
                [p1] = label(p0)
                p2 = get_slot[0](p0)
                jump(p2)
                """);
        GuardFacts facts = new GuardFacts(VIEW);
        calm.instructions().subList(0, 2).forEach(facts::learn);
        facts.learnLoopHeader(calm.instructions().subList(3, calm.size()));
        assertThat(facts.knownVersion(org.hotpy.api.trace.Op.GUARD_TYPE_VERSION, POINT)).contains(4L);
        assertThat(facts.knownShape(calm.params().get(0))).isPresent();

        Trace busy = TraceText.parse("""
                [p0]
                guard_type_version(@Point, 4) {@c:0 [p0]}
                guard_shape(p0, @S0) {=}
                [p1] = label(p0)
                set_shape(p0, @S1)
                jump(p0)
                """);
        GuardFacts f2 = new GuardFacts(VIEW);
        busy.instructions().subList(0, 2).forEach(f2::learn);
        f2.learnLoopHeader(busy.instructions().subList(3, busy.size()));
        assertThat(f2.knownVersion(org.hotpy.api.trace.Op.GUARD_TYPE_VERSION, POINT)).contains(4L);
        assertThat(f2.knownShape(busy.params().get(0))).isEmpty();
        f2.learn(TraceText.parse("[p0]\np1 = call(p0) {@c:0 [p0]}\njump(p0)").instruction(0));
        assertThat(f2.knownVersion(org.hotpy.api.trace.Op.GUARD_TYPE_VERSION, POINT)).isEmpty();
    }

    @Test
    void identityAndIntValueFacts() {
        assertThat(redundant("""
                [p0, i1]
                guard_is(p0, @f) {@c:0 [p0, i1]}
                guard_is(p0, @f) {=}
                guard_is_not(p0, @g) {=}
                guard_int_value(i1, 3) {=}
                guard_int_value(i1, 3) {=}
                guard_int_value(i1, 4) {=}
                jump(p0, i1)
                """)).containsExactly(1, 2, 4);
    }
}
