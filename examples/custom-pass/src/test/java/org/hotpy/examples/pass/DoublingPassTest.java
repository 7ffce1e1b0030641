package org.hotpy.examples.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.hotpy.api.pass.IntrinsicRegistry;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.RuntimeView;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.hotpy.api.trace.TraceVerifier;
import org.junit.jupiter.api.Test;

/** Before/after tests written as text traces, as HotPy's own pass tests are. */
class DoublingPassTest {
    private final DoublingPass pass = new DoublingPass();
    private PassContext context;

    private Trace run(String text) {
        Trace in = TraceText.parse(text);
        TraceVerifier.verify(in);
        context = PassContext.of(RuntimeView.unknown(), Map.of(), IntrinsicRegistry.create());
        Trace out = pass.run(in, context);
        TraceVerifier.verify(out);
        return out;
    }

    private void assertRewrites(String before, String after) {
        assertEquals(TraceText.print(TraceText.parse(after)), TraceText.print(run(before)));
    }

    @Test
    void anOverflowCheckedIntDoublingBecomesAnOverflowCheckedAddWithTheSameSnapshot() {
        assertRewrites("""
                loop @code:0
                [i0]
                i1 = int_mul_ovf(i0, 2) {@code:4 [i0]}
                jump(i1)
                """, """
                loop @code:0
                [i0]
                i1 = int_add_ovf(i0, i0) {@code:4 [i0]}
                jump(i1)
                """);
        assertEquals(1, context.stats().get("rewritten"));
    }

    @Test
    void theConstantMayComeFirst() {
        assertRewrites("[f0] f1 = float_mul(2.0, f0); jump(f1)", "[f0] f1 = float_add(f0, f0); jump(f1)");
    }

    @Test
    void otherFactorsStay() {
        Trace in = TraceText.parse("[i0, f1] i2 = int_mul_ovf(i0, 3) {@code:0 [i0, f1]}; f3 = float_mul(f1, 2.5); jump(i2, f3)");
        context = PassContext.of(RuntimeView.unknown(), Map.of(), IntrinsicRegistry.create());
        assertSame(in, pass.run(in, context), "an unchanged trace is returned as the same object");
    }
}
