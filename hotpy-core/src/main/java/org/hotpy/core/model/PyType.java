package org.hotpy.core.model;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A Python type: name, bases, MRO, attribute dict and a <em>version tag</em> that changes
 * whenever the type or any of its bases is mutated. Inline caches and trace guards compare the
 * tag instead of re-walking the MRO.
 *
 * <p>Builtin types define their attributes lazily: the {@code definer} runs on the first
 * lookup, so start-up pays only for the types a program touches.
 */
public class PyType extends PyObject {

    /** Creates an instance of a Python subclass; supplied by the builtin base that owns the layout. */
    @FunctionalInterface
    public interface Instantiator {
        PyObject create(PyType subtype);
    }

    /**
     * Checks the arguments of a call of exactly this type before its {@code __new__} binds them:
     * for the few builtins whose CPython vectorcall words argument errors differently from their
     * {@code __new__} (which subclasses and {@code T.__new__(T, ...)} still get).
     */
    @FunctionalInterface
    public interface CallCheck {
        void check(PyObject[] args, String[] kwnames);
    }

    private static int nextVersion = 1;

    /** {@code object}: the root of every MRO. */
    public static final PyType OBJECT = new PyType("object", (PyType) null, PyObject.class);
    /** {@code type}: the metatype of builtin and most user types. */
    public static final PyType TYPE = new PyType("type", OBJECT, PyType.class);

    static {
        OBJECT.metatype = TYPE;
        OBJECT.instantiator = ModelTypeDefs.OBJECT;
        OBJECT.hasInstanceDict = false; // plain object() instances take no attributes
        OBJECT.definer = ModelTypeDefs.OBJECT;
        TYPE.definer = ModelTypeDefs.TYPE;
        TYPE.instantiator = ModelTypeDefs.TYPE;
    }

    private String name;
    private String qualname;
    private PyType metatype;
    private PyType[] bases;
    private PyType[] mro;
    /** The builtin type whose Java class holds this type's instances (CPython's solid base). */
    private PyType layoutBase;
    private final boolean builtin;
    private final Class<? extends PyObject> javaClass;
    final Map<String, PyObject> dict = new LinkedHashMap<>();
    private Consumer<TypeDef> definer;
    private volatile boolean defined;
    private int version;
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>(0);

    Instantiator instantiator;
    /** See {@link CallCheck}: null for almost every type. */
    CallCheck exactCallCheck;
    /** Instances of this type accept arbitrary attributes (they have a {@code __dict__}). */
    boolean hasInstanceDict;
    /** Subclassing this type is allowed ({@code Py_TPFLAGS_BASETYPE}). */
    boolean acceptsSubclasses = true;
    /** Number of {@code __slots__} value positions, own and inherited, at the start of the values array. */
    int slotCount;
    private int expectedCapacity;
    private String builtinModule = "builtins";
    /** A builtin type's {@code __text_signature__} (its constructor's, as {@code "(iterable=(), /)"}), or null. */
    private String textSignature;
    /** The tp_name of a class HotPy writes in Python where CPython has a C type, or null. */
    private String cTypeName;
    private Shape rootShape;

    private final PyObject[] slotCache = new PyObject[Slot.values().length];
    // Builtin types are shared by concurrently running interpreters, so the cache must be concurrent.
    private final Map<String, PyObject> lookupCache = new ConcurrentHashMap<>();

    private PyType(String name, PyType base, Class<? extends PyObject> javaClass) {
        this.name = name;
        this.qualname = name;
        this.builtin = true;
        this.javaClass = javaClass;
        this.metatype = this; // fixed up below for everything but `type` itself
        this.bases = base == null ? new PyType[0] : new PyType[] {base};
        this.layoutBase = this;
        this.version = newVersion();
        if (base == null) {
            this.mro = new PyType[] {this};
        } else {
            this.mro = new PyType[base.mro.length + 1];
            this.mro[0] = this;
            System.arraycopy(base.mro, 0, this.mro, 1, base.mro.length);
            base.addSubclass(this);
        }
    }

    /** A builtin type with several bases ({@code ExceptionGroup}); the MRO is the C3 merge. */
    private PyType(String name, PyType[] bases, Class<? extends PyObject> javaClass) {
        this.name = name;
        this.qualname = name;
        this.builtin = true;
        this.javaClass = javaClass;
        this.metatype = TYPE;
        this.bases = bases;
        this.layoutBase = this;
        this.version = newVersion();
        this.mro = Mro.compute(this, bases);
    }

    /** Declares a builtin type with several bases; the first base gives the instance layout. */
    public static PyType builtin(String name, PyType[] bases, Class<? extends PyObject> javaClass,
                                 Consumer<TypeDef> definer) {
        PyType t = new PyType(name, bases, javaClass);
        t.definer = definer;
        t.instantiator = bases[0].instantiator;
        t.hasInstanceDict = bases[0].hasInstanceDict;
        return t;
    }

    /** A user-defined (heap) type; built by {@link ClassBuilder}. */
    PyType(PyType metatype, String name, PyType[] bases, PyType[] mro, PyType layoutBase) {
        this.name = name;
        this.qualname = name;
        this.builtin = false;
        this.metatype = metatype;
        this.bases = bases;
        this.mro = mro;
        this.layoutBase = layoutBase;
        this.javaClass = layoutBase.javaClass;
        this.instantiator = layoutBase.instantiator;
        this.defined = true;
        this.version = newVersion();
        for (PyType b : bases) {
            // Builtin types are shared by every interpreter in the JVM and never change, so
            // they keep no list of user subclasses: that would leak classes across sandboxes.
            if (!b.builtin) {
                b.addSubclass(this);
            }
        }
    }

    /**
     * Declares a builtin type. {@code definer} fills the dict on first use; {@code base} is the
     * single base ({@link #OBJECT} for most).
     */
    public static PyType builtin(String name, PyType base, Class<? extends PyObject> javaClass,
                                 Consumer<TypeDef> definer) {
        PyType t = new PyType(name, base, javaClass);
        t.metatype = TYPE;
        t.definer = definer;
        t.instantiator = base.instantiator;
        t.hasInstanceDict = false;
        return t;
    }

    /** Sets how instances of Python subclasses are allocated (the layout this builtin owns). */
    public PyType withInstantiator(Instantiator instantiator) {
        this.instantiator = instantiator;
        return this;
    }

    /** Sets the check of calls of exactly this type (see {@link CallCheck}). */
    public PyType withExactCallCheck(CallCheck check) {
        this.exactCallCheck = check;
        return this;
    }

    /** Instances of this builtin carry a {@code __dict__} (exceptions, functions, modules). */
    public PyType withInstanceDict() {
        this.hasInstanceDict = true;
        return this;
    }

    /** Forbids subclassing ({@code bool}, {@code NoneType}, {@code range} …). */
    public PyType notSubclassable() {
        this.acceptsSubclasses = false;
        return this;
    }

    void setTextSignature(String params) {
        textSignature = "(" + params + ")";
    }

    /** Overrides the module name in reprs of builtin types that live in a module. */
    public PyType inModule(String module) {
        this.builtinModule = module;
        return this;
    }

    private static synchronized int newVersion() {
        return nextVersion++;
    }

    @Override
    public PyType type() {
        return metatype;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    /**
     * CPython's {@code tp_name}, the name error messages show: "module.Name" for a builtin type of
     * a module other than builtins ({@code '_io.StringIO' object is not subscriptable}), or for a
     * library class standing in for a C type ({@code 'collections.deque'}); the bare name for the
     * builtins' own types and for classes (heap types).
     */
    public String tpName() {
        if (cTypeName != null) {
            return cTypeName;
        }
        return builtin && !"builtins".equals(builtinModule) ? builtinModule + "." + name : name;
    }

    /**
     * Marks a class of HotPy's Python library as the stand-in for a C type of CPython, whose
     * {@code tp_name} (module-qualified) error messages show. Not inherited: a user's subclass
     * is a heap type with its bare name, as in CPython.
     */
    public void setCTypeName(String tpName) {
        this.cTypeName = tpName;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public Class<? extends PyObject> javaClass() {
        return javaClass;
    }

    public PyType[] bases() {
        return bases;
    }

    public PyType[] mro() {
        return mro;
    }

    public PyType base() {
        return bases.length == 0 ? null : bases[0];
    }

    public PyType layoutBase() {
        return layoutBase;
    }

    public int version() {
        return version;
    }

    public boolean hasInstanceDict() {
        return hasInstanceDict;
    }

    public boolean acceptsSubclasses() {
        return acceptsSubclasses;
    }

    public int slotCount() {
        return slotCount;
    }

    /**
     * Values-array length to allocate for a new instance: the largest shape seen so far, so that
     * instances of a class that sets the same attributes in {@code __init__} never grow.
     */
    public int expectedCapacity() {
        return expectedCapacity;
    }

    /** Records that an instance of this type needed {@code n} value positions. */
    public void noteCapacity(int n) {
        if (n > expectedCapacity) {
            expectedCapacity = Math.min(n, slotCount + Shape.MAX_ATTRIBUTES);
        }
    }

    /** The empty shape that new instances of this type start with. */
    public Shape rootShape() {
        Shape s = rootShape;
        if (s == null) {
            s = rootShape = Shape.root(this);
        }
        return s;
    }

    /** Creates a fresh instance for {@code object.__new__}-style allocation of this type. */
    public PyObject allocate() {
        return instantiator.create(this);
    }

    /** The type's own namespace, defining a builtin type's attributes first if needed. */
    public Map<String, PyObject> dict() {
        ensureDefined();
        return dict;
    }

    /** {@code __text_signature__}: a builtin type's constructor parameters, or null. */
    public String textSignature() {
        ensureDefined();
        return textSignature;
    }

    private void ensureDefined() {
        if (!defined) {
            synchronized (this) {
                if (!defined) {
                    if (definer != null) {
                        definer.accept(new TypeDef(this));
                    }
                    defined = true;
                }
            }
        }
    }

    /** {@code issubclass(this, other)} on the MRO (no {@code __subclasscheck__}). */
    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Looks {@code name} up along the MRO; null when absent. Cached until the version changes. */
    public PyObject lookup(String name) {
        PyObject r = lookupCache.get(name);
        if (r == null) {
            r = lookupUncached(name);
            lookupCache.put(name, r == null ? NotFound.INSTANCE : r);
            return r;
        }
        return r == NotFound.INSTANCE ? null : r;
    }

    private PyObject lookupUncached(String name) {
        for (PyType t : mro) {
            PyObject v = t.dict().get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The special method for {@code slot} along the MRO, or null. One array load once cached. */
    public PyObject lookup(Slot slot) {
        PyObject r = slotCache[slot.ordinal()];
        if (r == null) {
            r = lookupUncached(slot.dunder);
            slotCache[slot.ordinal()] = r == null ? NotFound.INSTANCE : r;
            return r;
        }
        return r == NotFound.INSTANCE ? null : r;
    }

    /** The type in whose dict {@code name} is found along the MRO, or null. */
    public PyType definingType(String name) {
        for (PyType t : mro) {
            if (t.dict().containsKey(name)) {
                return t;
            }
        }
        return null;
    }

    /** Stores a class attribute, bumping the version of this type and its subclasses. */
    public void setAttribute(String name, PyObject value) {
        ensureDefined();
        if (value == null) {
            dict.remove(name);
        } else {
            dict.put(name, value);
        }
        modified();
    }

    /** Completes the MRO of a class under construction: itself, then {@code tail}. */
    void setMroWithSelf(PyType[] tail) {
        PyType[] m = new PyType[tail.length + 1];
        m[0] = this;
        System.arraycopy(tail, 0, m, 1, tail.length);
        this.mro = m;
    }

    /** Looks {@code name} up along the MRO, skipping this type's own dict. */
    PyObject lookupInBases(String name) {
        for (int i = 1; i < mro.length; i++) {
            PyObject v = mro[i].dict().get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Puts a definition without version bookkeeping: only while a type is being built. */
    void putDuringDefinition(String name, PyObject value) {
        dict.put(name, value);
    }

    /** Replaces bases and MRO ({@code __bases__} assignment); the caller has validated them. */
    void setBasesAndMro(PyType[] newBases, PyType[] newMro) {
        this.bases = newBases;
        this.mro = newMro;
        modified();
    }

    /** Invalidates caches that depend on this type and on every subclass (CPython's PyType_Modified). */
    public void modified() {
        synchronized (PyType.class) {
            version = nextVersion++;
        }
        lookupCache.clear();
        java.util.Arrays.fill(slotCache, null);
        for (PyType sub : subclasses()) {
            sub.modified();
        }
    }

    private void addSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.add(new WeakReference<>(sub));
        }
    }

    /** Live direct subclasses, in creation order ({@code type.__subclasses__()}). */
    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null);
            for (WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    void removeSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null || r.get() == sub);
        }
    }

    void setMetatype(PyType metatype) {
        this.metatype = metatype;
    }

    /** The module name shown in reprs: {@code __module__} from the dict, "builtins" for builtins. */
    public String moduleName() {
        if (builtin) {
            return builtinModule;
        }
        PyObject m = dict().get("__module__");
        if (m instanceof org.hotpy.core.types.text.PyStr s) {
            return s.value();
        }
        return "builtins";
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return TypeMethods.call(this, args, kwnames);
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }

    /** Marker cached for names that are absent, so misses are cached too. */
    static final class NotFound extends PyObject {
        static final NotFound INSTANCE = new NotFound();

        @Override
        public PyType type() {
            return OBJECT;
        }
    }
}
