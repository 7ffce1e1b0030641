package org.hotpy.passes.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.hotpy.api.pass.IntrinsicRegistry;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.RuntimeView;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.hotpy.api.trace.TraceVerifier;

/**
 * Runs a pass on a trace written as text and compares with the expected text, PyPy style. Both
 * traces must pass the verifier; the comparison is on canonical printed text, so value numbering
 * in the expected text does not matter.
 */
public final class PassTester {
    private final TracePass pass;
    private final RuntimeView view;
    private final Map<String, String> options;
    private final IntrinsicRegistry intrinsics = IntrinsicRegistry.create();
    private PassContext lastContext;

    public PassTester(TracePass pass, RuntimeView view) {
        this(pass, view, Map.of());
    }

    public PassTester(TracePass pass, RuntimeView view, Map<String, String> options) {
        this.pass = pass;
        this.view = view;
        this.options = options;
    }

    /** Run the pass on {@code before}; the result must print as {@code after} does. Returns the result. */
    public Trace assertRewrites(String before, String after) {
        Trace in = parse(before);
        Trace out = run(in);
        assertThat(out).as("the pass changed nothing").isNotSameAs(in);
        TraceVerifier.verify(out);
        assertThat(TraceText.print(out)).isEqualTo(TraceText.print(parse(after)));
        return out;
    }

    /** Run the pass on {@code text}; it must return the very same trace. */
    public void assertUnchanged(String text) {
        Trace in = parse(text);
        Trace out = run(in);
        assertThat(TraceText.print(out)).isEqualTo(TraceText.print(in));
        assertThat(out).as("an unchanged trace is returned as the same object").isSameAs(in);
    }

    /** The pass's counters from the last run. */
    public long counter(String name) {
        return lastContext.stats().get(name);
    }

    /** The intrinsic registry the pass ran with. */
    public IntrinsicRegistry intrinsics() {
        return intrinsics;
    }

    private Trace run(Trace in) {
        lastContext = PassContext.of(view, options, intrinsics);
        return pass.run(in, lastContext);
    }

    private Trace parse(String text) {
        Trace t = TraceText.parse(text, TraceText.Env.symbolic().withIntrinsics(n -> intrinsics.lookup(n).orElse(null)));
        TraceVerifier.verify(t);
        return t;
    }
}
