package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.function.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link UnboxedArithmetic}: compiled code keeps the results of int and float arithmetic unboxed
 * between instructions, and gives the interpreter's answers wherever a value has to be an object
 * again: operands of other types, a zero divisor, an overflow, exceptions caught in the same
 * function, generators, calls in the middle of an expression.
 */
class UnboxedArithmeticTest {
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

    /** Defines {@code source}, then calls {@code call} often enough for its function to be compiled settled. */
    private void warm(String source, String call) {
        py.exec(source);
        py.exec("for _i in range(" + 2 * WARM + "):\n    " + call + "\n");
        Object c = ((PyFunction) py.get(call.substring(0, call.indexOf('(')))).code.compiled;
        assertThat(c).isInstanceOf(CompiledCode.class).isNotSameAs(CompiledCode.INTERPRETED)
                .isNotSameAs(CompiledCode.NOT_COMPILED);
    }

    /** The class {@link FunctionEmitter} writes for {@code function} now, as text (its constant pool is readable). */
    private String emitted(String function) {
        CodeObject code = ((PyFunction) py.get(function)).code;
        byte[] bytes = new FunctionEmitter(code, "org/hotpy/core/interp/FusionProbe", false).build();
        assertThat(bytes).isNotNull();
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void settledFloatArithmeticIsEmittedUnboxed() {
        warm("def norm(x, y, z):\n    return x * x + y * y + z * z > 1.0\n", "norm(0.5, 0.25, 2.0)");
        assertThat(emitted("norm")).contains("org/hotpy/core/interp/UnboxedValues", "compare");
        assertThat(py.repr("norm(0.5, 0.25, 0.5)")).isEqualTo("False");
        assertThat(py.repr("norm(0.5, 0.25, 1.5)")).isEqualTo("True");
    }

    @Test
    void codeWithoutArithmeticIsEmittedAsBefore() {
        warm("def join(a, b):\n    return a + b\n", "join('x', 'y')");
        assertThat(emitted("join")).doesNotContain("UnboxedValues");
    }

    @Test
    void operandsThatAreNotFloatsTakeTheInterpretersPath() {
        warm("def f(a, b, c):\n    return a * b + c / b - a\n", "f(1.5, 2.0, 3.0)");
        assertThat(py.repr("f(1.5, 2.0, 3.0)")).isEqualTo("3.0");
        assertThat(py.repr("f(3, 2, 1)")).isEqualTo("3.5");
        assertThat(py.repr("f(1.5, 2, 3.0)")).isEqualTo("3.0");
        assertThat(py.repr("f(1.5, 2.0, 10**20)")).isEqualTo("5e+19");
        py.exec("""
                class F(float):
                    def __mul__(self, o):
                        return F(7.0)
                """);
        assertThat(py.repr("f(F(1.5), 2.0, 3.0)")).isEqualTo("7.0");
        py.exec("class G(float):\n    def __mul__(self, o):\n        return 'mul'\n");
        assertThat(py.raises("f(G(1.5), 2.0, 3.0)")).isEqualTo("TypeError");
        assertThat(py.repr("f(1.5, 2.0, 3.0)")).isEqualTo("3.0");
        // a float result of a slow path (int times float) flows on into the unboxed ones
        assertThat(py.repr("f(2, 0.5, 1.0)")).isEqualTo("1.0");
    }

    @Test
    void zeroDivisorsRaiseAndSignedZerosAndNansStayAsTheyAre() {
        warm("""
                def g(a, b):
                    try:
                        return (a * 2.0) / (b - 1.0) + 1.0
                    except ZeroDivisionError as e:
                        return str(e)
                def h(a, b):
                    return a * b, a - b, a == b, a != b, a < b
                """, "g(1.0, 3.0) and h(1.0, 2.0)");
        assertThat(py.repr("g(1.0, 3.0)")).isEqualTo("2.0");
        assertThat(py.repr("g(1.0, 1.0)")).isEqualTo("'float division by zero'");
        assertThat(py.repr("g(-0.0, -1.0)")).isEqualTo("1.0");
        assertThat(py.repr("h(-0.0, 1.0)")).isEqualTo("(-0.0, -1.0, False, True, True)");
        assertThat(py.repr("h(float('nan'), 1.0)")).isEqualTo("(nan, nan, False, True, False)");
        assertThat(py.repr("h(float('inf'), 0.0)")).isEqualTo("(nan, inf, False, True, False)");
    }

    @Test
    void unboxedValuesBelowACallSurviveItAndItsCaughtExceptions() {
        warm("""
                def side(x):
                    if x < 0.0:
                        raise ValueError('neg')
                    return x * 0.5
                def k(xs):
                    out = []
                    for x in xs:
                        try:
                            out.append(x * x + side(x) * 2.0 - x / 4.0)
                        except ValueError:
                            out.append(-1.0)
                    return out
                """, "k([1.0, 2.0, -3.0])");
        assertThat(py.repr("k([1.0, 2.0, -3.0, 4.0])")).isEqualTo("[1.75, 5.5, -1.0, 19.0]");
    }

    @Test
    void generatorsYieldingInsideAnExpressionKeepTheirValues() {
        warm("""
                def gen(a):
                    x = a * 2.0 + (yield a * 3.0)
                    yield x * x
                def run(a):
                    g = gen(a)
                    first = next(g)
                    return first, g.send(1.5)
                """, "run(1.0)");
        assertThat(py.repr("run(2.0)")).isEqualTo("(6.0, 30.25)");
        assertThat(py.repr("run(2)")).isEqualTo("(6.0, 30.25)");
    }

    @Test
    void resultsAreNewFloatsEqualToTheInterpreters() {
        warm("def m(a, b):\n    c = a * b\n    return c, c is a, a + b * 0.1\n", "m(1.5, 1.0)");
        assertThat(py.repr("m(1.5, 1.0)")).isEqualTo("(1.5, False, 1.6)");
        assertThat(py.repr("m(0.1, 3.0)")).isEqualTo("(0.30000000000000004, False, 0.4)");
    }

    @Test
    void intArithmeticIsEmittedUnboxedAndOverflowsIntoBigInts() {
        warm("def entry(i, j):\n    s = i + j\n    return 1.0 / (s * (s + 1) // 2 + i + 1)\n", "entry(3, 4)");
        assertThat(emitted("entry")).contains("org/hotpy/core/interp/UnboxedValues", "floorDiv", "boxInt");
        assertThat(py.repr("entry(3, 4)")).isEqualTo("0.03125");
        warm("def poly(x, y):\n    return x * x * x - y * 3 + (x - y) * (x + y), x * y < y * y\n", "poly(3, 4)");
        assertThat(py.repr("poly(3, 4)")).isEqualTo("(8, True)");
        assertThat(py.repr("poly(2**31, 5)")).isEqualTo("(9903520318894728217620381656, False)");
        assertThat(py.repr("poly(-2**62, 2**62)")).isEqualTo("(-98079714615416886934934209737619787765434361875032702976, True)");
        assertThat(py.repr("poly(1.5, 2)")).isEqualTo("(-4.375, True)");
        assertThat(py.repr("poly(True, 2)")).isEqualTo("(-8, True)");
        assertThat(py.repr("poly(2**70, 1)")).isEqualTo(
                "(1645504557321206042156362979132258668929081848025620385942732796, False)");
    }

    @Test
    void intDivisionShiftsAndBitsFollowPythonsRules() {
        warm("""
                def ops(a, b):
                    try:
                        return (a * 1) // (b * 1), (a * 1) % (b * 1), (a + 0) & (b + 0), (a + 0) | (b + 0), \
                            (a + 0) ^ (b + 0), (a + 0) >> (b + 0), (a * 1) / (b * 1)
                    except (ZeroDivisionError, ValueError, TypeError) as e:
                        return type(e).__name__, str(e)
                """, "ops(7, 2)");
        assertThat(py.repr("ops(7, 2)")).isEqualTo("(3, 1, 2, 7, 5, 1, 3.5)");
        assertThat(py.repr("ops(-7, 2)")).isEqualTo("(-4, 1, 0, -5, -5, -2, -3.5)");
        assertThat(py.repr("ops(7, -2)")).isEqualTo("('ValueError', 'negative shift count')");
        assertThat(py.repr("ops(-7, 70)")).isEqualTo("(-1, 63, 64, -1, -65, -1, -0.1)");
        assertThat(py.repr("ops(7, 0)")).isEqualTo("('ZeroDivisionError', 'integer division or modulo by zero')");
        assertThat(py.repr("ops(-2**63, -1)")).isEqualTo("('ValueError', 'negative shift count')");
        warm("def fd(a, b):\n    return (a + 0) // (b + 0), (a - 0) % (b - 0)\n", "fd(9, 4)");
        assertThat(py.repr("fd(-2**63, -1)")).isEqualTo("(9223372036854775808, 0)");
        assertThat(py.repr("fd(-9, 4)")).isEqualTo("(-3, 3)");
        assertThat(py.repr("ops(2**60 + 1, 3)")).isEqualTo(
                "(384307168202282325, 2, 1, 1152921504606846979, 1152921504606846978, 144115188075855872, 3.843071682022823e+17)");
        assertThat(py.repr("ops(7.5, 2)")).isEqualTo("('TypeError', \"unsupported operand type(s) for &: 'float' and 'int'\")");
    }

    @Test
    void mixedArithmeticWithAnUnboxedFloatGivesFloats() {
        warm("def mix(x, n):\n    return 2 * (x * x) + n - (x * 0.5) * n\n", "mix(1.5, 3)");
        assertThat(py.repr("mix(1.5, 3)")).isEqualTo("5.25");
        assertThat(py.repr("mix(1.5, 2**60)")).isEqualTo("2.8823037615171174e+17");
        assertThat(py.repr("mix(1.5, 2**70)")).isEqualTo("2.9514790517935283e+20");
        assertThat(py.raises("mix(1.5, 'a')")).isEqualTo("TypeError");
    }

    @Test
    void aComparisonAtTheBottomOfTheStackOfAFunctionWithOneLocal() {
        // the stack starts at slot 1 here: nothing may look below it
        warm("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n", "fib(12)");
        assertThat(py.repr("fib(20)")).isEqualTo("6765");
    }
}
