package org.hotpy.core.types.text;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.types.collection.PyIterator;

/** Iterator over the code points of a str ({@code str_ascii_iterator} / {@code str_iterator}). */
public final class StrIterator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("str_iterator", PyType.OBJECT, StrIterator.class,
            TextTypeDefs.STR_ITERATOR).notSubclassable();

    private final String s;
    private int pos;

    StrIterator(PyStr str) {
        this.s = str.value();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject next() {
        if (pos >= s.length()) {
            return null;
        }
        char c = s.charAt(pos);
        if (!Character.isHighSurrogate(c)) {
            pos++;
            return c < 128 ? PyStr.ofCodePoint(c) : PyStr.of(String.valueOf(c));
        }
        int cp = s.codePointAt(pos);
        pos += Character.charCount(cp);
        return PyStr.ofCodePoint(cp);
    }

    @Override
    public int lengthHint() {
        return s.codePointCount(pos, s.length());
    }

    static void define(TypeDef t) {
        PyIterator.defineSizedIteratorMethods(t);
    }
}
