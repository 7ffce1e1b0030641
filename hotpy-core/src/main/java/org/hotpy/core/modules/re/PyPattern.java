package org.hotpy.core.modules.re;

import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Call;
import org.hotpy.core.regex.RegexMatch;
import org.hotpy.core.regex.RegexPattern;
import org.hotpy.core.regex.RegexScanner;
import org.hotpy.core.regex.RegexSubject;
import org.hotpy.core.regex.RegexTemplate;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyIterator;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.GenericAliasSupport;
import org.hotpy.core.types.function.PyMappingProxy;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyByteArray;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/** {@code re.Pattern}: a compiled regular expression. Immutable, so copies are itself. */
final class PyPattern extends PyObject {
    static final PyType TYPE = PyType.builtin("Pattern", PyType.OBJECT, PyPattern.class, PyPattern::define)
            .inModule("re").notSubclassable();

    final RegexPattern pattern;
    /** The pattern argument as given (str or bytes). */
    private final PyObject source;
    /** Compiled replacement templates by repl string, as CPython's _compile_repl cache. */
    private java.util.Map<Object, RegexTemplate> templates;

    PyPattern(RegexPattern pattern, PyObject source) {
        this.pattern = pattern;
        this.source = source;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The engine's compiled template for {@code repl}, parsed once per pattern. */
    RegexTemplate template(PyObject repl) {
        if (templates == null) {
            templates = new java.util.HashMap<>();
        }
        Object key = repl instanceof PyStr s ? s.value() : java.util.Arrays.asList(boxed(PyBytes.bytesLike(repl, "sub")));
        RegexTemplate t = templates.get(key);
        if (t == null) {
            try {
                t = repl instanceof PyStr s ? pattern.template(s.value()) : pattern.template(PyBytes.bytesLike(repl, "sub"));
            } catch (RuntimeException e) {
                throw Values.translate(e);
            }
            Values.warn(t.warnings(), 1);
            if (templates.size() < 512) {
                templates.put(key, t);
            }
        }
        return t;
    }

    private static Byte[] boxed(byte[] b) {
        Byte[] r = new Byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[i];
        }
        return r;
    }

    PyObject match(PyObject string, PyObject pos, PyObject endpos, int kind) {
        RegexSubject s = Values.subject(string);
        int p = Values.index(pos);
        int e = endpos == PyNone.NONE ? Integer.MAX_VALUE : Values.index(endpos);
        RegexMatch m;
        try {
            m = switch (kind) {
                case 0 -> pattern.match(s, p, e);
                case 1 -> pattern.fullmatch(s, p, e);
                default -> pattern.search(s, p, e);
            };
        } catch (RuntimeException ex) {
            throw Values.translate(ex);
        }
        return m == null ? PyNone.NONE : new PyMatch(m, this, string);
    }

    PyObject findall(PyObject string, PyObject pos, PyObject endpos) {
        RegexSubject s = Values.subject(string);
        int e = endpos == PyNone.NONE ? Integer.MAX_VALUE : Values.index(endpos);
        List<Object> found;
        try {
            found = pattern.findall(s, Values.index(pos), e);
        } catch (RuntimeException ex) {
            throw Values.translate(ex);
        }
        PyObject[] items = new PyObject[found.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = Values.py(found.get(i));
        }
        return PyList.wrap(items);
    }

    PyObject split(PyObject string, PyObject maxsplit) {
        RegexSubject s = Values.subject(string);
        List<Object> parts;
        try {
            parts = pattern.split(s, Values.index(maxsplit));
        } catch (RuntimeException ex) {
            throw Values.translate(ex);
        }
        PyObject[] items = new PyObject[parts.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = Values.py(parts.get(i));
        }
        return PyList.wrap(items);
    }

    /** {@code subn}: (new string, count). */
    PyTuple subn(PyObject repl, PyObject string, PyObject count) {
        RegexSubject s = Values.subject(string);
        int n = Values.index(count);
        RegexPattern.SubResult r;
        try {
            if (repl instanceof PyStr || repl instanceof PyBytes || repl instanceof PyByteArray) {
                r = pattern.subn(template(repl), s, n);
            } else if (Call.callableOrNull(repl) != null) {
                r = pattern.subn(m -> Values.java(Call.call(repl, new PyMatch(m, this, string))), s, n);
            } else {
                throw Errors.typeError("decoding to str: need a bytes-like object, %s found", repl.type().tpName());
            }
        } catch (RuntimeException ex) {
            if (ex instanceof org.hotpy.core.errors.PyException) {
                throw ex;
            }
            throw Values.translate(ex);
        }
        return PyTuple.of(Values.py(r.result()), PyInt.of(r.count()));
    }

    private static void define(TypeDef t) {
        t.method3("match", "string, pos=0, endpos=None", (PyPattern p, PyObject s, PyObject a, PyObject b) ->
                p.match(s, a, b, 0));
        t.method3("fullmatch", "string, pos=0, endpos=None", (PyPattern p, PyObject s, PyObject a, PyObject b) ->
                p.match(s, a, b, 1));
        t.method3("search", "string, pos=0, endpos=None", (PyPattern p, PyObject s, PyObject a, PyObject b) ->
                p.match(s, a, b, 2));
        t.method3("findall", "string, pos=0, endpos=None", PyPattern::findall);
        t.method3("finditer", "string, pos=0, endpos=None", (PyPattern p, PyObject s, PyObject a, PyObject b) ->
                new MatchIterator(p, s, p.scanner(s, a, b)));
        t.method3("scanner", "string, pos=0, endpos=None", (PyPattern p, PyObject s, PyObject a, PyObject b) ->
                new PyScanner(p, s, p.scanner(s, a, b)));
        t.method2("split", "string, maxsplit=0", PyPattern::split);
        t.method3("sub", "repl, string, count=0", (PyPattern p, PyObject r, PyObject s, PyObject c) ->
                p.subn(r, s, c).get(0));
        t.method3("subn", "repl, string, count=0", PyPattern::subn);
        t.getter("pattern", (PyPattern p) -> p.source);
        t.getter("flags", (PyPattern p) -> PyInt.of(p.pattern.flags()));
        t.getter("groups", (PyPattern p) -> PyInt.of(p.pattern.groups()));
        t.getter("groupindex", (PyPattern p) -> {
            PyDict d = new PyDict();
            p.pattern.groupIndex().forEach((k, v) -> d.putStr(k, PyInt.of(v)));
            return new PyMappingProxy(d);
        });
        t.method0("__repr__", (PyPattern p) -> PyStr.of(p.pattern.toString()));
        t.method1("__eq__", "other, /", (PyPattern p, PyObject o) ->
                o instanceof PyPattern q ? PyBool.of(p.pattern.equals(q.pattern))
                        : org.hotpy.core.model.PyNotImplemented.INSTANCE);
        t.method0("__hash__", (PyPattern p) -> PyInt.of(p.pattern.hashCode()));
        t.method0("__copy__", (PyPattern p) -> p);
        t.method1("__deepcopy__", "memo, /", (PyPattern p, PyObject memo) -> p);
        t.method0("__reduce__", (PyPattern p) -> {
            PyObject compile = org.hotpy.core.ops.Attr.get(
                    org.hotpy.core.interp.InterpreterState.current().imports().importAbsolute("re"), "_compile");
            return PyTuple.of(compile, PyTuple.of(p.source, PyInt.of(p.pattern.flags())));
        });
        t.constant("__class_getitem__", GenericAliasSupport.classGetItem());
    }

    RegexScanner scanner(PyObject string, PyObject pos, PyObject endpos) {
        RegexSubject s = Values.subject(string);
        int e = endpos == PyNone.NONE ? Integer.MAX_VALUE : Values.index(endpos);
        try {
            return pattern.scanner(s, Values.index(pos), e);
        } catch (RuntimeException ex) {
            throw Values.translate(ex);
        }
    }

    /** What {@code finditer} returns: the scanner's successive searches. */
    static final class MatchIterator extends PyIterator {
        static final PyType TYPE = PyType.builtin("callable_iterator", PyType.OBJECT, MatchIterator.class,
                PyIterator::defineIteratorMethods).notSubclassable();

        private final PyPattern owner;
        private final PyObject string;
        private final RegexScanner scanner;

        MatchIterator(PyPattern owner, PyObject string, RegexScanner scanner) {
            this.owner = owner;
            this.string = string;
            this.scanner = scanner;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject next() {
            RegexMatch m;
            try {
                m = scanner.search();
            } catch (RuntimeException ex) {
                throw Values.translate(ex);
            }
            return m == null ? null : new PyMatch(m, owner, string);
        }
    }
}
