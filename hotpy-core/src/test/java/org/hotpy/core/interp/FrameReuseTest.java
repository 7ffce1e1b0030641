package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.number.PyInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FrameReuse}: a plain call's frame goes back to its function when the call returns, and
 * the next call gets it cleared; a frame that Python code may hold (a traceback, {@code
 * sys._getframe}, {@code f_back}) and the frames of its callers stay out of reuse.
 */
class FrameReuseTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
        py.exec("""
                import sys
                def add(a, b):
                    c = a + b
                    return c
                def here():
                    return sys._getframe()
                def outer():
                    return here()
                def fails():
                    raise KeyError('k')
                def catches():
                    try:
                        fails()
                    except KeyError as e:
                        return e
                """);
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private PyFunction function(String name) {
        return (PyFunction) py.get(name);
    }

    @Test
    void aPlainFunctionHasASpareFrameBeforeItsFirstCall() {
        PyFunction add = function("add");
        assertThat(add.spareFrames).isEqualTo(1);
        Frame spare = add.spares[0];
        assertThat(spare.code).isSameAs(add.code);
        assertThat(spare.function).isSameAs(add);
        assertThat(FrameReuse.frameFor(add)).isSameAs(spare);
        py.exec("def gen(n):\n    yield n\n");
        assertThat(function("gen").spares).isNull(); // a generator's frames never come from its spares
        assertThat(py.repr("add(1, 2)")).isEqualTo("3");
    }

    @Test
    void aFinishedCallsFrameIsKeptAndClearedForTheNext() {
        py.exec("for i in range(100):\n    add(i, 1)\n"); // the call specialises once warm
        PyFunction add = function("add");
        assertThat(add.spareFrames).isBetween(1, FrameReuse.KEPT);
        Frame spare = add.spares[add.spareFrames - 1];
        int locals = spare.code.nlocalsplus();
        assertThat(Arrays.copyOf(spare.stack, locals)).containsOnlyNulls();
        // above the locals, at most the exact ints and floats unboxed arithmetic read (FrameReuse.keep)
        assertThat(Arrays.copyOfRange(spare.stack, locals, spare.stack.length))
                .allMatch(v -> v == null || v.getClass() == PyInt.class);
        assertThat(spare.sp).isEqualTo(locals);
        assertThat(spare.pc).isZero();
        assertThat(spare.back).isNull();
        assertThat(FrameReuse.frameFor(add)).isSameAs(spare);
    }

    @Test
    void framesPythonCodeObtainedAreNotReused() {
        py.exec("kept = [outer() for i in range(100)]\n");
        assertThat(py.repr("len({id(f) for f in kept}), kept[0].f_back.f_code.co_name"))
                .isEqualTo("(100, 'outer')");
        assertThat(function("here").spareFrames).isZero();
        assertThat(function("outer").spareFrames).isZero();
    }

    @Test
    void aTracebackKeepsItsFramesAndTheirCallers() {
        py.exec("errs = [catches() for i in range(100)]\n");
        assertThat(function("fails").spareFrames).isZero();
        assertThat(function("catches").spareFrames).isZero();
        assertThat(py.repr("errs[0].__traceback__.tb_next.tb_frame.f_back.f_code.co_name"))
                .isEqualTo("'catches'");
    }

    @Test
    void aReplacedCodeGetsANewFrame() {
        py.exec("for i in range(100):\n    add(i, 2)\n");
        PyFunction add = function("add");
        assertThat(add.spareFrames).isPositive();
        py.exec("add.__code__ = here.__code__\n");
        Frame fr = FrameReuse.frameFor(add);
        assertThat(fr.code).isSameAs(add.code);
        assertThat(fr.stack).hasSize(add.code.nlocalsplus() + add.code.stackSize + 1);
    }

    @Test
    void callbacksOfBuiltinsReuseFramesToo() {
        py.exec("xs = sorted(range(50), key=lambda v: -v)\nys = list(map(add, range(3), range(3)))\n");
        assertThat(py.repr("xs[:3], ys")).isEqualTo("([49, 48, 47], [0, 2, 4])");
        assertThat(function("add").spareFrames).isPositive();
        assertThat(function("add").spares[0].stack).containsOnlyNulls();
    }

    @Test
    void recursionKeepsAtMostTheLimit() {
        py.exec("def down(n):\n    return 0 if n == 0 else down(n - 1)\ndown(50)\n");
        assertThat(function("down").spareFrames).isEqualTo(FrameReuse.KEPT);
    }
}
