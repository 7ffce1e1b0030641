package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.trace.Tier2;
import org.hotpy.core.trace.TraceSettings;
import org.hotpy.core.types.function.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tier 1's per-function compiler: a function called {@link FunctionCompiler#CALLS_BEFORE_COMPILING}
 * times (or a loop that runs long) continues as a generated JVM method, which must behave exactly as
 * the interpreter: the same results, exceptions and handlers, tracebacks, generators, and the same
 * answers after a specialisation it was compiled with stops holding.
 */
class FunctionCompilerTest {
    private static final int WARM = FunctionCompiler.CALLS_BEFORE_COMPILING + FunctionCompiler.UNSETTLED_CALLS + 5;

    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private CodeObject code(String function) {
        return ((PyFunction) py.get(function)).code;
    }

    private boolean compiled(String function) {
        Object c = code(function).compiled;
        return c instanceof CompiledCode && c != CompiledCode.INTERPRETED && c != CompiledCode.NOT_COMPILED;
    }

    /** Calls {@code call} WARM times, collecting the results in the global list {@code out}. */
    private void warm(String call) {
        py.exec("out = []\nfor _i in range(" + WARM + "):\n    out.append(" + call + ")\n");
    }

    @Nested
    class Compiling {
        @Test
        void newCodeWaitsBehindTheNotCompiledStandInAndItsFirstEntryIsCounted() {
            py.exec("def g(x):\n    return x + 1\n");
            CodeObject g = code("g");
            assertThat(g.compiled).isSameAs(CompiledCode.NOT_COMPILED);
            assertThat(g.entryCounter).isEqualTo(CodeObject.NEVER_ENTERED);
            assertThat(py.repr("g(1)")).isEqualTo("2");
            // tier 2 is off: its entry hook ran at the first entry and stopped the counting
            assertThat(g.entryCounter).isEqualTo(Integer.MAX_VALUE);
            assertThat(g.compiled).isSameAs(CompiledCode.NOT_COMPILED);
            warm("g(_i)");
            assertThat(compiled("g")).isTrue();
            assertThat(g.entryCounter).isEqualTo(Integer.MAX_VALUE - WARM);
        }

        @Test
        void aWarmFunctionIsCompiledAndGivesTheSameResults() {
            py.exec("def f(n):\n    t = 0\n    for i in range(n):\n        t += i * i if i % 2 else -i\n    return t\n");
            warm("f(_i)");
            assertThat(compiled("f")).isTrue();
            assertThat(py.repr("f(101)")).isEqualTo("164100");
            assertThat(py.repr("out[17]")).isEqualTo("608"); // f(17), after compiling
        }

        @Test
        void compiledSwapsKeepTheirOrder() {
            // `s[k] += v` rotates list, index and sum with SWAP 3 and SWAP 2 (written inline)
            py.exec("def f(n):\n    s = [0, 0, 0]\n    a, b = 1, 2\n    for i in range(n):\n"
                    + "        s[i % 3] += i\n        a, b = b, a\n    return s, a, b\n");
            warm("f(_i)");
            assertThat(compiled("f")).isTrue();
            assertThat(py.repr("f(10)")).isEqualTo("([18, 12, 15], 1, 2)"); // python3
            assertThat(py.repr("out[7]")).isEqualTo("([9, 5, 7], 2, 1)");
        }

        @Test
        void aLongLoopContinuesCompiledInTheSameCall() {
            py.exec("def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n");
            assertThat(py.repr("f(5000)")).isEqualTo("12497500");
            assertThat(compiled("f")).isTrue();
        }

        @Test
        void aFunctionTooLargeForHotSpotStaysInterpreted() {
            // 700 short branches: no straight run long enough to move into a method of its own
            StringBuilder src = new StringBuilder("def br(x):\n");
            for (int i = 0; i < 700; i++) {
                src.append("    if x > ").append(i).append(":\n        x = x - 1\n");
            }
            src.append("    return x\n");
            py.exec(src.toString());
            warm("br(_i)");
            assertThat(code("br").compiled).isSameAs(CompiledCode.INTERPRETED);
            assertThat(py.repr("[br(5), br(1000)]")).isEqualTo("[2, 500]"); // python3
        }

        @Test
        void compiledCodeSeesNewGlobalsAndRebinding() {
            py.exec("k = 1\ndef f(x):\n    return x + k\n");
            warm("f(_i)");
            assertThat(compiled("f")).isTrue();
            py.exec("k = 'no'");
            assertThat(py.raises("f(1)")).isEqualTo("TypeError");
            py.exec("k = 2.5");
            assertThat(py.repr("f(1)")).isEqualTo("3.5");
        }
    }

    /** Large code whose long straight runs are written as methods of their own ("chunks"). */
    @Nested
    class Chunked {
        /** {@code n} lines adding 0, 1, 2 ... to {@code x}, each with {@code indent}. */
        private String additions(int n, String indent) {
            StringBuilder src = new StringBuilder();
            for (int i = 0; i < n; i++) {
                src.append(indent).append("x = x + ").append(i).append('\n');
            }
            return src.toString();
        }

        @Test
        void aResumptionPointStartsAChunk() {
            py.exec("def big(x):\n" + additions(600, "    ") + "    return x\n");
            CodeObject code = code("big");
            int[] depths = StackDepths.of(code, code.code);
            int[] sps = new int[depths.length];
            for (int i = 0; i < sps.length; i++) {
                sps[i] = code.nlocalsplus() + depths[i];
            }
            java.util.BitSet none = new java.util.BitSet();
            int[] plain = Chunks.runEnds(code, code.code, sps, none);
            int mid = code.code.length / 2;
            assertThat(plain[0]).isGreaterThan(mid);
            java.util.BitSet resume = new java.util.BitSet();
            resume.set(mid);
            int[] ends = Chunks.runEnds(code, code.code, sps, resume);
            assertThat(ends[0]).isEqualTo(mid);
            assertThat(ends[mid]).isEqualTo(plain[mid]);
        }

        @Test
        void aLongStraightFunctionIsCompiledInChunks() {
            py.exec("def big(x):\n" + additions(600, "    ") + "    return x\n");
            warm("big(_i)");
            assertThat(compiled("big")).isTrue();
            assertThat(py.repr("big(1)")).isEqualTo("179701"); // python3
            assertThat(py.repr("out[7]")).isEqualTo("179707");
        }

        @Test
        void aGuardFailingInsideAChunkStillGivesTheRightAnswer() {
            py.exec("def big(x):\n" + additions(600, "    ") + "    return x\n");
            warm("big(_i)");
            assertThat(compiled("big")).isTrue();
            // python3: the int additions meet a float, an int past 64 bits and a str
            assertThat(py.repr("[big(1.5), big(2**62)]")).isEqualTo("[179701.5, 4611686018427567604]");
            assertThat(py.raises("big('a')")).isEqualTo("TypeError");
            assertThat(py.repr("big(1)")).isEqualTo("179701");
        }

        @Test
        void anExceptionInAChunkFindsTheHandlerOfItsFunction() {
            py.exec("def g(x, d):\n    try:\n" + additions(200, "        ") + "        x = x // d\n"
                    + additions(50, "        ").replace('+', '-')
                    + "    except ZeroDivisionError:\n        return -x\n    return x\n");
            warm("g(_i, 3)");
            assertThat(compiled("g")).isTrue();
            assertThat(py.repr("[g(1, 3), g(1, 0), g(2, 3)]")).isEqualTo("[5408, -19901, 5409]"); // python3
        }

        @Test
        void anUncaughtExceptionInAChunkHasItsLineInTheTraceback() {
            py.exec("def h(x, d):\n" + additions(200, "    ") + "    x = x // d\n    return x\n");
            warm("h(_i, 1)");
            assertThat(compiled("h")).isTrue();
            py.exec("try:\n    h(1, 0)\nexcept ZeroDivisionError as e:\n"
                    + "    tb = e.__traceback__\n    while tb.tb_next: tb = tb.tb_next\n    line = tb.tb_lineno\n");
            assertThat(py.repr("line")).isEqualTo("202"); // python3
        }
    }

    @Nested
    class Specialisations {
        @Test
        void aGuardThatFailsAfterCompilingStillGivesTheRightAnswer() {
            py.exec("def add(a, b):\n    return a + b\n");
            warm("add(_i, 1)");
            assertThat(compiled("add")).isTrue();
            assertThat(py.repr("add(1.5, 2)")).isEqualTo("3.5");
            assertThat(py.repr("add('a', 'b')")).isEqualTo("'ab'");
            assertThat(py.repr("add([1], [2])")).isEqualTo("[1, 2]");
            assertThat(py.repr("add(2**62, 2**62)")).isEqualTo("9223372036854775808");
        }

        @Test
        void codeWhoseSpecialisationsKeepChangingIsCompiledAgain() {
            py.exec("def add(a, b):\n    return a + b\n");
            warm("add(_i, 1)");
            assertThat(compiled("add")).isTrue();
            int first = code("add").compilations;
            py.exec("args = [1, 1.5]\nfor _i in range(" + 4 * FunctionCompiler.MISSES_BEFORE_RECOMPILING
                    + "):\n    add(args[_i % 2], 1)\n");
            assertThat(code("add").compilations).isGreaterThan(first);
            assertThat(py.repr("[add(1, 2), add(1.5, 2), add('a', 'b')]")).isEqualTo("[3, 3.5, 'ab']");
        }

        @Test
        void aLoopIsCompiledOnlyOnceTheInstructionsOfItsBodyHaveSpecialised() {
            // the inner loop's first run-out and the outer loop's come after one turn of the outer
            // body, whose instructions after the inner loop are still warming up then
            py.exec("def f(n):\n    t = 0\n    i = 0\n    while i < n:\n        for j in range(3):\n"
                    + "            t += j\n        t = t * 2 % 1000\n        i += 1\n    return t\n");
            assertThat(py.repr("f(20000)")).isEqualTo("250");
            assertThat(compiled("f")).isTrue();
            assertThat(((CompiledCode) code("f").compiled).misses).isZero();
        }

        @Test
        void instructionsMissingOnlyOnceInManyTurnsOfTheLoopDoNotGetItCompiledAgain() {
            // the innermost assignment runs once in 16 turns; its operators specialise to int
            // before the loop is compiled and meet floats from turn 10,000: they miss 4,000 times
            // in all, but at an eighth of the loop's rate, which a second warm-up in HotSpot
            // would not pay for
            py.exec("def f(n):\n    t = 0\n    r = 0\n    k = 0\n    for i in range(n):\n        t += i\n"
                    + "        k += 1\n        if k == 16:\n            k = 0\n            x = 1 if i < 10000 else 1.5\n"
                    + "            r = (r * 33 + x) % 1000003\n    return t, r\n");
            assertThat(py.repr("f(42000)")).isEqualTo("(881979000, 226852.0)");
            assertThat(compiled("f")).isTrue();
            assertThat(((CompiledCode) code("f").compiled).misses).isPositive();
            assertThat(code("f").compilations).isEqualTo(1);
        }

        @Test
        void instructionsThatCanOnlyStayGenericDoNotGetTheCodeCompiledAgain() {
            // the branch first runs after the loop is compiled: a call of a class without a
            // CALL_TYPE form and operators without specialised forms, which stay generic, once
            // counted a miss at every execution
            py.exec("def f(n):\n    t = 0\n    for i in range(n):\n        t += 1\n        if i >= 5000:\n"
                    + "            t = (t >> 1) ^ 0xD008\n            for j in range(2):\n                t += j\n"
                    + "    return t\n");
            assertThat(py.repr("f(20000)")).isEqualTo("40947");
            assertThat(compiled("f")).isTrue();
            assertThat(((CompiledCode) code("f").compiled).misses).isZero();
            assertThat(code("f").compilations).isEqualTo(1);
        }

        @Test
        void subscriptsOfStrFirstRunAfterCompilingDoNotGetTheCodeCompiledAgain() {
            // a str subscript has no specialised form: compiled while in its first warm-up, it
            // settles in the generic form, compiled among the likely ones (wordfreq's
            // `PUNCTUATION[rng.below(2)]` missed at each of its 22,628 executions)
            py.exec("P = '.,;:!?'\ndef f(n):\n    t = []\n    for i in range(n):\n        if i >= 1000:\n"
                    + "            t.append(P[i % 6] + P[-1 - i % 3])\n    return len(t), t[0], t[-1]\n");
            assertThat(py.repr("f(3000)")).isEqualTo("(2000, '!!', '?:')"); // python3
            assertThat(compiled("f")).isTrue();
            assertThat(((CompiledCode) code("f").compiled).misses).isZero();
            assertThat(code("f").compilations).isEqualTo(1);
        }

        @Test
        void displaysAndFunctionsMadeInACompiledLoopGiveTheInterpretersAnswers() {
            // an empty and a full dict display, a comprehension (a function made each turn) and
            // `del x[k]`: steps of their own in compiled code, not the interpreter's cold method
            py.exec("def f(n):\n    last = None\n    w = list(range(5))\n    for i in range(n):\n        seen = {}\n"
                    + "        seen[i] = 1\n        d = {'a': i, i: 'b'}\n        sq = [j * i for j in range(3)]\n"
                    + "        w.append(i)\n        del w[0]\n        last = (seen, d, sq)\n    return last, w\n");
            warm("f(3)");
            assertThat(compiled("f")).isTrue();
            assertThat(py.repr("f(50)")).isEqualTo(
                    "(({49: 1}, {'a': 49, 49: 'b'}, [0, 49, 98]), [45, 46, 47, 48, 49])"); // python3
            assertThat(py.raises("f('x')")).isEqualTo("TypeError");
        }

        @Test
        void aLoopInAFunctionCalledOnceIsCompiledAfterAFewDozenTurns() {
            // at a thousand turns before compiling, the loops of wordfreq's functions called once
            // ran long enough in the interpreter for HotSpot to compile its dispatch loop with C2
            py.exec("def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n");
            assertThat(py.repr("f(100)")).isEqualTo("4950");
            assertThat(compiled("f")).isTrue();
        }

        @Test
        void sequenceConcatenationsFirstRunAfterCompilingDoNotGetTheCodeCompiledAgain() {
            // compiled while in their first warm-up, the additions are compiled as their likely
            // forms, among them tuple and list concatenation (nqueens' `placed + (c,)` in a
            // generator compiled before it had specialised missed 997 times, and was compiled again)
            py.exec("def f(n):\n    t = ()\n    l = []\n    for i in range(n):\n        if i >= 1000:\n"
                    + "            t = t + (i,)\n            l = l + [i]\n    return len(t), t[-1], len(l), l[0]\n");
            assertThat(py.repr("f(3000)")).isEqualTo("(2000, 2999, 2000, 1000)");
            assertThat(compiled("f")).isTrue();
            assertThat(((CompiledCode) code("f").compiled).misses).isZero();
            assertThat(code("f").compilations).isEqualTo(1);
        }

        @Test
        void aLongLoopWhoseCodeIsToBeCompiledAgainGoesOnInTheNewForm() {
            // the site specialises to int, then sees floats for good: the running call leaves its
            // stale compiled form at a back-edge and continues in the one compiled after
            py.exec("def f(xs):\n    t = 0\n    for x in xs:\n        t = t + x\n    return t\n");
            py.exec("xs = [1] * 3000 + [0.5] * 20000\nr = f(xs)\n");
            assertThat(py.repr("r")).isEqualTo("13000.0");
            assertThat(code("f").compilations).isGreaterThan(1);
        }
    }

    @Nested
    class Exceptions {
        @Test
        void handlersInCompiledCodeCatchAndTheLoopGoesOn() {
            py.exec("def f(n):\n    caught = 0\n    for i in range(n):\n        try:\n"
                    + "            if i % 3 == 0:\n                raise ValueError(i)\n"
                    + "        except ValueError as e:\n            caught += e.args[0]\n"
                    + "        finally:\n            caught += 1\n    return caught\n");
            warm("f(10)");
            assertThat(compiled("f")).isTrue();
            assertThat(py.repr("f(10)")).isEqualTo("28");
        }

        @Test
        void anUncaughtExceptionHasTheCompiledFunctionsLineInItsTraceback() {
            py.exec("def f(x):\n    y = x + 1\n    return 10 // (y - 1)\n");
            warm("f(1)");
            assertThat(compiled("f")).isTrue();
            py.exec("import sys\ntry:\n    f(0)\nexcept ZeroDivisionError as e:\n"
                    + "    tb = e.__traceback__\n    while tb.tb_next: tb = tb.tb_next\n    line = tb.tb_lineno\n");
            assertThat(py.repr("line")).isEqualTo("3");
        }

        @Test
        void anExceptionLeavingALoopThatWentOnCompiledIsHandledOnlyOnce() {
            // the loop switches to compiled code mid-call; the KeyError escapes the compiled code
            // from the handler, and the interpreter that handed over must not handle it again
            py.exec("def f():\n    try:\n        for i in range(20000):\n            pass\n"
                    + "        raise ValueError('x')\n    except Exception as e:\n        seen.append(repr(e))\n"
                    + "        raise KeyError('y')\n"
                    + "seen = []\ntry:\n    f()\nexcept KeyError as e:\n    context = repr(e.__context__)\n"
                    + "    frames = 0\n    tb = e.__traceback__\n    while tb:\n        frames += 1\n"
                    + "        tb = tb.tb_next\n");
            assertThat(compiled("f")).isTrue();
            assertThat(py.repr("seen")).isEqualTo("[\"ValueError('x')\"]");
            assertThat(py.repr("context")).isEqualTo("\"ValueError('x')\"");
            assertThat(py.repr("frames")).isEqualTo("2");
        }

        @Test
        void unboundLocalsAndRecursionRaiseAsInTheInterpreter() {
            py.exec("def f(x):\n    if x:\n        v = 1\n    return v\n"
                    + "def deep(n):\n    return deep(n + 1)\n");
            warm("f(1)");
            assertThat(compiled("f")).isTrue();
            assertThat(py.raises("f(0)")).isEqualTo("UnboundLocalError");
            assertThat(py.raises("deep(0)")).isEqualTo("RecursionError");
        }

        @Test
        void aLocalUnboundByDelOrByAnExceptClauseRaisesWithItsLine() {
            // the parameter and `t` are read without a check (bound on every path), `x` and `e` with one
            py.exec("def f(a, drop):\n    t = a\n    x = a\n    if drop:\n        del x\n"
                    + "    try:\n        raise ValueError(a)\n    except ValueError as e:\n        pass\n"
                    + "    if drop > 1:\n        return e\n    return t + x\n");
            warm("f(_i, 0)");
            assertThat(compiled("f")).isTrue();
            assertThat(py.repr("f(3, 0)")).isEqualTo("6");
            py.exec("def line_of(call):\n    try:\n        call()\n    except UnboundLocalError as e:\n"
                    + "        tb = e.__traceback__\n        while tb.tb_next: tb = tb.tb_next\n"
                    + "        return tb.tb_lineno, str(e)\n");
            assertThat(py.repr("line_of(lambda: f(3, 1))"))
                    .isEqualTo("(12, \"cannot access local variable 'x' where it is not associated with a value\")");
            assertThat(py.repr("line_of(lambda: f(3, 2))"))
                    .isEqualTo("(11, \"cannot access local variable 'e' where it is not associated with a value\")");
        }
    }

    @Nested
    class TraceExits {
        @Test
        void aTraceLeavingItsLoopGoesOnInCompiledCodeFromTheFirstCompilation() {
            // the inner loop is traced, entered from the compiled outer loop and left at its end on
            // every turn; with tier 2 on, tier 1 compiled f with that exit as an entry (LoopExits),
            // so the frame goes on there in compiled code and f is never compiled again for it
            Tier2.install(py.state(), TraceSettings.defaults());
            py.exec("def f(n):\n    total = 0\n    for i in range(n):\n        j = 0\n        while j < 8:\n"
                    + "            total += j * i\n            j += 1\n        total %= 1000003\n    return total\n"
                    + "r = f(100000)\n");
            assertThat(py.repr("r")).isEqualTo("180006"); // python3
            assertThat(compiled("f")).isTrue();
            CodeObject f = code("f");
            CompiledCode c = (CompiledCode) f.compiled;
            assertThat(f.compilations).isEqualTo(1);
            assertThat(c.resumable.stream().mapToObj(f::lineAt)).containsExactly(8); // total %= ...
            assertThat(c.resumeMisses).isZero();
        }

        @Test
        void withoutTier2CompiledCodeHasNoLoopExitEntries() {
            py.exec("def f(n):\n    total = 0\n    for i in range(n):\n        j = 0\n        while j < 8:\n"
                    + "            total += j * i\n            j += 1\n        total %= 1000003\n    return total\n");
            warm("f(3)");
            assertThat(compiled("f")).isTrue();
            assertThat(((CompiledCode) code("f").compiled).resumable.isEmpty()).isTrue();
        }

        @Test
        void aTraceLeftInTheMiddleOfAnExpressionGoesOnInCompiledCodeWithItsStack() {
            // the loop's trace was recorded with i < lim; once i reaches lim its guard fails with
            // t, sum and four list items on the stack (no bridges, so that it keeps leaving there)
            Tier2.install(py.state(), TraceSettings.builder().verify(false).bridgeThreshold(1_000_000).build());
            py.exec("def run(n, lim):\n    t = 0\n    for i in range(n):\n"
                    + "        t += sum([i, i * 2, i * 3 + 1, (i * 5 if i < lim else -i), i + 1, i % 7])\n"
                    + "        t %= 1000000007\n    return t\n"
                    + "r = (run(600, 10 ** 9), run(1500, 700), run(1500, 700))\n");
            assertThat(py.repr("r")).isEqualTo("(2159395, 8220895, 8220895)"); // python3
            CodeObject run = code("run");
            assertThat(run.resumePoints).as("where the trace left run").isNotNull();
            CompiledCode c = (CompiledCode) run.compiled;
            java.util.BitSet notEntries = (java.util.BitSet) run.resumePoints.clone();
            notEntries.andNot(c.resumable);
            assertThat(notEntries.isEmpty()).as("every noted resumption point is an entry").isTrue();
            assertThat(c.resumeMisses).isLessThan(FunctionCompiler.RESUME_MISSES_BEFORE_RECOMPILING);
        }

        @Test
        void compiledCodeIsNotCompiledAgainForResumptionWhenOnlyTheLastCompilationIsLeft() {
            py.exec("def f(a, b):\n    return [a, a + 1, (a * 3) + (b * 2), a - 1]\n");
            CodeObject f = code("f");
            f.compilations = FunctionCompiler.MAX_COMPILATIONS - 1;
            warm("f(_i, _i)");
            CompiledCode c = (CompiledCode) f.compiled;
            for (int i = 0; i < 2 * FunctionCompiler.RESUME_MISSES_BEFORE_RECOMPILING; i++) {
                FunctionCompiler.resumeMissed(f, c, 3);
            }
            assertThat(f.compiled).isSameAs(c); // the last compilation stays for specialisations that change
            assertThat(f.resumePoints.get(3)).isTrue();
        }
    }

    @Nested
    class Generators {
        @Test
        void aCompiledGeneratorResumesAtEachYieldAndHandlesThrowAndClose() {
            py.exec("def gen(n):\n    i = 0\n    while i < n:\n        try:\n            x = yield i\n"
                    + "        except KeyError:\n            x = 100\n        i += 1 if x is None else x\n"
                    + "    return 'done'\n");
            warm("sum(gen(20))");
            assertThat(compiled("gen")).isTrue();
            assertThat(py.repr("out[0]")).isEqualTo("190");
            py.exec("g = gen(1000)\na = next(g)\nb = g.send(5)\nc = g.throw(KeyError)\n"
                    + "try:\n    g.throw(ValueError('v'))\nexcept ValueError as e:\n    d = str(e)\n");
            assertThat(py.repr("(a, b, c, d)")).isEqualTo("(0, 5, 105, 'v')");
            py.exec("def fin():\n    try:\n        yield 1\n        yield 2\n    finally:\n        log.append('closed')\n"
                    + "log = []\nfor _i in range(" + WARM + "):\n    g = fin()\n    next(g)\n    g.close()\n");
            assertThat(compiled("fin")).isTrue();
            assertThat(py.repr("len(log)")).isEqualTo(String.valueOf(WARM));
        }

        @Test
        void yieldFromThroughCompiledCodeReturnsTheSubgeneratorsValue() {
            py.exec("def inner():\n    yield 1\n    yield 2\n    return 3\n"
                    + "def outer():\n    r = yield from inner()\n    yield r\n");
            warm("list(outer())");
            assertThat(compiled("outer")).isTrue();
            assertThat(py.repr("list(outer())")).isEqualTo("[1, 2, 3]");
        }
    }
}
