package org.hotpy.core.interp;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyFrozenSet;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyRange;
import org.hotpy.core.types.collection.PySet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyByteArray;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/** The structural pattern matching instructions (PEP 634). */
final class MatchHandlers {
    private MatchHandlers() {}

    /** Builtins whose single positional sub-pattern matches the subject itself. */
    private static final PyType[] MATCH_SELF = {PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE,
        PyFrozenSet.TYPE, PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE};

    /** Stack: subject, class, tuple of keyword names; becomes a tuple of the attributes, or None. */
    static int matchClass(PyObject[] s, int sp, int count) {
        PyTuple names = (PyTuple) s[--sp];
        PyObject clsObj = s[--sp];
        PyObject subject = s[sp - 1];
        s[sp] = null;
        s[sp + 1] = null;
        if (!(clsObj instanceof PyType cls)) {
            throw Errors.typeError("called match pattern must be a class");
        }
        if (!Protocols.isTrue(org.hotpy.core.builtins.TypeChecks.isInstance(subject, cls))) {
            s[sp - 1] = PyNone.NONE;
            return sp;
        }
        List<PyObject> values = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        if (count > 0) {
            PyObject matchArgs = Attr.getOrNull(cls, "__match_args__");
            boolean self = false;
            if (matchArgs == null) {
                for (PyType t : MATCH_SELF) {
                    if (cls.isSubtypeOf(t) && cls.mro().length > 0) {
                        self = cls.isBuiltin() || cls.lookup("__match_args__") == null;
                    }
                }
                matchArgs = PyTuple.EMPTY;
            } else if (!(matchArgs instanceof PyTuple)) {
                throw Errors.typeError("%s.__match_args__ must be a tuple (got %s)", cls.name(), matchArgs.type().tpName());
            }
            PyTuple ma = (PyTuple) matchArgs;
            int allowed = self ? 1 : ma.size();
            if (count > allowed) {
                throw Errors.typeError("%s() accepts %d positional sub-pattern%s (%d given)", cls.name(), allowed,
                        allowed == 1 ? "" : "s", count);
            }
            if (self) {
                values.add(subject);
            } else {
                for (int i = 0; i < count; i++) {
                    PyObject n = ma.get(i);
                    if (!(n instanceof PyStr ns)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got %s)", n.type().tpName());
                    }
                    if (!attr(subject, ns.value(), values, seen, cls)) {
                        s[sp - 1] = PyNone.NONE;
                        return sp;
                    }
                }
            }
        }
        for (PyObject n : names.itemsUnsafe()) {
            if (!attr(subject, ((PyStr) n).value(), values, seen, cls)) {
                s[sp - 1] = PyNone.NONE;
                return sp;
            }
        }
        s[sp - 1] = PyTuple.of(values);
        return sp;
    }

    private static boolean attr(PyObject subject, String name, List<PyObject> values, List<String> seen, PyType cls) {
        if (seen.contains(name)) {
            throw Errors.typeError("%s() got multiple sub-patterns for attribute '%s'", cls.name(), name);
        }
        seen.add(name);
        PyObject v = Attr.getOrNull(subject, name);
        if (v == null) {
            return false;
        }
        values.add(v);
        return true;
    }

    private static boolean hasAbcBase(PyObject o, String abcName) {
        for (PyType t : o.type().mro()) {
            if (t.name().equals(abcName) && t.moduleName().equals("collections.abc")) {
                return true;
            }
        }
        PyObject registered = Attr.getOrNull(o.type(), "__hotpy_abc_" + abcName.toLowerCase() + "__");
        return registered != null && Protocols.isTrue(registered);
    }

    static boolean isMapping(PyObject o) {
        return o instanceof PyDict || hasAbcBase(o, "Mapping");
    }

    static boolean isSequence(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes || o instanceof PyByteArray) {
            return false;
        }
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyRange || hasAbcBase(o, "Sequence")
                || o.type().name().equals("deque");
    }

    /** Stack: subject, keys tuple; pushes a tuple of the values, or None if a key is missing. */
    static PyObject matchKeys(PyObject subject, PyObject keysObj) {
        PyTuple keys = (PyTuple) keysObj;
        List<PyObject> values = new ArrayList<>();
        List<PyObject> seen = new ArrayList<>();
        PyObject missing = new PyTuple(new PyObject[0]) { };
        for (PyObject k : keys.itemsUnsafe()) {
            for (PyObject x : seen) {
                if (Compare.eq(x, k)) {
                    throw Errors.valueError("mapping pattern checks duplicate key (%s)", Protocols.repr(k).value());
                }
            }
            seen.add(k);
            PyObject v = Call.callMethod(subject, "get", k, missing);
            if (v == missing) {
                return PyNone.NONE;
            }
            values.add(v);
        }
        return PyTuple.of(values);
    }
}
