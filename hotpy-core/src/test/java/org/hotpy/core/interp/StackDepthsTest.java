package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.function.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The static stack depths that let compiled code use a constant stack pointer. */
class StackDepthsTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private CodeObject code(String source, String function) {
        py.exec(source);
        return ((PyFunction) py.get(function)).code;
    }

    private static int firstIndexOf(CodeObject code, Opcode op) {
        for (int i = 0; i < code.code.length; i++) {
            if (Opcode.of(code.code[i] & 0xff).family() == op) {
                return i;
            }
        }
        throw new AssertionError(op + " not in " + code);
    }

    @Test
    void aForLoopHoldsItsIteratorOnTheStackThroughTheBody() {
        CodeObject c = code("def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n", "f");
        int[] d = StackDepths.of(c, c.code);
        assertThat(d).isNotNull();
        assertThat(d[0]).isZero();
        int forIter = firstIndexOf(c, Opcode.FOR_ITER);
        assertThat(d[forIter]).isEqualTo(1);
        assertThat(d[forIter + 1]).isEqualTo(2); // the next item, pushed when FOR_ITER does not jump
        assertThat(d[c.code[forIter] >>> 8]).isZero(); // the exhausted iterator is popped at the jump
    }

    @Test
    void everyReachedDepthFitsTheStackTheAssemblerSized() {
        CodeObject c = code("def g(a, b):\n    try:\n        with open(a) as fh:\n            return [x for x in fh if x]\n"
                + "    except (OSError, ValueError) as e:\n        return {b: str(e)}\n    finally:\n        a = None\n", "g");
        int[] d = StackDepths.of(c, c.code);
        assertThat(d).isNotNull();
        for (int depth : d) {
            assertThat(depth).isBetween(StackDepths.UNREACHED, c.stackSize);
        }
    }

    @Test
    void anExceptionHandlerStartsAtItsEntrysDepthWithTheException() {
        CodeObject c = code("def h(x):\n    try:\n        return 1 / x\n    except ZeroDivisionError:\n        return 0\n", "h");
        int[] d = StackDepths.of(c, c.code);
        int[] t = c.exceptionTable;
        assertThat(t.length).isPositive();
        for (int e = 0; e < t.length; e += 5) {
            assertThat(d[t[e + 2]]).isEqualTo(t[e + 3] + t[e + 4] + 1);
        }
    }
}
