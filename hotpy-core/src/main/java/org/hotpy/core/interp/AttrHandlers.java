package org.hotpy.core.interp;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.ObjectMethods;
import org.hotpy.core.model.PyMemberDescr;
import org.hotpy.core.model.PyMethodDescr;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyInstance;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeMethods;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Descriptors;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.function.PyFunction;

/**
 * LOAD_ATTR, STORE_ATTR and LOAD_METHOD with their specialisations. Guards compare a shape (which
 * implies the type) and the type's version tag, so any change to the class — a new descriptor
 * that would shadow the instance attribute, a rebound method — fails the guard.
 *
 * <p>The instance forms are polymorphic: their cache is a chain of up to {@link #MAX_ENTRIES}
 * entries, one per shape seen, so a site that meets instances of a few classes (or a few
 * layouts of one class) stays specialised. A miss with a full chain deoptimises.
 */
final class AttrHandlers {
    private AttrHandlers() {}

    /** Shapes one polymorphic site caches before it gives up and goes generic. */
    static final int MAX_ENTRIES = 4;

    /** Cache of an instance attribute at a fixed position (or a slot member); next: other shapes. */
    record InstanceCache(Shape shape, PyType type, int version, int index, InstanceCache next) {
        /** Whether {@code inst} has this entry's shape while its class is at this entry's version. */
        boolean matches(PyInstance inst) {
            return inst.shape == shape && type.version() == version;
        }
    }

    /** Cache of a module attribute: an entry number behind the module dict's keys version. */
    record ModuleCache(PyDict dict, int keysVersion, int index) {
        /** The cached attribute of {@code obj} when it is this entry's module, unchanged; else null. */
        PyObject valueIn(PyObject obj) {
            return obj instanceof PyModule m && m.dict() == dict && dict.keysVersionIs(keysVersion)
                    ? dict.valueAt(index) : null;
        }
    }

    /** Cache of a class attribute read through the class, or a method found on the class. */
    record ClassCache(PyType type, int version, PyObject value) {
        /** Whether {@code t} is this entry's class at this entry's version. */
        boolean matches(PyObject t) {
            return t == type && type.version() == version;
        }
    }

    /** Cache of a method found on the class of instances of one shape (which lacks the name). */
    record MethodCache(Shape shape, int version, PyObject method, MethodCache next) {
        /** Whether an instance of shape {@code s} finds this entry's method (its class unchanged). */
        boolean matches(Shape s) {
            return s == shape && shape.type().version() == version;
        }
    }

    /** Cache of an attribute store: the shape before and after (the same when overwriting). */
    record StoreCache(Shape before, Shape after, int version, int index, StoreCache next) {
        /** Whether a store into {@code inst} goes as this entry says. */
        boolean matches(PyInstance inst) {
            return inst.shape == before && inst.type.version() == version;
        }
    }

    // Each specialised form is a small method whose guard and fast path the JIT inlines into the
    // dispatch loop; a failed guard deoptimises out of line.

    static PyObject loadAttrInstanceValue(CodeObject code, int pc, PyObject obj) {
        if (obj.getClass() == PyInstance.class && code.caches[pc] instanceof InstanceCache ic) {
            PyInstance inst = (PyInstance) obj;
            if (ic.matches(inst)) {
                return inst.values[ic.index()];
            }
            for (InstanceCache e = ic.next(); e != null; e = e.next()) {
                if (e.matches(inst)) {
                    return inst.values[e.index()];
                }
            }
            return loadAttrInstanceMiss(code, pc, inst, ic);
        }
        return loadAttrMiss(code, pc, obj);
    }

    /** No entry of the chain matched: add one for this shape, or go generic when that fails. */
    private static PyObject loadAttrInstanceMiss(CodeObject code, int pc, PyInstance inst, InstanceCache ic) {
        String name = nameOf(code, pc);
        InstanceCache e = instanceEntry(inst, name, live(ic));
        if (e == null) {
            return loadAttrMiss(code, pc, inst);
        }
        code.caches[pc] = e;
        return inst.values[e.index()];
    }

    /** The chain without entries whose type has changed, or {@link #FULL} when it is full. */
    private static InstanceCache live(InstanceCache ic) {
        InstanceCache kept = null;
        int n = 0;
        for (InstanceCache e = ic; e != null; e = e.next()) {
            if (e.type().version() == e.version()) {
                kept = new InstanceCache(e.shape(), e.type(), e.version(), e.index(), kept);
                n++;
            }
        }
        return n >= MAX_ENTRIES ? FULL : kept;
    }

    /** Marks a full chain (no entry is ever built on it). */
    private static final InstanceCache FULL = new InstanceCache(null, null, 0, 0, null);

    /**
     * An entry for an instance whose attribute {@code name} is a plain instance value (no data
     * descriptor on the class, default {@code __getattribute__}) chained before {@code next}, or
     * null when that is not so or the chain is {@link #FULL}.
     */
    private static InstanceCache instanceEntry(PyInstance inst, String name, InstanceCache next) {
        PyType t = inst.type;
        if (next == FULL || inst.shape == null || t.lookup(Slot.GETATTRIBUTE) != ObjectMethods.GETATTRIBUTE) {
            return null;
        }
        PyObject descr = t.lookup(name);
        int ix = inst.shape.indexOf(name);
        if (ix < 0 || (descr != null && Descriptors.isData(descr))) {
            return null;
        }
        return new InstanceCache(inst.shape, t, t.version(), ix, next);
    }

    static PyObject loadAttrSlot(CodeObject code, int pc, PyObject obj) {
        if (code.caches[pc] instanceof InstanceCache ic && obj.type() == ic.type()
                && ic.type().version() == ic.version()) {
            PyObject v = ((Instance) obj).values()[ic.index()];
            if (v != null) {
                return v;
            }
        }
        return loadAttrMiss(code, pc, obj);
    }

    static PyObject loadAttrModule(CodeObject code, int pc, PyObject obj) {
        if (code.caches[pc] instanceof ModuleCache mc) {
            PyObject v = mc.valueIn(obj);
            if (v != null) {
                return v;
            }
        }
        return loadAttrMiss(code, pc, obj);
    }

    static PyObject loadAttrClass(CodeObject code, int pc, PyObject obj) {
        if (code.caches[pc] instanceof ClassCache cc && cc.matches(obj)) {
            return cc.value();
        }
        return loadAttrMiss(code, pc, obj);
    }

    private static PyObject loadAttrMiss(CodeObject code, int pc, PyObject obj) {
        Specializer.deoptimize(code, pc);
        return loadAttr(code, pc, obj);
    }

    /** LOAD_ATTR: the full attribute protocol, counting towards specialisation. */
    static PyObject loadAttr(CodeObject code, int pc, PyObject obj) {
        String name = code.names[Opcode.argOf(code.code[pc])];
        if (Specializer.warm(code, pc)) {
            specializeLoad(code, pc, obj, name);
        }
        return Attr.get(obj, name);
    }

    private static void specializeLoad(CodeObject code, int pc, PyObject obj, String name) {
        PyType t = obj.type();
        if (obj instanceof PyModule m && t == PyModule.TYPE) {
            int ix = m.dict().findStr(name);
            if (ix >= 0) {
                code.caches[pc] = new ModuleCache(m.dict(), m.dict().keysVersion(), ix);
                Specializer.rewrite(code, pc, Opcode.LOAD_ATTR_MODULE);
            }
            return;
        }
        if (obj instanceof PyType ty && t.lookup(Slot.GETATTRIBUTE) == TypeMethods.GETATTRIBUTE) {
            PyObject metaAttr = t.lookup(name);
            PyObject attr = ty.lookup(name);
            if (attr != null && metaAttr == null && (!Descriptors.hasGet(attr) || attr instanceof PyFunction)) {
                code.caches[pc] = new ClassCache(ty, ty.version(), attr);
                Specializer.rewrite(code, pc, Opcode.LOAD_ATTR_CLASS);
            }
            return;
        }
        if (t.lookup(Slot.GETATTRIBUTE) != ObjectMethods.GETATTRIBUTE) {
            return;
        }
        PyObject descr = t.lookup(name);
        if (descr instanceof PyMemberDescr md && obj instanceof Instance) {
            code.caches[pc] = new InstanceCache(null, t, t.version(), md.index(), null);
            Specializer.rewrite(code, pc, Opcode.LOAD_ATTR_SLOT);
            return;
        }
        if (obj.getClass() == PyInstance.class) {
            InstanceCache e = instanceEntry((PyInstance) obj, name, null);
            if (e != null) {
                code.caches[pc] = e;
                Specializer.rewrite(code, pc, Opcode.LOAD_ATTR_INSTANCE_VALUE);
            }
        }
    }

    static void storeAttrInstanceValue(CodeObject code, int pc, PyObject obj, PyObject value) {
        if (obj.getClass() == PyInstance.class && code.caches[pc] instanceof StoreCache sc) {
            PyInstance inst = (PyInstance) obj;
            if (sc.matches(inst)) {
                store(inst, sc, value);
                return;
            }
            storeAttrInstanceMiss(code, pc, inst, value, sc);
            return;
        }
        Specializer.deoptimize(code, pc);
        storeAttr(code, pc, obj, value);
    }

    /** Stores {@code value} as entry {@code sc} says: its position, and the shape after. */
    static void store(PyInstance inst, StoreCache sc, PyObject value) {
        int ix = sc.index();
        if (ix >= inst.values.length) {
            inst.values = java.util.Arrays.copyOf(inst.values, sc.after().capacity() + 2);
        }
        inst.values[ix] = value;
        inst.shape = sc.after();
    }

    /** The first entry did not match: try the others, else store generically and add an entry. */
    private static void storeAttrInstanceMiss(CodeObject code, int pc, PyInstance inst, PyObject value,
                                              StoreCache first) {
        for (StoreCache e = first.next(); e != null; e = e.next()) {
            if (e.matches(inst)) {
                store(inst, e, value);
                return;
            }
        }
        Shape before = inst.shape;
        String name = nameOf(code, pc);
        StoreCache live = live(first);
        StoreCache e = before != null ? storeEntry(inst, name, before, live) : null;
        if (e == null) {
            Specializer.deoptimize(code, pc);
            Attr.set(inst, name, value);
            return;
        }
        Attr.set(inst, name, value);
        if (inst.shape == e.after()) {
            code.caches[pc] = e;
        }
    }

    /** STORE_ATTR: the full setattr protocol, counting towards specialisation. */
    static void storeAttr(CodeObject code, int pc, PyObject obj, PyObject value) {
        String name = code.names[Opcode.argOf(code.code[pc])];
        Shape before = obj.getClass() == PyInstance.class ? ((PyInstance) obj).shape : null;
        Attr.set(obj, name, value);
        if (before != null && Specializer.warm(code, pc)) {
            specializeStore(code, pc, (PyInstance) obj, name, before);
        }
    }

    private static void specializeStore(CodeObject code, int pc, PyInstance inst, String name, Shape before) {
        PyType t = inst.type;
        if (t.lookup(Slot.SETATTR) != ObjectMethods.SETATTR || inst.shape == null) {
            return;
        }
        StoreCache e = storeEntry(inst, name, before, null);
        if (e != null && e.after() == inst.shape) {
            code.caches[pc] = e;
            Specializer.rewrite(code, pc, Opcode.STORE_ATTR_INSTANCE_VALUE);
        }
    }

    /**
     * An entry for storing {@code name} into instances of shape {@code before} of the instance's
     * type: its position and the shape after the store (predicted by the shape's transition),
     * chained before {@code next}; null when the class customises setattr, has a data descriptor
     * for the name, or the chain is {@link #FULL_STORES}.
     */
    private static StoreCache storeEntry(PyInstance inst, String name, Shape before, StoreCache next) {
        PyType t = inst.type;
        if (next == FULL_STORES || t.lookup(Slot.SETATTR) != ObjectMethods.SETATTR) {
            return null;
        }
        PyObject descr = t.lookup(name);
        if (descr != null && Descriptors.isData(descr)) {
            return null;
        }
        int ix = before.indexOf(name);
        Shape after = ix >= 0 ? before : before.with(name);
        if (after == null) {
            return null;
        }
        return new StoreCache(before, after, t.version(), after.indexOf(name), next);
    }

    /** The chain without entries whose type has changed, or {@link #FULL_STORES} when it is full. */
    private static StoreCache live(StoreCache sc) {
        StoreCache kept = null;
        int n = 0;
        for (StoreCache e = sc; e != null; e = e.next()) {
            if (e.before().type().version() == e.version()) {
                kept = new StoreCache(e.before(), e.after(), e.version(), e.index(), kept);
                n++;
            }
        }
        return n >= MAX_ENTRIES ? FULL_STORES : kept;
    }

    private static final StoreCache FULL_STORES = new StoreCache(null, null, 0, 0, null);

    static int loadMethodWithValues(CodeObject code, int pc, PyObject[] s, int sp) {
        PyObject obj = s[sp - 1];
        if (code.caches[pc] instanceof MethodCache mc && obj.getClass() == PyInstance.class) {
            Shape shape = ((PyInstance) obj).shape;
            for (MethodCache e = mc; e != null; e = e.next()) {
                if (e.matches(shape)) {
                    s[sp - 1] = e.method();
                    s[sp] = obj;
                    return sp + 1;
                }
            }
            MethodCache e = methodEntry((PyInstance) obj, nameOf(code, pc), live(mc));
            if (e != null) {
                code.caches[pc] = e;
                s[sp - 1] = e.method();
                s[sp] = obj;
                return sp + 1;
            }
        }
        return loadMethodMiss(code, pc, s, sp);
    }

    /** The chain without entries whose type has changed, or {@link #FULL_METHODS} when it is full. */
    private static MethodCache live(MethodCache mc) {
        MethodCache kept = null;
        int n = 0;
        for (MethodCache e = mc; e != null; e = e.next()) {
            if (e.shape().type().version() == e.version()) {
                kept = new MethodCache(e.shape(), e.version(), e.method(), kept);
                n++;
            }
        }
        return n >= MAX_ENTRIES ? FULL_METHODS : kept;
    }

    private static final MethodCache FULL_METHODS = new MethodCache(null, 0, null, null);

    /**
     * An entry for a plain method (a function or builtin method descriptor on the class, which
     * the instance's shape does not shadow) chained before {@code next}, or null.
     */
    private static MethodCache methodEntry(PyInstance inst, String name, MethodCache next) {
        PyType t = inst.type;
        if (next == FULL_METHODS || inst.shape == null || inst.shape.indexOf(name) >= 0
                || t.lookup(Slot.GETATTRIBUTE) != ObjectMethods.GETATTRIBUTE) {
            return null;
        }
        PyObject descr = t.lookup(name);
        if (!(descr instanceof PyFunction) && !(descr instanceof PyMethodDescr)) {
            return null;
        }
        return new MethodCache(inst.shape, t.version(), descr, next);
    }

    static int loadMethodNoDict(CodeObject code, int pc, PyObject[] s, int sp) {
        PyObject obj = s[sp - 1];
        if (code.caches[pc] instanceof ClassCache cc && cc.matches(obj.type())) {
            s[sp - 1] = cc.value();
            s[sp] = obj;
            return sp + 1;
        }
        return loadMethodMiss(code, pc, s, sp);
    }

    static int loadMethodModule(CodeObject code, int pc, PyObject[] s, int sp) {
        PyObject obj = s[sp - 1];
        if (code.caches[pc] instanceof ModuleCache mc) {
            PyObject v = mc.valueIn(obj);
            if (v != null) {
                s[sp - 1] = null;
                s[sp] = v;
                return sp + 1;
            }
        }
        return loadMethodMiss(code, pc, s, sp);
    }

    static int loadMethodClass(CodeObject code, int pc, PyObject[] s, int sp) {
        PyObject obj = s[sp - 1];
        if (code.caches[pc] instanceof ClassCache cc && cc.matches(obj)) {
            s[sp - 1] = null;
            s[sp] = cc.value();
            return sp + 1;
        }
        return loadMethodMiss(code, pc, s, sp);
    }

    private static int loadMethodMiss(CodeObject code, int pc, PyObject[] s, int sp) {
        Specializer.deoptimize(code, pc);
        return loadMethod(code, pc, s, sp);
    }

    private static String nameOf(CodeObject code, int pc) {
        return code.names[Opcode.argOf(code.code[pc])];
    }

    /**
     * LOAD_METHOD: pushes {@code [method, self]} when the attribute is a plain method of the
     * type, else {@code [null, attribute]}, so CALL needs no bound-method object.
     */
    static int loadMethod(CodeObject code, int pc, PyObject[] s, int sp) {
        PyObject obj = s[sp - 1];
        String name = nameOf(code, pc);
        if (Specializer.warm(code, pc)) {
            specializeMethod(code, pc, obj, name);
        }
        PyObject[] pair = Attr.getMethod(obj, name);
        if (pair[1] != null) {
            s[sp - 1] = pair[0];
            s[sp] = pair[1];
        } else {
            s[sp - 1] = null;
            s[sp] = pair[0];
        }
        return sp + 1;
    }

    private static void specializeMethod(CodeObject code, int pc, PyObject obj, String name) {
        PyType t = obj.type();
        if (obj instanceof PyModule m && t == PyModule.TYPE) {
            int ix = m.dict().findStr(name);
            if (ix >= 0) {
                code.caches[pc] = new ModuleCache(m.dict(), m.dict().keysVersion(), ix);
                Specializer.rewrite(code, pc, Opcode.LOAD_METHOD_MODULE);
            }
            return;
        }
        if (obj instanceof PyType ty && t.lookup(Slot.GETATTRIBUTE) == TypeMethods.GETATTRIBUTE) {
            PyObject attr = ty.lookup(name);
            if (attr != null && t.lookup(name) == null && (!Descriptors.hasGet(attr) || attr instanceof PyFunction)) {
                code.caches[pc] = new ClassCache(ty, ty.version(), attr);
                Specializer.rewrite(code, pc, Opcode.LOAD_METHOD_CLASS);
            }
            return;
        }
        if (t.lookup(Slot.GETATTRIBUTE) != ObjectMethods.GETATTRIBUTE) {
            return;
        }
        PyObject descr = t.lookup(name);
        if (!(descr instanceof PyFunction) && !(descr instanceof PyMethodDescr)) {
            return;
        }
        if (obj.getClass() == PyInstance.class) {
            MethodCache e = methodEntry((PyInstance) obj, name, null);
            if (e != null) {
                code.caches[pc] = e;
                Specializer.rewrite(code, pc, Opcode.LOAD_METHOD_WITH_VALUES);
            }
        } else if (!(obj instanceof Instance) && !(obj instanceof org.hotpy.core.model.HasDict)) {
            code.caches[pc] = new ClassCache(t, t.version(), descr);
            Specializer.rewrite(code, pc, Opcode.LOAD_METHOD_NO_DICT);
        }
    }
}
