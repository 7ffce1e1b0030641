package org.hotpy.core.modules.re;

import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.regex.RegexMatch;
import org.hotpy.core.regex.RegexScanner;

/** CPython's {@code _sre.SRE_Scanner}: {@code pattern.scanner(string)}. */
final class PyScanner extends PyObject {
    static final PyType TYPE = PyType.builtin("SRE_Scanner", PyType.OBJECT, PyScanner.class, PyScanner::define)
            .inModule("_sre").notSubclassable();

    private final PyPattern pattern;
    private final PyObject string;
    private final RegexScanner scanner;

    PyScanner(PyPattern pattern, PyObject string, RegexScanner scanner) {
        this.pattern = pattern;
        this.string = string;
        this.scanner = scanner;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next(boolean search) {
        RegexMatch m;
        try {
            m = search ? scanner.search() : scanner.match();
        } catch (RuntimeException e) {
            throw Values.translate(e);
        }
        return m == null ? PyNone.NONE : new PyMatch(m, pattern, string);
    }

    private static void define(TypeDef t) {
        t.method0("match", (PyScanner s) -> s.next(false));
        t.method0("search", (PyScanner s) -> s.next(true));
        t.getter("pattern", (PyScanner s) -> s.pattern);
    }
}
