package org.hotpy.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;
import org.junit.jupiter.api.Test;

/**
 * A builtin method called with fewer positional arguments than parameters gets the defaults of
 * the rest, as the full binding gives them: values, null for "?", and a TypeError when a
 * parameter without a default is left out; keywords still go through the binding.
 */
class JavaMethodTest {
    private static final PyObject SELF = PyStr.of("self");

    private static PyObject args3(PyObject a, PyObject b, PyObject c) {
        return PyTuple.of(a, b, c == null ? PyStr.of("<null>") : c);
    }

    private final JavaMethod.Impl three = JavaMethod.Impl.of3("f", "a, b=5, c=?, /",
            (PyObject s, PyObject a, PyObject b, PyObject c) -> args3(a, b, c));

    private static String show(PyObject t) {
        StringBuilder sb = new StringBuilder();
        for (PyObject o : ((PyTuple) t).toArray()) {
            sb.append(o).append(' ');
        }
        return sb.toString().trim();
    }

    @Test
    void trailingDefaults() {
        PyObject one = PyInt.of(1);
        assertThat(show(three.call(SELF, new PyObject[] {one}, null, () -> "f"))).isEqualTo("1 5 <null>");
        assertThat(show(three.call(SELF, new PyObject[] {one, one}, null, () -> "f"))).isEqualTo("1 1 <null>");
        assertThat(show(three.call(SELF, new PyObject[] {one, one, one}, null, () -> "f"))).isEqualTo("1 1 1");
    }

    @Test
    void missingRequiredStillRaises() {
        assertThatThrownBy(() -> three.call(SELF, new PyObject[0], null, () -> "f")).isInstanceOf(PyException.class);
        JavaMethod.Impl gap = JavaMethod.Impl.of2("g", "a=1, b",
                (PyObject s, PyObject a, PyObject b) -> PyTuple.of(a, b));
        assertThatThrownBy(() -> gap.call(SELF, new PyObject[] {PyInt.of(2)}, null, () -> "g"))
                .isInstanceOf(PyException.class);
    }

    @Test
    void keywordsGoThroughTheBinding() {
        JavaMethod.Impl kw = JavaMethod.Impl.of2("h", "a, b=7",
                (PyObject s, PyObject a, PyObject b) -> PyTuple.of(a, b));
        PyObject r = kw.call(SELF, new PyObject[] {PyInt.of(1), PyInt.of(3)}, new String[] {"b"}, () -> "h");
        assertThat(show(r)).isEqualTo("1 3");
        assertThat(show(kw.call(SELF, new PyObject[] {PyInt.of(1)}, null, () -> "h"))).isEqualTo("1 7");
    }

    @Test
    void oneArgumentFastPathGivesTheBindingsAnswers() {
        JavaMethod.Impl get = JavaMethod.Impl.of2("get", "key, default=None, /",
                (PyObject s, PyObject a, PyObject b) -> PyTuple.of(a, b));
        assertThat(show(get.call1(SELF, PyInt.of(4), () -> "get"))).isEqualTo("4 None");
        JavaMethod.Impl optional = JavaMethod.Impl.of2("opt", "a, b=?, /",
                (PyObject s, PyObject a, PyObject b) -> PyTuple.of(a, b == null ? PyStr.of("<null>") : b));
        assertThat(show(optional.call1(SELF, PyInt.of(4), () -> "opt"))).isEqualTo("4 <null>");
        JavaMethod.Impl gap = JavaMethod.Impl.of2("g", "a=1, b",
                (PyObject s, PyObject a, PyObject b) -> PyTuple.of(a, b));
        assertThatThrownBy(() -> gap.call1(SELF, PyInt.of(2), () -> "g")).isInstanceOf(PyException.class);
        JavaMethod.Impl keywordOnly = JavaMethod.Impl.of1("k", "*, key",
                (PyObject s, PyObject a) -> a);
        assertThatThrownBy(() -> keywordOnly.call1(SELF, PyInt.of(2), () -> "k")).isInstanceOf(PyException.class)
                .hasMessageContaining("k() takes no positional arguments"); // the binding, not the body
    }

    @Test
    void simplePositionalMeansNoKeywordProcessingIsNeeded() {
        assertThat(ArgSpec.parse("a, b=1").simplePositional(0)).isFalse();
        assertThat(ArgSpec.parse("a, b=1").simplePositional(1)).isTrue();
        assertThat(ArgSpec.parse("a, b=1").simplePositional(2)).isTrue();
        assertThat(ArgSpec.parse("a, b=1").simplePositional(3)).isFalse();
        assertThat(ArgSpec.parse("").simplePositional(0)).isTrue();
        assertThat(ArgSpec.parse("*args").simplePositional(0)).isFalse();
        assertThat(ArgSpec.parse("a, **kw").simplePositional(1)).isFalse();
        assertThat(ArgSpec.parse("a, *, k=2").simplePositional(1)).isFalse();
        assertThat(ArgSpec.parse("a, /, b").simplePositional(2)).isTrue();
    }
}
