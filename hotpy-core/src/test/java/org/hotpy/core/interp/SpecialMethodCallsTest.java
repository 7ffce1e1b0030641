package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.core.testing.TestInterpreter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Special methods written in Python, called from Java ({@code Call.callSpecial} through {@link
 * Calls#callPositional}): a plain method of the right arity goes straight into its frame, and any
 * other (defaults, {@code *args}, a generator, closures, the wrong arity) gets the same result as
 * a call through the argument binder, as CPython's.
 */
class SpecialMethodCallsTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
        py.exec("""
                import sys
                class V:
                    def __init__(self, x): self.x = x
                    def __add__(self, o): return V(self.x + o.x)
                    def __neg__(self): return V(-self.x)
                    def __setitem__(self, k, v): self.x = (k, v)
                    def __len__(self): return 3
                class K:
                    def __add__(self, *a): return a
                    def __sub__(self, o, extra=7): return (o, extra)
                    def __mul__(self, o):
                        def inner(): return o
                        return inner()
                    def __neg__(self): return sys._getframe().f_back.f_code.co_name
                    def __truediv__(self, o): raise ValueError('div')
                    def __mod__(self, o):
                        yield o
                class W:
                    def __add__(self, o, p): return 1
                class D:
                    def __get__(self, obj, typ): return ('get', typ.__name__)
                class H:
                    d = D()
                """);
    }

    @AfterEach
    void stop() {
        py.close();
    }

    @Test
    void plainMethodsOfEachArity() {
        py.exec("v = V(1) + V(2)\nv[1] = 2\n");
        assertThat(py.repr("(V(1) + V(2)).x, (-V(4)).x, len(V(0))")).isEqualTo("(3, -4, 3)");
        assertThat(py.repr("v.x")).isEqualTo("(1, 2)");
        assertThat(py.repr("H().d")).isEqualTo("('get', 'H')");
    }

    @Test
    void otherFunctionsAreBound() {
        assertThat(py.repr("K() + 1, K() - 2, K() * 3")).isEqualTo("((1,), (2, 7), 3)");
        assertThat(py.repr("list(K() % 5)")).isEqualTo("[5]");
        py.exec("try:\n    W() + 1\nexcept TypeError as e:\n    err = str(e)\n");
        assertThat(py.repr("err")).isEqualTo("\"W.__add__() missing 1 required positional argument: 'p'\"");
    }

    @Test
    void framesAndTracebacksAreThoseOfAnyCall() {
        py.exec("def caller(): return -K()\n");
        assertThat(py.repr("caller()")).isEqualTo("'caller'");
        py.exec("""
                import traceback
                try:
                    K() / 1
                except ValueError as e:
                    n = len(traceback.extract_tb(e.__traceback__))
                """);
        assertThat(py.repr("n")).isEqualTo("2");
    }
}
