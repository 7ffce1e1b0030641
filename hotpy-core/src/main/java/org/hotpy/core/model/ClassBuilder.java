package org.hotpy.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Descriptors;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyCell;
import org.hotpy.core.types.function.PyClassMethod;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.function.PyStaticMethod;
import org.hotpy.core.types.text.PyStr;

/**
 * {@code type.__new__(meta, name, bases, namespace)}: creates a user class. Chooses the
 * metaclass and the instance layout, computes the MRO, lays out {@code __slots__}, and runs
 * {@code __set_name__} and {@code __init_subclass__} as CPython's type_new does.
 */
public final class ClassBuilder {
    private ClassBuilder() {}

    public static PyType build(PyType meta, String name, PyObject[] basesIn, PyDict ns, PyDict kwargs) {
        PyType[] bases = checkBases(basesIn);
        PyType winner = winnerMeta(meta, bases);
        PyType layout = layoutBase(bases);
        PyType[] mroTail = Mro.tail(bases);

        PyType type = new PyType(winner, name, bases, null, layout);
        type.setMroWithSelf(mroTail);
        for (PyType b : bases) {
            type.hasInstanceDict |= b.hasInstanceDict;
        }
        int inheritedSlots = 0;
        for (PyType b : bases) {
            inheritedSlots = Math.max(inheritedSlots, b.slotCount);
        }
        type.slotCount = inheritedSlots;
        copyNamespace(type, ns);
        PyObject slots = ns.getStr("__slots__");
        if (slots == null) {
            type.hasInstanceDict = true;
        } else {
            layoutSlots(type, slots);
        }
        type.noteCapacity(type.slotCount);
        addDictDescriptors(type);
        setAttributes(type, name, ns);
        PyObject cell = ns.getStr("__classcell__");
        if (cell instanceof PyCell c) {
            c.value = type;
            type.dict.remove("__classcell__");
        }
        callSetName(type);
        initSubclass(type, kwargs);
        return type;
    }

    static PyType[] checkBases(PyObject[] basesIn) {
        if (basesIn.length == 0) {
            return new PyType[] {PyType.OBJECT};
        }
        PyType[] bases = new PyType[basesIn.length];
        for (int i = 0; i < basesIn.length; i++) {
            if (!(basesIn[i] instanceof PyType b)) {
                throw Errors.typeError("bases must be types");
            }
            if (!b.acceptsSubclasses) {
                throw Errors.typeError("type '%s' is not an acceptable base type", b.name());
            }
            for (int j = 0; j < i; j++) {
                if (bases[j] == b) {
                    throw Errors.typeError("duplicate base class %s", b.name());
                }
            }
            bases[i] = b;
        }
        return bases;
    }

    /** The most derived metaclass among {@code meta} and the bases' metaclasses. */
    public static PyType winnerMeta(PyType meta, PyType[] bases) {
        PyType winner = meta;
        for (PyType b : bases) {
            PyType t = b.type();
            if (winner.isSubtypeOf(t)) {
                continue;
            }
            if (t.isSubtypeOf(winner)) {
                winner = t;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static PyType layoutBase(PyType[] bases) {
        PyType best = null;
        PyType bestSlotted = null;
        for (PyType b : bases) {
            PyType l = b.layoutBase();
            if (best == null || l.isSubtypeOf(best)) {
                best = l;
            } else if (!best.isSubtypeOf(l)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
            if (b.slotCount > 0) {
                PyType s = slottedRoot(b);
                if (bestSlotted == null || s.isSubtypeOf(bestSlotted)) {
                    bestSlotted = s;
                } else if (!bestSlotted.isSubtypeOf(s)) {
                    throw Errors.typeError("multiple bases have instance lay-out conflict");
                }
            }
        }
        return best;
    }

    /** The most derived class on {@code b}'s base chain that introduced slots. */
    private static PyType slottedRoot(PyType b) {
        PyType t = b;
        while (t.base() != null && t.base().slotCount == t.slotCount) {
            t = t.base();
        }
        return t;
    }

    private static void copyNamespace(PyType type, PyDict ns) {
        for (PyObject[] kv : ns.itemsSnapshot()) {
            if (!(kv[0] instanceof PyStr k)) {
                throw Errors.typeError("HotPy class namespaces need str keys, not %s", kv[0].type().tpName());
            }
            PyObject v = kv[1];
            String key = k.value();
            if (key.equals("__new__") && v instanceof PyFunction) {
                v = new PyStaticMethod(v);
            } else if ((key.equals("__init_subclass__") || key.equals("__class_getitem__")) && v instanceof PyFunction) {
                v = new PyClassMethod(v);
            }
            type.dict.put(key, v);
        }
        // A class that defines __eq__ but not __hash__ has unhashable instances (CPython's type_new).
        if (type.dict.containsKey("__eq__") && !type.dict.containsKey("__hash__")) {
            type.dict.put("__hash__", PyNone.NONE);
        }
    }

    private static void layoutSlots(PyType type, PyObject slots) {
        List<String> names = new ArrayList<>();
        if (slots instanceof PyStr s) {
            names.add(s.value());
        } else {
            Iteration.forEach(slots, n -> {
                if (!(n instanceof PyStr s)) {
                    throw Errors.typeError("__slots__ items must be strings, not '%s'", n.type().tpName());
                }
                names.add(s.value());
            });
        }
        for (String n : names) {
            if (n.equals("__dict__")) {
                type.hasInstanceDict = true;
                continue;
            }
            if (n.equals("__weakref__")) {
                continue;
            }
            if (!org.hotpy.core.types.text.StrCase.isIdentifierText(n)) {
                throw Errors.typeError("__slots__ must be identifiers");
            }
            if (type.dict.containsKey(n)) {
                throw Errors.valueError("'%s' in __slots__ conflicts with class variable", n);
            }
            String mangled = mangle(type.name(), n);
            type.dict.put(mangled, new PyMemberDescr(type, mangled, type.slotCount++));
        }
    }

    /** Private-name mangling of {@code __x} inside class {@code cls}, as the compiler does. */
    public static String mangle(String cls, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String c = cls;
        int i = 0;
        while (i < c.length() && c.charAt(i) == '_') {
            i++;
        }
        if (i == c.length()) {
            return name;
        }
        return "_" + c.substring(i) + name;
    }

    private static void addDictDescriptors(PyType type) {
        if (type.hasInstanceDict && type.lookupInBases("__dict__") == null) {
            type.dict.put("__dict__", new PyGetSetDescr(type, "__dict__", Attribute.DICT, Attribute.DICT));
        }
        if (type.lookupInBases("__weakref__") == null && !type.dict.containsKey("__weakref__")) {
            type.dict.put("__weakref__", new PyGetSetDescr(type, "__weakref__", Attribute.WEAKREF, null));
        }
    }

    /** The {@code __dict__} and {@code __weakref__} of a class's instances: an enum, so a class statement links no lambda. */
    private enum Attribute implements JavaMethod.M0<PyObject>, JavaMethod.Setter<PyObject> {
        DICT, WEAKREF;

        @Override
        public PyObject call(PyObject self) {
            return this == DICT ? instanceDict(self) : PyNone.NONE;
        }

        @Override
        public void set(PyObject self, PyObject value) {
            setInstanceDict(self, value); // WEAKREF has no setter
        }
    }

    /** {@code obj.__dict__} of an instance of a class with instance dicts (also used by builtin types that have one). */
    public static PyObject instanceDict(PyObject self) {
        if (self instanceof Instance inst) {
            return InstanceAttrs.dict(inst);
        }
        if (self instanceof HasDict hd) {
            return hd.getDict();
        }
        throw Errors.attributeError(self, "__dict__", "'%s' object has no attribute '__dict__'", self.type().tpName());
    }

    private static void setInstanceDict(PyObject self, PyObject value) {
        if (!(value instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'",
                    value == null ? "NoneType" : value.type().tpName());
        }
        if (self instanceof Instance inst) {
            InstanceAttrs.replaceDict(inst, d);
        } else if (self instanceof HasDict hd) {
            hd.setDict(d);
        }
    }

    private static void setAttributes(PyType type, String name, PyDict ns) {
        PyObject qual = ns.getStr("__qualname__");
        if (qual != null) {
            if (!(qual instanceof PyStr q)) {
                throw Errors.typeError("type __qualname__ must be a str, not %s", qual.type().tpName());
            }
            type.setQualname(q.value());
            type.dict.remove("__qualname__");
        }
        if (!type.dict.containsKey("__module__")) {
            InterpreterState st = InterpreterState.currentOrNull();
            PyObject mod = st == null ? null : st.callerGlobalName();
            if (mod != null) {
                type.dict.put("__module__", mod);
            }
        }
        if (!type.dict.containsKey("__doc__")) {
            type.dict.put("__doc__", PyNone.NONE);
        }
    }

    private static void callSetName(PyType type) {
        for (Map.Entry<String, PyObject> e : new ArrayList<>(type.dict.entrySet())) {
            PyObject v = e.getValue();
            PyObject setName = v.type().lookup(Slot.SET_NAME);
            if (setName != null) {
                try {
                    Call.callSpecial(setName, v, new PyObject[] {type, PyStr.of(e.getKey())});
                } catch (org.hotpy.core.errors.PyException x) {
                    // CPython 3.11 wraps the error: RuntimeError from the original cause
                    org.hotpy.core.errors.PyException r = org.hotpy.core.errors.Errors.runtimeError(
                            "Error calling __set_name__ on '%s' instance '%s' in '%s'", v.type().tpName(), e.getKey(),
                            type.name());
                    r.exception().setCause(x.exception());
                    throw r;
                }
            }
        }
    }

    private static void initSubclass(PyType type, PyDict kwargs) {
        PyType[] mro = type.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject f = mro[i].dict().get("__init_subclass__");
            if (f != null) {
                // super(type, type).__init_subclass__: class methods bind to the new class itself
                PyObject bound = f instanceof PyClassMethod cm ? cm.bind(type, type)
                        : f instanceof PyClassMethodDescr d ? d.bind(type, type)
                        : Descriptors.hasGet(f) ? Descriptors.getFromType(f, type) : f;
                if (kwargs == null || kwargs.size() == 0) {
                    Call.call(bound);
                } else {
                    Call.callWithTupleDict(bound, PyTuple.EMPTY, kwargs);
                }
                return;
            }
        }
    }
}
