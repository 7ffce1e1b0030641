package org.hotpy.core.modules;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.Tracebacks;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * {@code _weakref}: weak references over {@link WeakReference}. The JVM frees objects when its
 * collector runs, not when the last reference goes as CPython's reference counting does, so a
 * referent may outlive its last Python reference until the next collection ({@code gc.collect()}
 * asks for one). Callbacks of dead references run at the next weakref operation or collection.
 */
final class WeakrefModule {
    private WeakrefModule() {}

    /** Per interpreter: the references of each referent, and the queue of dead ones. */
    static final class Registry {
        final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
        /** Referent identity -> its live references; keys are the referents' identity keys. */
        final Map<IdentityKey, List<WeakReference<PyRef>>> byReferent = new HashMap<>();
        final ReferenceQueue<PyObject> keyQueue = new ReferenceQueue<>();
    }

    private static final Map<InterpreterState, Registry> REGISTRIES = new WeakHashMap<>();

    static Registry registry(InterpreterState st) {
        synchronized (REGISTRIES) {
            return REGISTRIES.computeIfAbsent(st, k -> new Registry());
        }
    }

    /** A weak key comparing referents by identity. */
    static final class IdentityKey extends WeakReference<PyObject> {
        private final int hash;

        IdentityKey(PyObject o, ReferenceQueue<PyObject> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            PyObject mine = get();
            return other instanceof IdentityKey k && mine != null && mine == k.get();
        }
    }

    /** A lookup key for a live object (never enqueued). */
    private static IdentityKey lookupKey(PyObject o) {
        return new IdentityKey(o, null);
    }

    static PyModule create(InterpreterState st) {
        PyModule m = new PyModule("_weakref");
        m.put("ref", PyRef.TYPE);
        m.put("ReferenceType", PyRef.TYPE);
        m.put("getweakrefcount", PyBuiltinFunction.of("getweakrefcount", "object, /", a -> {
            List<WeakReference<PyRef>> refs = registry(st).byReferent.get(lookupKey(a[0]));
            return PyInt.of(refs == null ? 0 : liveRefs(refs).size());
        }).inModule(m));
        m.put("getweakrefs", PyBuiltinFunction.of("getweakrefs", "object, /", a -> {
            List<WeakReference<PyRef>> refs = registry(st).byReferent.get(lookupKey(a[0]));
            return PyList.wrap(refs == null ? new PyObject[0] : liveRefs(refs).toArray(new PyObject[0]));
        }).inModule(m));
        m.put("_remove_dead_weakref", PyBuiltinFunction.of("_remove_dead_weakref", "dict, key, /", a -> {
            PyDict d = (PyDict) a[0];
            PyObject v = d.get(a[1]);
            if (v instanceof PyRef r && r.referent() == null) {
                d.remove(a[1]);
            }
            return PyNone.NONE;
        }).inModule(m));
        m.put("_run_callbacks", PyBuiltinFunction.of("_run_callbacks", "", a -> {
            runCallbacks(st);
            return PyNone.NONE;
        }).inModule(m));
        return m;
    }

    private static List<PyRef> liveRefs(List<WeakReference<PyRef>> refs) {
        List<PyRef> out = new ArrayList<>();
        for (WeakReference<PyRef> w : refs) {
            PyRef r = w.get();
            if (r != null && r.referent() != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** Calls the callbacks of references whose referents were collected (CPython calls them at once). */
    static void runCallbacks(InterpreterState st) {
        Registry reg = registry(st);
        Reference<? extends PyObject> dead;
        while ((dead = reg.queue.poll()) != null) {
            if (dead instanceof Slot s) {
                fire(st, s.owner);
            }
        }
        while ((dead = reg.keyQueue.poll()) != null) {
            reg.byReferent.remove((IdentityKey) dead);
        }
    }

    /**
     * After a requested collection: the JVM enqueues cleared references on its own thread, later,
     * but clears them at once, so dead referents are found by looking rather than by waiting.
     * CPython calls the newest reference's callback first.
     */
    static void sweep(InterpreterState st) {
        Registry reg = registry(st);
        List<IdentityKey> gone = new ArrayList<>();
        for (Map.Entry<IdentityKey, List<WeakReference<PyRef>>> e : List.copyOf(reg.byReferent.entrySet())) {
            if (e.getKey().get() != null) {
                continue;
            }
            gone.add(e.getKey());
            List<WeakReference<PyRef>> refs = e.getValue();
            for (int i = refs.size() - 1; i >= 0; i--) {
                PyRef r = refs.get(i).get();
                if (r != null) {
                    fire(st, r);
                }
            }
        }
        gone.forEach(reg.byReferent::remove);
        runCallbacks(st);
    }

    private static void fire(InterpreterState st, PyRef ref) {
        PyObject cb = ref.callback;
        if (cb == PyNone.NONE) {
            return;
        }
        ref.callback = PyNone.NONE;
        try {
            Call.call(cb, ref);
        } catch (PyException e) {
            reportIgnored(st, cb, e);
        }
    }

    private static void reportIgnored(InterpreterState st, PyObject cb, PyException e) {
        try {
            PyObject err = st.sysModule().get("stderr");
            Call.callMethod(err, "write", PyStr.of("Exception ignored in: " + Protocols.repr(cb).value() + "\n"
                    + Tracebacks.format(e.exception())));
        } catch (RuntimeException ignored) {
            // stderr itself failed: nothing more can be reported
        }
    }

    /** CPython's rule: objects without a weak-reference slot refuse. */
    static boolean weakReferenceable(PyObject o) {
        PyType t = o.type();
        if (!t.isBuiltin()) {
            String base = t.layoutBase().name();
            return !(base.equals("int") || base.equals("tuple") || base.equals("bytes") || base.equals("bool"));
        }
        return switch (t.name()) {
            case "function", "builtin_function_or_method", "method", "type", "set", "frozenset", "module", "generator",
                 "code", "Pattern", "BytesIO", "StringIO", "TextIOWrapper", "FileIO", "BufferedReader",
                 "BufferedWriter", "BufferedRandom", "memoryview", "partial", "deque", "defaultdict", "OrderedDict",
                 "Random", "ReferenceType", "frame", "classmethod_descriptor", "method_descriptor", "coroutine" -> true;
            default -> t.isSubtypeOf(PyType.TYPE);
        };
    }

    /** The Java weak reference of a {@link PyRef}, pointing back to it for the callback. */
    static final class Slot extends WeakReference<PyObject> {
        final PyRef owner;

        Slot(PyObject referent, ReferenceQueue<PyObject> q, PyRef owner) {
            super(referent, q);
            this.owner = owner;
        }
    }

    /** {@code weakref.ref}: callable, hashable by its referent, subclassable (KeyedRef). */
    static class PyRef extends PyObject {
        static final PyType TYPE = PyType.builtin("ReferenceType", PyType.OBJECT, PyRef.class, PyRef::define)
                .inModule("weakref").withInstantiator(Derived::new);

        private Slot slot;
        PyObject callback = PyNone.NONE;
        private long hash = -1;
        private boolean hashed;

        @Override
        public PyType type() {
            return TYPE;
        }

        PyObject referent() {
            return slot == null ? null : slot.get();
        }

        void attach(PyObject referent, PyObject cb) {
            InterpreterState st = InterpreterState.current();
            Registry reg = registry(st);
            runCallbacks(st);
            this.slot = new Slot(referent, reg.queue, this);
            this.callback = cb;
            reg.byReferent.computeIfAbsent(new IdentityKey(referent, reg.keyQueue), k -> new ArrayList<>())
                    .add(new WeakReference<>(this));
        }

        private static PyObject create(PyType cls, PyObject referent, PyObject cb) {
            if (!weakReferenceable(referent)) {
                throw Errors.typeError("cannot create weak reference to '%s' object", referent.type().tpName());
            }
            if (cls == TYPE && cb == PyNone.NONE) {
                // CPython hands out one shared callback-less reference per object
                List<WeakReference<PyRef>> refs = registry(InterpreterState.current()).byReferent.get(lookupKey(referent));
                if (refs != null) {
                    for (WeakReference<PyRef> w : refs) {
                        PyRef r = w.get();
                        if (r != null && r.getClass() == PyRef.class && r.callback == PyNone.NONE && r.referent() == referent) {
                            return r;
                        }
                    }
                }
            }
            PyRef r = cls == TYPE ? new PyRef() : new Derived(cls);
            r.attach(referent, cb);
            return r;
        }

        private static void define(TypeDef t) {
            t.newMethod("ob, callback=None, /, *args, **kwargs", (cls, a) -> create(cls, a[0], a[1]));
            t.methodN("__init__", "*args, **kwargs", (PyRef r, PyObject[] a) -> PyNone.NONE);
            t.method0("__call__", (PyRef r) -> {
                PyObject o = r.referent();
                return o == null ? PyNone.NONE : o;
            });
            t.getter("__callback__", (PyRef r) -> r.callback);
            t.method0("__hash__", (PyRef r) -> {
                if (!r.hashed) {
                    PyObject o = r.referent();
                    if (o == null) {
                        throw Errors.typeError("weak object has gone away");
                    }
                    r.hash = Protocols.hash(o);
                    r.hashed = true;
                }
                return PyInt.of(r.hash);
            });
            t.binary("__eq__", (PyRef r, PyObject o) -> compare(r, o, true));
            t.binary("__ne__", (PyRef r, PyObject o) -> compare(r, o, false));
            t.method0("__repr__", (PyRef r) -> {
                PyObject o = r.referent();
                String head = "<weakref at 0x" + Protocols.idHex(r) + "; ";
                if (o == null) {
                    return PyStr.of(head + "dead>");
                }
                PyObject name = org.hotpy.core.ops.Attr.getOrNull(o, "__name__");
                return PyStr.of(head + "to '" + o.type().qualname() + "' at 0x" + Protocols.idHex(o)
                        + (name instanceof PyStr n ? " (" + n.value() + ")" : "") + ">");
            });
            t.constant("__class_getitem__", org.hotpy.core.types.function.GenericAliasSupport.classGetItem());
        }

        /** Equal when both referents are alive and equal; otherwise only to itself. */
        private static PyObject compare(PyRef r, PyObject o, boolean eq) {
            if (!(o instanceof PyRef other)) {
                return PyNotImplemented.INSTANCE;
            }
            PyObject a = r.referent();
            PyObject b = other.referent();
            boolean same = a != null && b != null ? Compare.eq(a, b) : r == other;
            return PyBool.of(eq == same);
        }
    }

    /** A Python subclass of {@code weakref.ref} (KeyedRef, WeakMethod). */
    static final class Derived extends PyRef implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.shape = type.rootShape();
            this.values = new PyObject[type.expectedCapacity()];
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType type) {
            this.type = type;
        }

        @Override
        public Shape shape() {
            return shape;
        }

        @Override
        public void setShape(Shape shape) {
            this.shape = shape;
        }

        @Override
        public PyObject[] values() {
            return values;
        }

        @Override
        public void setValues(PyObject[] values) {
            this.values = values;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public void setDict(PyDict dict) {
            this.dict = dict;
        }
    }
}
