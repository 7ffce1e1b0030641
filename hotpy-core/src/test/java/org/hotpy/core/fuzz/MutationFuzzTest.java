package org.hotpy.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.hotpy.core.lexer.SourceDecoder;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.testing.PythonRun;
import org.hotpy.core.testing.RunResult;
import org.hotpy.core.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's "bad input" acceptance: every shared corpus program and every project test program,
 * mutated at the token level with a fixed seed, runs in-process on a fresh interpreter (stdout
 * captured, stdin empty, a step and a time limit) and must end normally, with a Python exception
 * (SyntaxError included), with SystemExit, or at the limit — never with another Java throwable,
 * an internal error surfacing as SystemError, or a hang (in the compiler or anywhere else).
 *
 * <p>Mutant {@code k} depends only on the seed, {@code k} and the sorted program list, so a
 * failure is reproduced with {@code -Dhotpy.fuzz.index=k} (and the same seed); the report also
 * prints the mutant's source. System properties: {@code hotpy.fuzz.seed},
 * {@code hotpy.fuzz.mutants}, {@code hotpy.fuzz.index}.
 */
class MutationFuzzTest {
    private static final long SEED = Long.getLong("hotpy.fuzz.seed", 0x5EED_2024L);
    private static final int MUTANTS = Integer.getInteger("hotpy.fuzz.mutants", 5000);
    /** Loop back-edges and calls per mutant: enough to run most of a corpus program. */
    private static final long STEPS = 20_000;
    /** Wall time per mutant before the interpreter is asked to stop (a backstop to the step limit). */
    private static final long TIMEOUT_MS = 2_000;
    /** A run still alive this long after being interrupted hangs: in the compiler, or in Java code. */
    private static final long HANG_MS = 20_000;
    private static final long STACK_BYTES = 512L << 20;
    private static final Pattern HIDDEN_INTERNAL = Pattern.compile("internal error: (java|org)\\.[\\w.$]+");

    record Program(Path path, String source, List<TokenSplitter.Piece> pieces) {}

    @Test
    void mutantsEndInOutputAPythonExceptionOrALimit() {
        List<Program> programs = programs();
        assumeTrue(!programs.isEmpty(), "no Python programs to mutate (no shared corpus, no src/test/python)");
        Integer only = Integer.getInteger("hotpy.fuzz.index");
        int from = only == null ? 0 : only;
        int to = only == null ? MUTANTS : only + 1;
        Map<RunResult.Outcome, Integer> outcomes = new EnumMap<>(RunResult.Outcome.class);
        Map<String, Integer> pyTypes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int k = from; k < to; k++) {
            Program p = programs.get(k % programs.size());
            TokenMutator.Mutant m = TokenMutator.mutate(p.pieces(), new Random(SEED * 1_000_003L + k));
            RunResult r = PythonRun.runIsolated(m.source(), options(p), STACK_BYTES, HANG_MS);
            outcomes.merge(r.outcome(), 1, Integer::sum);
            if (r.pyType() != null) {
                pyTypes.merge(r.pyType(), 1, Integer::sum);
            }
            String problem = problem(r);
            if (problem != null) {
                failures.add(report(k, p, m, problem, r));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("mutation fuzz: seed %#x, %d programs, mutants %d..%d in %d ms%n  outcomes %s%n"
                + "  Python exception types %s%n", SEED, programs.size(), from, to - 1, millis, outcomes, pyTypes);
        assertThat(failures).as("mutants that crashed or hung (seed %#x); reproduce one with -Dhotpy.fuzz.index=K",
                SEED).isEmpty();
    }

    /** Why a result is unacceptable, or null. */
    private static String problem(RunResult r) {
        if (!r.acceptable()) {
            return r.describe();
        }
        var hidden = HIDDEN_INTERNAL.matcher(r.stdout() + r.stderr());
        if (hidden.find()) {
            return "an internal error caught by the program: " + hidden.group();
        }
        return null;
    }

    private static String report(int k, Program p, TokenMutator.Mutant m, String problem, RunResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n=== mutant ").append(k).append(" (seed ").append(String.format("%#x", SEED)).append(") of ")
                .append(p.path()).append(": ").append(problem).append("\nedits: ").append(m.edits()).append('\n');
        if (r.internal() != null) {
            sb.append("java: ").append(r.internal()).append('\n');
            StackTraceElement[] st = r.internal().getStackTrace();
            for (int i = 0; i < Math.min(st.length, 25); i++) {
                sb.append("    at ").append(st[i]).append('\n');
            }
        }
        sb.append("--- source ---\n").append(m.source()).append("\n--- end ---");
        return sb.toString();
    }

    private static PythonRun.Options options(Program p) {
        String dir = p.path().getParent().toString();
        return PythonRun.Options.of(p.path().toString(), List.of(dir))
                .withLimits(STEPS, TIMEOUT_MS)
                .withMaxObjectSize(1L << 24)
                .withOutputLimit(1 << 20)
                // a mutant of a program that writes files could write or delete anywhere: no disk access
                .untrusted();
    }

    /** The corpus programs (when the shared folder is there) and the project's own, in a fixed order. */
    static List<Program> programs() {
        List<Path> files = new ArrayList<>();
        Path cases = SharedCorpus.casesDir();
        if (cases != null) {
            files.addAll(SharedCorpus.pythonFiles(cases, false));
        } else {
            System.out.println("mutation fuzz: no shared conformance corpus found (../shared); "
                    + "mutating the project's own programs only");
        }
        files.addAll(SharedCorpus.pythonFiles(SharedCorpus.projectPrograms(), true));
        List<Program> out = new ArrayList<>();
        for (Path f : files) {
            String src = decode(f);
            if (src != null) {
                out.add(new Program(f, src, TokenSplitter.split(src)));
            }
        }
        return out;
    }

    private static String decode(Path f) {
        try {
            return SourceDecoder.decode(Files.readAllBytes(f), f.toString());
        } catch (SyntaxErrorException e) {
            return null; // a program that is not valid source is no base for mutants
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
