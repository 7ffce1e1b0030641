package org.hotpy.core.trace;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hotpy.api.pass.TracePass;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.compiler.Compiler;
import org.hotpy.core.interp.Bootstrap;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.RuntimeConfig;

/**
 * Runs Python source as a main program with a chosen tier 2, for tests that check what tier 2 did
 * (its statistics, installed traces, the frames it shows to the code it calls) as well as the
 * answer; {@link InliningTestPass} is registered for {@code -X pass-path}.
 */
final class TracedPrograms {
    private TracedPrograms() {}

    /** A program's output, and its tier 2 (null with tier 2 off). */
    record Run(String out, Tier2 tier2) {
    }

    /** Makes {@code dir} a pass path that provides {@link InliningTestPass} ("test-inlining"). */
    static void registerInliningPass(Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(TracePass.class.getName()), InliningTestPass.class.getName() + "\n");
    }

    /** Runs {@code src} as the main program {@code <test>} in a fresh interpreter. */
    static Run run(TraceSettings settings, String src) {
        return run(Path.of("<test>"), settings, src);
    }

    /** Runs {@code src} as the main program {@code program} in a fresh interpreter. */
    static Run run(Path program, TraceSettings settings, String src) {
        return run(program, settings, src, null);
    }

    /** {@link #run(Path, TraceSettings, String)} with exactly {@code passes} (null: discover them). */
    static Run run(Path program, TraceSettings settings, String src, List<TracePass> passes) {
        StringWriter out = new StringWriter();
        RuntimeConfig cfg = RuntimeConfig.commandLine(out, new StringWriter(), new StringReader(""),
                List.of(program.toString()), List.of(""));
        InterpreterState st = Bootstrap.create(cfg);
        Tier2 t2 = !settings.enabled() ? null
                : passes == null ? Tier2.install(st, settings) : Tier2.install(st, settings, passes);
        InterpreterState prev = st.enter();
        try {
            CodeObject code = Compiler.compile(src, program.toString(), Compiler.Mode.EXEC);
            st.imports().runMain(program.toString(), null, code);
        } finally {
            InterpreterState.restore(prev);
        }
        return new Run(out.toString(), t2);
    }
}
