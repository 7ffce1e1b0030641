package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.function.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CALL forms for generators (CALL_PY_GENERATOR, CALL_NEXT, CALL_GEN_SEND): each quickens at a
 * call site that keeps seeing its case, gives CPython's results and errors (a running generator, a
 * finished one, a value sent into a just-started one), and goes back to CALL when its guard fails.
 */
class GeneratorCallsTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
        py.exec("def gen(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n    return 'r'\n");
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private CodeObject code(String function) {
        return ((PyFunction) py.get(function)).code;
    }

    /** The pc of the only CALL in {@code code}. */
    private static int callPc(CodeObject code) {
        for (int pc = 0; pc < code.code.length; pc++) {
            if (at(code, pc).family() == Opcode.CALL) {
                return pc;
            }
        }
        throw new AssertionError("no CALL in " + code.qualname);
    }

    private static Opcode at(CodeObject code, int pc) {
        return Opcode.of(Opcode.opcodeOf(code.code[pc]));
    }

    private void repeat(String call, int times) {
        py.exec("for _i in range(" + times + "):\n    " + call + "\n");
    }

    /** Runs {@code stmt} and gives the repr of the exception it raised. */
    private String raised(String stmt) {
        py.exec("try:\n    " + stmt + "\n    _err = None\nexcept BaseException as _exc:\n    _err = _exc\n");
        return py.repr("_err");
    }

    @Test
    void generatorFunctionCallsQuickenForAnyGeneratorOfTheRightShape() {
        py.exec("def make(f, n):\n    return f(n)\n"
                + "def squares(n):\n    for i in range(n):\n        yield i * i\n"
                + "def cells(n):\n    yield (lambda: n)()\n");
        repeat("list(make(gen, 3))", 20);
        CodeObject c = code("make");
        int pc = callPc(c);
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL_PY_GENERATOR);
        assertThat(py.repr("list(make(gen, 3))")).isEqualTo("[0, 1, 2]");
        assertThat(py.repr("list(make(squares, 4))")).isEqualTo("[0, 1, 4, 9]");
        assertThat(py.repr("list(make(cells, 7))")).isEqualTo("[7]"); // a parameter in a cell
        assertThat(py.repr("make(gen, 2).__qualname__")).isEqualTo("'gen'");
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL_PY_GENERATOR);
    }

    @Test
    void aCalleeReboundToAPlainFunctionDeoptimisesTheGeneratorCall() {
        py.exec("def make(n):\n    return gen(n)\n");
        repeat("list(make(3))", 20);
        CodeObject c = code("make");
        int pc = callPc(c);
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL_PY_GENERATOR);
        py.exec("def gen(n):\n    return ['plain', n]\n");
        assertThat(py.repr("make(5)")).isEqualTo("['plain', 5]");
        assertThat(at(c, pc).family()).isEqualTo(Opcode.CALL);
        assertThat(at(c, pc)).isNotEqualTo(Opcode.CALL_PY_GENERATOR);
    }

    @Test
    void anotherArgumentCountOrDefaultsDeoptimiseTheGeneratorCall() {
        py.exec("def make(f):\n    return f(2)\n"
                + "def two(a, b=10):\n    yield a + b\n");
        repeat("list(make(gen))", 20);
        CodeObject c = code("make");
        int pc = callPc(c);
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL_PY_GENERATOR);
        assertThat(py.repr("list(make(two))")).isEqualTo("[12]");
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL);
        assertThat(raised("make(lambda: 1)")).isEqualTo("TypeError('<lambda>() takes 0 positional arguments but 1 was given')");
    }

    @Test
    void keywordCallsOfGeneratorsStayGeneric() {
        py.exec("def make(n):\n    return gen(n=n)\n");
        repeat("list(make(3))", 20);
        CodeObject c = code("make");
        assertThat(at(c, callPc(c))).isEqualTo(Opcode.CALL);
        assertThat(py.repr("list(make(3))")).isEqualTo("[0, 1, 2]");
    }

    @Test
    void nextOnAGeneratorQuickensAndRaisesStopIterationWithTheReturnValue() {
        py.exec("def nx(g):\n    return next(g)\n");
        repeat("nx(gen(2))", 20);
        CodeObject c = code("nx");
        int pc = callPc(c);
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL_NEXT);
        py.exec("g = gen(2)\n");
        assertThat(py.repr("(nx(g), nx(g))")).isEqualTo("(0, 1)");
        assertThat(raised("nx(g)")).isEqualTo("StopIteration('r')");
        assertThat(raised("nx(g)")).isEqualTo("StopIteration()"); // finished: no value any more
        assertThat(py.repr("nx(iter([4, 5]))")).isEqualTo("4"); // another iterator: the builtin's body
        assertThat(raised("nx(iter([]))")).isEqualTo("StopIteration()");
        assertThat(raised("nx(5)")).isEqualTo("TypeError(\"'int' object is not an iterator\")");
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL_NEXT);
    }

    @Test
    void nextOnARunningGeneratorIsAValueError() {
        py.exec("def nx(g):\n    return next(g)\n"
                + "def selfish():\n    yield nx(me)\n");
        repeat("nx(gen(2))", 20);
        assertThat(at(code("nx"), callPc(code("nx")))).isEqualTo(Opcode.CALL_NEXT);
        py.exec("me = selfish()\n");
        assertThat(raised("next(me)")).isEqualTo("ValueError('generator already executing')");
        assertThat(raised("next(me)")).isEqualTo("StopIteration()"); // the error finished it
    }

    @Test
    void nextShadowedByAGlobalDeoptimises() {
        py.exec("def nx(g):\n    return next(g)\n");
        repeat("nx(gen(2))", 20);
        CodeObject c = code("nx");
        int pc = callPc(c);
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL_NEXT);
        py.exec("def next(g):\n    return 'mine'\n");
        assertThat(py.repr("nx(gen(2))")).isEqualTo("'mine'");
        assertThat(at(c, pc).family()).isEqualTo(Opcode.CALL);
        assertThat(at(c, pc)).isNotEqualTo(Opcode.CALL_NEXT);
        py.exec("del next\n");
        assertThat(py.repr("nx(gen(2))")).isEqualTo("0");
    }

    @Test
    void nextWithADefaultIsAnOrdinaryBuiltinCall() {
        py.exec("def nx(g):\n    return next(g, 'dflt')\n");
        repeat("nx(gen(2))", 20);
        CodeObject c = code("nx");
        assertThat(at(c, callPc(c))).isEqualTo(Opcode.CALL_BUILTIN);
        assertThat(py.repr("nx(gen(0))")).isEqualTo("'dflt'");
    }

    @Test
    void sendQuickensAndFollowsCPythonsRules() {
        py.exec("def echo():\n    x = None\n    while True:\n        x = yield x\n        if x == 'stop':\n"
                + "            return 'bye'\n"
                + "def snd(g, v):\n    return g.send(v)\n");
        py.exec("e = echo()\nnext(e)\n");
        repeat("snd(e, 1)", 20);
        CodeObject c = code("snd");
        int pc = callPc(c);
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL_GEN_SEND);
        assertThat(py.repr("snd(e, 42)")).isEqualTo("42");
        assertThat(raised("snd(echo(), 1)"))
                .isEqualTo("TypeError(\"can't send non-None value to a just-started generator\")");
        assertThat(py.repr("snd(echo(), None)")).isEqualTo("None");
        assertThat(raised("snd(e, 'stop')")).isEqualTo("StopIteration('bye')");
        assertThat(raised("snd(e, 1)")).isEqualTo("StopIteration()");
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL_GEN_SEND);
    }

    @Test
    void sendOnARunningGeneratorIsAValueError() {
        py.exec("def snd(g, v):\n    return g.send(v)\n"
                + "def selfish():\n    yield snd(me, None)\n");
        py.exec("e = gen(100)\nnext(e)\n");
        repeat("snd(e, None)", 20);
        assertThat(at(code("snd"), callPc(code("snd")))).isEqualTo(Opcode.CALL_GEN_SEND);
        py.exec("me = selfish()\n");
        assertThat(raised("next(me)")).isEqualTo("ValueError('generator already executing')");
    }

    @Test
    void anotherObjectsSendDeoptimises() {
        py.exec("class Sink:\n    def send(self, v):\n        return ('sink', v)\n"
                + "def snd(g, v):\n    return g.send(v)\n");
        py.exec("e = gen(100)\nnext(e)\n");
        repeat("snd(e, None)", 20);
        CodeObject c = code("snd");
        int pc = callPc(c);
        assertThat(at(c, pc)).isEqualTo(Opcode.CALL_GEN_SEND);
        assertThat(py.repr("snd(Sink(), 3)")).isEqualTo("('sink', 3)");
        assertThat(at(c, pc).family()).isEqualTo(Opcode.CALL);
        assertThat(at(c, pc)).isNotEqualTo(Opcode.CALL_GEN_SEND);
        assertThat(py.repr("snd(e, None)")).isEqualTo("21");
    }
}
