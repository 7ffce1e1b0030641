package org.hotpy.core.trace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import org.hotpy.api.pass.BuiltinType;
import org.hotpy.api.pass.RuntimeFacts.AttributeKind;
import org.hotpy.api.pass.RuntimeFacts.BoundMethod;
import org.hotpy.api.pass.RuntimeFacts.CallSite;
import org.hotpy.api.pass.RuntimeFacts.CodeInfo;
import org.hotpy.api.pass.RuntimeFacts.FunctionFlag;
import org.hotpy.api.pass.RuntimeFacts.FunctionInfo;
import org.hotpy.api.pass.RuntimeFacts.GlobalBinding;
import org.hotpy.api.pass.RuntimeFacts.GlobalLookup;
import org.hotpy.api.pass.RuntimeFacts.Instantiation;
import org.hotpy.api.pass.RuntimeFacts.Singleton;
import org.hotpy.api.pass.RuntimeView;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Trace;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.ObjectMethods;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyNotImplemented;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.model.Slot;
import org.hotpy.core.ops.Descriptors;
import org.hotpy.core.types.collection.DictWatches;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyRange;
import org.hotpy.core.types.collection.PySet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.collection.SequenceIterator;
import org.hotpy.core.types.function.PyBoundMethod;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyComplex;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * The core's answers to the passes' questions, read from the live objects (the optimiser runs
 * right after recording, on the interpreter's thread). Every answer that can go stale is one the
 * passes protect with a guard: a type's version tag, a dict's version counter, a function's
 * version ({@link FunctionVersions}), an instance's shape.
 */
final class CoreRuntimeView implements RuntimeView {
    private static final Map<BuiltinType, PyType> BUILTINS = new EnumMap<>(BuiltinType.class);
    private static final Map<PyType, BuiltinType> BY_TYPE = new IdentityHashMap<>();

    static {
        builtin(BuiltinType.OBJECT, PyType.OBJECT);
        builtin(BuiltinType.TYPE, PyType.TYPE);
        builtin(BuiltinType.NONE_TYPE, PyNone.TYPE);
        builtin(BuiltinType.BOOL, PyBool.TYPE);
        builtin(BuiltinType.INT, PyInt.TYPE);
        builtin(BuiltinType.FLOAT, PyFloat.TYPE);
        builtin(BuiltinType.COMPLEX, PyComplex.TYPE);
        builtin(BuiltinType.STR, PyStr.TYPE);
        builtin(BuiltinType.BYTES, PyBytes.TYPE);
        builtin(BuiltinType.TUPLE, PyTuple.TYPE);
        builtin(BuiltinType.LIST, PyList.TYPE);
        builtin(BuiltinType.DICT, PyDict.TYPE);
        builtin(BuiltinType.SET, PySet.TYPE);
        builtin(BuiltinType.RANGE, PyRange.TYPE);
        builtin(BuiltinType.RANGE_ITERATOR, PyRange.RangeIterator.TYPE);
        builtin(BuiltinType.LIST_ITERATOR, SequenceIterator.OfList.TYPE);
        builtin(BuiltinType.TUPLE_ITERATOR, SequenceIterator.OfArray.TYPE);
        builtin(BuiltinType.FUNCTION, PyFunction.TYPE);
        builtin(BuiltinType.BUILTIN_FUNCTION, PyBuiltinFunction.TYPE);
        builtin(BuiltinType.METHOD, PyBoundMethod.TYPE);
        builtin(BuiltinType.CODE, CodeObject.TYPE);
        builtin(BuiltinType.MODULE, PyModule.TYPE);
    }

    private static void builtin(BuiltinType b, PyType t) {
        BUILTINS.put(b, t);
        BY_TYPE.put(t, b);
    }

    private final Tier2 tier2;

    CoreRuntimeView(Tier2 tier2) {
        this.tier2 = tier2;
    }

    // ------------------------------------------------------------------ types

    @Override
    public Optional<ObjRef> typeOf(ObjRef object) {
        PyObject o = Ref.as(object, PyObject.class);
        return o == null ? Optional.empty() : Optional.of(Ref.of(o.type()));
    }

    @Override
    public Optional<ObjRef> builtinType(BuiltinType type) {
        PyType t = BUILTINS.get(type);
        return t == null ? Optional.empty() : Optional.of(Ref.of(t));
    }

    @Override
    public Optional<BuiltinType> asBuiltin(ObjRef type) {
        PyType t = Ref.as(type, PyType.class);
        return t == null ? Optional.empty() : Optional.ofNullable(BY_TYPE.get(t));
    }

    @Override
    public Optional<String> typeName(ObjRef type) {
        PyType t = Ref.as(type, PyType.class);
        return t == null ? Optional.empty() : Optional.of(t.name());
    }

    @Override
    public OptionalLong typeVersion(ObjRef type) {
        PyType t = Ref.as(type, PyType.class);
        return t == null ? OptionalLong.empty() : OptionalLong.of(t.version());
    }

    @Override
    public boolean instancesMayChangeType(ObjRef type) {
        PyType t = Ref.as(type, PyType.class);
        return t == null || !t.isBuiltin();
    }

    // ------------------------------------------------------------------ attributes and shapes

    /** Plain attribute access on {@code PyInstance}s: object's getattribute/setattr, no __getattr__. */
    @Override
    public boolean hasStandardAttributes(ObjRef type) {
        PyType t = Ref.as(type, PyType.class);
        return t != null && isPlainInstanceType(t) && t.lookup(Slot.GETATTRIBUTE) == ObjectMethods.GETATTRIBUTE
                && t.lookup(Slot.SETATTR) == ObjectMethods.SETATTR && t.lookup(Slot.GETATTR) == null;
    }

    /** A user class whose instances are exactly {@code PyInstance} (layout base {@code object}). */
    static boolean isPlainInstanceType(PyType t) {
        return !t.isBuiltin() && t.layoutBase() == PyType.OBJECT;
    }

    @Override
    public Optional<ObjRef> lookupClassAttribute(ObjRef type, String name) {
        PyType t = Ref.as(type, PyType.class);
        PyObject a = t == null ? null : t.lookup(name);
        return a == null ? Optional.empty() : Optional.of(Ref.of(a));
    }

    @Override
    public Optional<AttributeKind> attributeKind(ObjRef attribute) {
        PyObject a = Ref.as(attribute, PyObject.class);
        if (a == null) {
            return Optional.empty();
        }
        if (a instanceof PyFunction) {
            return Optional.of(AttributeKind.FUNCTION);
        }
        if (Descriptors.isData(a)) {
            return Optional.of(AttributeKind.DATA_DESCRIPTOR);
        }
        return Optional.of(Descriptors.hasGet(a) ? AttributeKind.OTHER_DESCRIPTOR : AttributeKind.PLAIN);
    }

    @Override
    public OptionalInt slotIndex(ObjRef shape, String name) {
        Shape s = Ref.as(shape, Shape.class);
        int i = s == null ? -1 : s.indexOf(name);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    @Override
    public OptionalInt slotCount(ObjRef shape) {
        Shape s = Ref.as(shape, Shape.class);
        return s == null ? OptionalInt.empty() : OptionalInt.of(s.capacity());
    }

    @Override
    public Optional<ObjRef> shapeWithAttribute(ObjRef shape, String name) {
        Shape s = Ref.as(shape, Shape.class);
        if (s == null || !s.type().hasInstanceDict() || s.indexOf(name) >= 0) {
            return Optional.empty();
        }
        Shape next = s.with(name);
        return next == null ? Optional.empty() : Optional.of(Ref.of(next));
    }

    /**
     * Plain instantiation (CPython's {@code type.__call__} with {@code object.__new__}): metaclass
     * {@code type}, instances are {@code PyInstance}s without {@code __slots__}, not abstract, and
     * {@code __init__} is a Python function or {@code object.__init__}.
     */
    @Override
    public Optional<Instantiation> instantiation(ObjRef cls) {
        PyType t = Ref.as(cls, PyType.class);
        if (t == null || t.type() != PyType.TYPE || !isPlainInstanceType(t) || t.slotCount() != 0
                || t.lookup(Slot.NEW) != PyType.OBJECT.lookup(Slot.NEW) || t.dict().get("__abstractmethods__") != null) {
            return Optional.empty();
        }
        PyObject init = t.lookup(Slot.INIT);
        if (init == PyType.OBJECT.lookup(Slot.INIT)) {
            return Optional.of(new Instantiation(Ref.of(t.rootShape()), null));
        }
        if (init instanceof PyFunction f) {
            return Optional.of(new Instantiation(Ref.of(t.rootShape()), Ref.of(f)));
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ globals

    @Override
    public OptionalLong globalsVersion(ObjRef dict) {
        PyDict d = Ref.as(dict, PyDict.class);
        return d == null || d.getClass() != PyDict.class ? OptionalLong.empty() : OptionalLong.of(d.version());
    }

    @Override
    public Optional<GlobalLookup> lookupGlobal(ObjRef globals, ObjRef builtins, String name) {
        PyDict g = Ref.as(globals, PyDict.class);
        PyDict b = Ref.as(builtins, PyDict.class);
        if (g == null || b == null || g.getClass() != PyDict.class || b.getClass() != PyDict.class) {
            return Optional.empty();
        }
        PyObject v = g.getStr(name);
        boolean fromBuiltins = v == null;
        if (fromBuiltins) {
            v = b.getStr(name);
        }
        return v == null ? Optional.empty()
                : Optional.of(new GlobalLookup(Ref.of(v), fromBuiltins, g.version(), b.version()));
    }

    /**
     * Watches the name in the globals (its value, or its absence when it comes from the builtins)
     * and, for a builtin, in the builtins: see {@link DictWatches}. Exact dicts and str keys only,
     * as {@link #lookupGlobal}.
     */
    @Override
    public Optional<GlobalBinding> watchGlobal(ObjRef globals, ObjRef builtins, String name) {
        PyDict g = Ref.as(globals, PyDict.class);
        PyDict b = Ref.as(builtins, PyDict.class);
        if (g == null || b == null || g.getClass() != PyDict.class || b.getClass() != PyDict.class
                || !g.watches().strKeysOnly() || !b.watches().strKeysOnly()) {
            return Optional.empty();
        }
        PyObject v = g.getStr(name);
        if (v != null) {
            if (g.watches().rebindsOften(name)) {
                return Optional.of(new GlobalBinding(Ref.of(v), false, List.of(), true));
            }
            return Optional.of(new GlobalBinding(Ref.of(v), false, List.of(Ref.of(g.watchPresent(name))), false));
        }
        v = b.getStr(name);
        if (v == null) {
            return Optional.empty();
        }
        if (g.watches().rebindsOften(name) || b.watches().rebindsOften(name)) {
            return Optional.of(new GlobalBinding(Ref.of(v), true, List.of(), true));
        }
        return Optional.of(new GlobalBinding(Ref.of(v), true,
                List.of(Ref.of(g.watchAbsent(name)), Ref.of(b.watchPresent(name))), false));
    }

    @Override
    public Optional<ObjRef> watchedDict(ObjRef watch) {
        DictWatches.Binding w = Ref.as(watch, DictWatches.Binding.class);
        return w == null ? Optional.empty() : Optional.of(Ref.of(w.dict()));
    }

    // ------------------------------------------------------------------ functions and code

    @Override
    public Optional<FunctionInfo> functionInfo(ObjRef function) {
        PyFunction f = Ref.as(function, PyFunction.class);
        if (f == null) {
            return Optional.empty();
        }
        FunctionVersions.Entry e = tier2.functionVersions().current(f);
        CodeObject c = e.code();
        Set<FunctionFlag> flags = EnumSet.noneOf(FunctionFlag.class);
        if (c.hasVarargs()) {
            flags.add(FunctionFlag.VARARGS);
        }
        if (c.hasVarkeywords()) {
            flags.add(FunctionFlag.VARKEYWORDS);
        }
        if (c.kwOnlyArgCount > 0) {
            flags.add(FunctionFlag.KEYWORD_ONLY);
        }
        if (isGeneratorCode(c)) {
            flags.add(FunctionFlag.GENERATOR);
        }
        if (c.cellvars.length > 0 || c.freevars.length > 0 || f.closure != null) {
            flags.add(FunctionFlag.CLOSURE);
        }
        List<ObjRef> defaults = new ArrayList<>();
        if (e.defaults() != null) {
            for (PyObject d : e.defaults()) {
                defaults.add(Ref.of(d));
            }
        }
        return Optional.of(new FunctionInfo(Ref.of(c), c.argCount, defaults, e.version(), Ref.of(f.globals), flags));
    }

    static boolean isGeneratorCode(CodeObject c) {
        return (c.flags & (CodeObject.CO_GENERATOR | CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0;
    }

    @Override
    public Optional<CodeInfo> codeInfo(ObjRef code) {
        CodeObject c = Ref.as(code, CodeObject.class);
        return c == null ? Optional.empty()
                : Optional.of(new CodeInfo(c.name, c.argCount, c.nlocalsplus(), isGeneratorCode(c)));
    }

    @Override
    public Optional<Trace> calleeTrace(ObjRef function) {
        PyFunction f = Ref.as(function, PyFunction.class);
        return f == null ? Optional.empty() : Optional.ofNullable(tier2.calleeTrace(f));
    }

    /** A CALL (without keyword names) continues at the next instruction, having popped callable, self or NULL, and arguments. */
    @Override
    public Optional<CallSite> callSite(ObjRef code, int pc) {
        CodeObject c = Ref.as(code, CodeObject.class);
        if (c == null || pc < 0 || pc >= c.code.length) {
            return Optional.empty();
        }
        int word = c.code[pc];
        if (Opcode.of(word & 0xff).family() != Opcode.CALL || (pc > 0 && Opcode.of(c.code[pc - 1] & 0xff) == Opcode.KW_NAMES)) {
            return Optional.empty();
        }
        return Optional.of(new CallSite(pc + 1, Opcode.argOf(word) + 2));
    }

    @Override
    public Optional<String> builtinFunctionName(ObjRef object) {
        PyBuiltinFunction b = Ref.as(object, PyBuiltinFunction.class);
        if (b == null) {
            return Optional.empty();
        }
        PyObject inBuiltins = tier2.state().builtins().getStr(b.name());
        return inBuiltins == b ? Optional.of(b.name()) : Optional.empty();
    }

    @Override
    public Optional<BoundMethod> boundMethod(ObjRef object) {
        PyBoundMethod m = Ref.as(object, PyBoundMethod.class);
        return m == null ? Optional.empty() : Optional.of(new BoundMethod(Ref.of(m.function), Ref.of(m.self)));
    }

    // ------------------------------------------------------------------ values

    @Override
    public OptionalLong intValue(ObjRef object) {
        PyObject o = Ref.as(object, PyObject.class);
        return o != null && o.getClass() == PyInt.class ? OptionalLong.of(((PyInt) o).value) : OptionalLong.empty();
    }

    @Override
    public OptionalDouble floatValue(ObjRef object) {
        PyObject o = Ref.as(object, PyObject.class);
        return o != null && o.getClass() == PyFloat.class ? OptionalDouble.of(((PyFloat) o).value)
                : OptionalDouble.empty();
    }

    @Override
    public Optional<Boolean> boolValue(ObjRef object) {
        PyObject o = Ref.as(object, PyObject.class);
        return o == PyBool.TRUE ? Optional.of(true) : o == PyBool.FALSE ? Optional.of(false) : Optional.empty();
    }

    @Override
    public Optional<ObjRef> singleton(Singleton which) {
        return Optional.of(Ref.of(switch (which) {
            case NONE -> PyNone.NONE;
            case TRUE -> PyBool.TRUE;
            case FALSE -> PyBool.FALSE;
            case NOT_IMPLEMENTED -> PyNotImplemented.INSTANCE;
        }));
    }
}
