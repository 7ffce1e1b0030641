package org.hotpy.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.junit.jupiter.api.Test;

/** {@link RecordedShape} tells traces apart exactly when their text forms differ. */
class RecordedShapeTest {
    private static final String LOOP = """
            loop @f:4
            [p0, i1]
            p2 = load_attr[x](p0) <@Point; shape=@shape_Point_2> {@f:6 [p0, i1 | p0]}
            i3 = int_add(i1, 1)
            f4 = float_mul(2.5, 2.5)
            b5 = int_lt(i3, 100)
            guard_true(b5) {@f:9 [p0, i3, p6]; p6 = build_tuple(p0)}
            p7 = call(p2, @g, null) <@function; value=@g> {@f:12(p0) [p0, i3 | null, p2]}
            jump(p0, i3)
            """;

    /** The same trace, its values numbered differently in the text: it prints as LOOP does. */
    private static final String LOOP_RENUMBERED = LOOP.replace("p2", "p20").replace("i3", "i30").replace("b5", "b9");

    private static final List<String> VARIANTS = List.of(
            LOOP,
            LOOP.replace("loop @f:4", "loop @f:5"), // another anchor
            LOOP.replace("loop @f:4", "entry @f:0"),
            LOOP.replace("[p0, i1]\n", "[p0, i1, p8]\n"), // another parameter
            LOOP.replace("load_attr[x]", "load_attr[y]"), // another immediate
            LOOP.replace("<@Point;", "<@Vec;"), // another recorded type
            LOOP.replace("shape_Point_2", "shape_Point_3"),
            LOOP.replace("int_add(i1, 1)", "int_add(i1, 2)"), // another constant
            LOOP.replace("int_add(i1, 1)", "int_sub(i1, 1)"), // another op
            LOOP.replace("int_add(i1, 1)", "int_add(1, i1)"), // operands swapped
            LOOP.replace("float_mul(2.5, 2.5)", "float_mul(2.5, -0.0)"),
            LOOP.replace("{@f:9 [p0, i3,", "{@f:10 [p0, i3,"), // another resume point
            LOOP.replace("{@f:9 [p0, i3,", "{@f:9 [i3, p0,"), // locals in another order
            LOOP.replace("build_tuple(p0)", "build_tuple(p0, p0)"), // another virtual object
            LOOP.replace("{@f:12(p0) [p0, i3 | null, p2]}", "{@f:12(p0) [p0, i3, null | p2]}"), // stack split elsewhere
            LOOP.replace("@g, null", "@h, null"), // another object constant
            LOOP.replace("value=@g", "value=@h"),
            LOOP.replace("jump(p0, i3)", "jump(p0, i1)"));

    @Test
    void sameTextSameShape() {
        Trace a = TraceText.parse(LOOP);
        Trace b = TraceText.parse(LOOP_RENUMBERED);
        assertThat(TraceText.print(b)).isEqualTo(TraceText.print(a));
        assertThat(RecordedShape.of(b)).isEqualTo(RecordedShape.of(a));
        assertThat(RecordedShape.of(TraceText.parse(TraceText.print(a)))).isEqualTo(RecordedShape.of(a));
    }

    @Test
    void everyVariantHasItsOwnShape() {
        List<Trace> traces = VARIANTS.stream().map(TraceText::parse).toList();
        for (int i = 0; i < traces.size(); i++) {
            for (int j = i + 1; j < traces.size(); j++) {
                assertThat(TraceText.print(traces.get(i))).as("variant %d and %d as text", i, j)
                        .isNotEqualTo(TraceText.print(traces.get(j)));
                assertThat(RecordedShape.of(traces.get(i))).as("variant %d and %d", i, j)
                        .isNotEqualTo(RecordedShape.of(traces.get(j)));
            }
        }
    }
}
