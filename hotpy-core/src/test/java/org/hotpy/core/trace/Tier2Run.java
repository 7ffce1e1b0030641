package org.hotpy.core.trace;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.compiler.Compiler;
import org.hotpy.core.interp.Bootstrap;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.RuntimeConfig;

/**
 * A program's output and the tier 2 that ran it, for tests that check what tier 2 did (its
 * statistics and installed traces) as well as the answer.
 */
record Tier2Run(String out, Tier2 tier2) {

    /** Runs {@code src} as {@code __main__} in a fresh interpreter with tier 2 set up by {@code settings}. */
    static Tier2Run of(TraceSettings settings, String src) {
        StringWriter out = new StringWriter();
        RuntimeConfig cfg = RuntimeConfig.commandLine(out, new StringWriter(), new StringReader(""), List.of("t"),
                List.of(""));
        InterpreterState st = Bootstrap.create(cfg);
        Tier2 t2 = Tier2.install(st, settings);
        InterpreterState prev = st.enter();
        try {
            CodeObject code = Compiler.compile(src, "<test>", Compiler.Mode.EXEC);
            st.imports().runMain("<test>", null, code);
        } finally {
            InterpreterState.restore(prev);
        }
        return new Tier2Run(out.toString(), t2);
    }
}
