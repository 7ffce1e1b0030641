package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.PyMethodDescr;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.function.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * CALL_METHOD_DESCRIPTOR's direct calls of {@code dict.get} and {@code list.append} on an exact
 * dict or list: they are the types' own descriptors, a call site quickened for them gives the
 * general path's results, and a subclass or another method at the same site takes that path.
 */
class MethodDescriptorCallsTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private Opcode callAt(String function) {
        CodeObject code = ((PyFunction) py.get(function)).code;
        for (int pc = 0; pc < code.code.length; pc++) {
            Opcode op = Opcode.of(Opcode.opcodeOf(code.code[pc]));
            if (op.family() == Opcode.CALL) {
                return op;
            }
        }
        throw new AssertionError("no CALL in " + function);
    }

    @Test
    void theDirectCallsAreTheTypesOwnMethods() {
        assertThat(Calls.DICT_GET).isInstanceOf(PyMethodDescr.class).isSameAs(PyDict.TYPE.lookup("get"));
        assertThat(Calls.LIST_APPEND).isInstanceOf(PyMethodDescr.class).isSameAs(PyList.TYPE.lookup("append"));
    }

    @Test
    void dictGetAtAQuickenedSiteGivesTheValueOrTheDefault() {
        py.exec("def g(d, k):\n    return d.get(k, 'dflt')\n"
                + "class D(dict):\n    pass\n"
                + "class G(dict):\n    def get(self, k, d=None):\n        return ('G', k, d)\n"
                + "for _i in range(20):\n    g({1: 2}, 1)\n");
        assertThat(callAt("g")).isEqualTo(Opcode.CALL_METHOD_DESCRIPTOR);
        assertThat(py.repr("[g({1: 2, (1, 'a'): 3}, k) for k in (1, 2, (1, 'a'), 1.0, True)]"))
                .isEqualTo("[2, 'dflt', 3, 2, 2]");
        assertThat(py.repr("g(D({1: 'd'}), 1), g(D(), 1)")).isEqualTo("('d', 'dflt')");
        assertThat(py.repr("g(G(), 5)")).isEqualTo("('G', 5, 'dflt')");
        assertThat(py.raises("g({}, [])")).isEqualTo("TypeError"); // unhashable, as the general path
    }

    @Test
    void listAppendAtAQuickenedSiteAppendsAndReturnsNone() {
        py.exec("def a(xs, x):\n    return xs.append(x)\n"
                + "class L(list):\n    pass\n"
                + "class N(list):\n    def append(self, x):\n        list.append(self, -x)\n"
                + "for _i in range(20):\n    a([], 1)\n");
        assertThat(callAt("a")).isEqualTo(Opcode.CALL_METHOD_DESCRIPTOR);
        py.exec("xs = [0]\nr = a(xs, 1), a(xs, 'two')\nl = L()\na(l, 3)\nn = N()\na(n, 4)\n");
        assertThat(py.repr("r, xs")).isEqualTo("((None, None), [0, 1, 'two'])");
        assertThat(py.repr("l, type(l).__name__, n")).isEqualTo("([3], 'L', [-4])");
    }
}
