package org.hotpy.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct calls of {@link JavaMethod.Impl} ({@code call0}..{@code call3}, and {@code call}
 * with 0-3 positional arguments) give what the full binding gives: the same arguments, the same
 * defaults (null for "?"), and the same TypeError where the binding refuses the call.
 */
class JavaMethodDirectCallTest {
    private static final PyObject SELF = PyStr.of("self");
    private static final FunctionStr WHO = () -> "f";
    private static final PyObject[] ARGS = {PyInt.of(1), PyInt.of(2), PyInt.of(3), PyInt.of(4)};

    /** Every arity with and without defaults, "?", keyword-only and positional-only parameters. */
    private static JavaMethod.Impl impl(String sig) {
        ArgSpec spec = ArgSpec.parse(sig);
        int arity = spec.hasVarargs() || spec.hasVarkw() ? -1 : spec.size();
        return switch (arity) {
            case 0 -> JavaMethod.Impl.of0("f", (PyObject s) -> PyTuple.of());
            case 1 -> JavaMethod.Impl.of1("f", sig, (PyObject s, PyObject a) -> PyTuple.of(show(a)));
            case 2 -> JavaMethod.Impl.of2("f", sig, (PyObject s, PyObject a, PyObject b) -> PyTuple.of(show(a), show(b)));
            case 3 -> JavaMethod.Impl.of3("f", sig,
                    (PyObject s, PyObject a, PyObject b, PyObject c) -> PyTuple.of(show(a), show(b), show(c)));
            default -> JavaMethod.Impl.ofN("f", sig, (PyObject s, PyObject[] a) -> PyTuple.of(a));
        };
    }

    private static PyObject show(PyObject o) {
        return o == null ? PyStr.of("<null>") : o;
    }

    /** What the body gets through the binding, by arity: the reference the direct calls must match. */
    private static String bound(JavaMethod.Impl f, PyObject[] args) {
        try {
            PyObject[] a = f.spec().bind(WHO, args, null);
            PyObject[] shown = new PyObject[a.length];
            for (int i = 0; i < a.length; i++) {
                shown[i] = show(a[i]);
            }
            return f.arity < 0 ? PyTuple.of(a).toString() : PyTuple.of(shown).toString();
        } catch (PyException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String direct(JavaMethod.Impl f, int n) {
        try {
            PyObject r = switch (n) {
                case 0 -> f.call0(SELF, WHO);
                case 1 -> f.call1(SELF, ARGS[0], WHO);
                case 2 -> f.call2(SELF, ARGS[0], ARGS[1], WHO);
                case 3 -> f.call3(SELF, ARGS[0], ARGS[1], ARGS[2], WHO);
                default -> throw new IllegalArgumentException();
            };
            return r.toString();
        } catch (PyException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String generic(JavaMethod.Impl f, int n) {
        PyObject[] args = new PyObject[n];
        System.arraycopy(ARGS, 0, args, 0, n);
        try {
            return f.call(SELF, args, null, WHO).toString();
        } catch (PyException e) {
            return "error: " + e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a, /", "a=9, /", "a=?, /", "a, b=None, /", "a, b=?, /", "a=1, b=2, /",
            "a=1, b", "a, b, /", "*, a", "*, a=1", "a, *, b=2", "a, b=5, c=?, /", "a=1, b=2, c=3",
            "a, b, c=3, /", "a, b, c, /", "a, /, b=2, c=3", "*args", "a, b, c, d=4", "a, *args"})
    void directCallsBindAsTheBindingDoes(String sig) {
        JavaMethod.Impl f = impl(sig);
        for (int n = 0; n <= 3; n++) {
            PyObject[] args = new PyObject[n];
            System.arraycopy(ARGS, 0, args, 0, n);
            String expected = bound(f, args);
            assertThat(direct(f, n)).as("%s with %d arguments, direct", sig, n).isEqualTo(expected);
            assertThat(generic(f, n)).as("%s with %d arguments, generic", sig, n).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a, b=7", "a=1, b=7", "a, b=2, c=3"})
    void keywordsStillGoThroughTheBinding(String sig) {
        JavaMethod.Impl f = impl(sig);
        PyObject[] args = {PyInt.of(1), PyInt.of(8)};
        String[] kw = {"b"};
        PyObject expected = PyTuple.of(f.spec().bind(WHO, args, kw));
        PyObject r = f.call(SELF, args, kw, WHO);
        assertThat(r.toString()).isEqualTo(expected.toString());
        Throwable unknown = catchThrowable(() -> f.call(SELF, args, new String[] {"zz"}, WHO));
        assertThat(unknown).isInstanceOf(PyException.class).hasMessageContaining("zz");
    }
}
