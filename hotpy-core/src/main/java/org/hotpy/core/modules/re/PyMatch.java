package org.hotpy.core.modules.re;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.regex.RegexMatch;
import org.hotpy.core.regex.RegexTemplate;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.GenericAliasSupport;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** {@code re.Match}: the result of a successful match. Immutable, so copies are itself. */
final class PyMatch extends PyObject {
    static final PyType TYPE = PyType.builtin("Match", PyType.OBJECT, PyMatch.class, PyMatch::define)
            .inModule("re").notSubclassable();

    private final RegexMatch m;
    private final PyPattern re;
    private final PyObject string;

    PyMatch(RegexMatch m, PyPattern re, PyObject string) {
        this.m = m;
        this.re = re;
        this.string = string;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A group given by number or name, as CPython's {@code match_getindex}. */
    private int index(PyObject g) {
        if (g instanceof PyStr name) {
            Integer n = re.pattern.groupIndex().get(name.value());
            if (n == null) {
                throw Errors.indexError("no such group");
            }
            return n;
        }
        if (!IntMath.isInt(g) && g.type().lookup("__index__") == null) {
            throw Errors.indexError("no such group");
        }
        long n = org.hotpy.core.ops.Protocols.asIndexLong(g, "no such group");
        if (n < 0 || n > m.groupCount()) {
            throw Errors.indexError("no such group");
        }
        return (int) n;
    }

    private PyObject group(PyObject g, PyObject dflt) {
        Object v = m.group(index(g));
        return v == null ? dflt : Values.py(v);
    }

    private PyObject span(int g) {
        return PyTuple.of(PyInt.of(m.start(g)), PyInt.of(m.end(g)));
    }

    private static void define(TypeDef t) {
        t.methodN("group", "*groups", (PyMatch x, PyObject[] a) -> {
            PyTuple gs = (PyTuple) a[0];
            if (gs.size() == 0) {
                return Values.py(x.m.group(0));
            }
            if (gs.size() == 1) {
                return x.group(gs.get(0), PyNone.NONE);
            }
            PyObject[] r = new PyObject[gs.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = x.group(gs.get(i), PyNone.NONE);
            }
            return PyTuple.of(r);
        });
        t.method1("__getitem__", "group, /", (PyMatch x, PyObject g) -> x.group(g, PyNone.NONE));
        t.method1("groups", "default=None", (PyMatch x, PyObject d) -> {
            PyObject[] r = new PyObject[x.m.groupCount()];
            for (int i = 0; i < r.length; i++) {
                Object v = x.m.group(i + 1);
                r[i] = v == null ? d : Values.py(v);
            }
            return PyTuple.of(r);
        });
        t.method1("groupdict", "default=None", (PyMatch x, PyObject d) -> {
            PyDict r = new PyDict();
            x.re.pattern.groupIndex().forEach((name, g) -> {
                Object v = x.m.group(g);
                r.putStr(name, v == null ? d : Values.py(v));
            });
            return r;
        });
        t.method1("start", "group=0, /", (PyMatch x, PyObject g) -> PyInt.of(x.m.start(x.index(g))));
        t.method1("end", "group=0, /", (PyMatch x, PyObject g) -> PyInt.of(x.m.end(x.index(g))));
        t.method1("span", "group=0, /", (PyMatch x, PyObject g) -> x.span(x.index(g)));
        t.method1("expand", "template", (PyMatch x, PyObject tpl) -> {
            RegexTemplate compiled = x.re.template(tpl);
            try {
                return Values.py(x.m.expand(compiled));
            } catch (RuntimeException e) {
                throw Values.translate(e);
            }
        });
        t.getter("string", (PyMatch x) -> x.string);
        t.getter("re", (PyMatch x) -> x.re);
        t.getter("pos", (PyMatch x) -> PyInt.of(x.m.pos()));
        t.getter("endpos", (PyMatch x) -> PyInt.of(x.m.endpos()));
        t.getter("lastindex", (PyMatch x) -> x.m.lastIndex() < 0 ? PyNone.NONE : PyInt.of(x.m.lastIndex()));
        t.getter("lastgroup", (PyMatch x) -> x.m.lastGroup() == null ? PyNone.NONE : PyStr.of(x.m.lastGroup()));
        t.getter("regs", (PyMatch x) -> {
            PyObject[] r = new PyObject[x.m.groupCount() + 1];
            for (int i = 0; i < r.length; i++) {
                r[i] = x.span(i);
            }
            return PyTuple.of(r);
        });
        t.method0("__repr__", (PyMatch x) -> PyStr.of(x.m.toString()));
        t.method0("__bool__", (PyMatch x) -> PyBool.TRUE);
        t.method0("__copy__", (PyMatch x) -> x);
        t.method1("__deepcopy__", "memo, /", (PyMatch x, PyObject memo) -> x);
        t.constant("__class_getitem__", GenericAliasSupport.classGetItem());
    }
}
