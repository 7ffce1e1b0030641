package org.hotpy.passes.testing;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
import org.hotpy.api.trace.SymbolicRef;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;

/**
 * A {@link RuntimeView} over symbolic refs, set up by tests. It starts with the builtin types under
 * their Python names ({@code @int}, {@code @float}, {@code @bool}, {@code @NoneType}, {@code @str},
 * {@code @tuple}, {@code @list}, {@code @dict}, {@code @range_iterator}, {@code @list_iterator},
 * {@code @function}, {@code @builtin_function}, {@code @method}, {@code @type}) and the singletons
 * {@code @None}, {@code @True}, {@code @False}.
 */
public final class FakeRuntimeView implements RuntimeView {
    private final Map<BuiltinType, ObjRef> builtins = new EnumMap<>(BuiltinType.class);
    private final Map<ObjRef, ObjRef> typeOf = new HashMap<>();
    private final Map<ObjRef, Long> ints = new HashMap<>();
    private final Map<ObjRef, Double> floats = new HashMap<>();
    private final Map<ObjRef, Long> typeVersions = new HashMap<>();
    private final Set<ObjRef> standardAttributes = new java.util.HashSet<>();
    private final Map<ObjRef, Map<String, ObjRef>> classAttributes = new HashMap<>();
    private final Map<ObjRef, AttributeKind> attributeKinds = new HashMap<>();
    private final Map<ObjRef, List<String>> shapes = new HashMap<>();
    private final Map<List<Object>, ObjRef> transitions = new HashMap<>();
    private final Map<ObjRef, Instantiation> instantiations = new HashMap<>();
    private final Map<ObjRef, Long> dictVersions = new HashMap<>();
    private final Map<ObjRef, Map<String, ObjRef>> dicts = new HashMap<>();
    private boolean watches;
    private final Set<List<Object>> rebindsOften = new java.util.HashSet<>();
    private final Map<ObjRef, ObjRef> watchedDicts = new HashMap<>();
    private final Map<ObjRef, FunctionInfo> functions = new HashMap<>();
    private final Map<ObjRef, CodeInfo> codes = new HashMap<>();
    private final Map<ObjRef, String> calleeTraces = new HashMap<>();
    private final Map<List<Object>, CallSite> callSites = new HashMap<>();
    private final Map<ObjRef, BoundMethod> boundMethods = new HashMap<>();
    private final Map<Singleton, ObjRef> singletons = new EnumMap<>(Singleton.class);
    private final Map<ObjRef, String> builtinFunctions = new HashMap<>();

    public FakeRuntimeView() {
        builtin(BuiltinType.INT, "int");
        builtin(BuiltinType.FLOAT, "float");
        builtin(BuiltinType.BOOL, "bool");
        builtin(BuiltinType.NONE_TYPE, "NoneType");
        builtin(BuiltinType.STR, "str");
        builtin(BuiltinType.TUPLE, "tuple");
        builtin(BuiltinType.LIST, "list");
        builtin(BuiltinType.DICT, "dict");
        builtin(BuiltinType.RANGE_ITERATOR, "range_iterator");
        builtin(BuiltinType.LIST_ITERATOR, "list_iterator");
        builtin(BuiltinType.FUNCTION, "function");
        builtin(BuiltinType.BUILTIN_FUNCTION, "builtin_function");
        builtin(BuiltinType.METHOD, "method");
        builtin(BuiltinType.TYPE, "type");
        singleton(Singleton.NONE, "None", "NoneType");
        singleton(Singleton.TRUE, "True", "bool");
        singleton(Singleton.FALSE, "False", "bool");
    }

    /** The symbolic ref {@code name}. */
    public static ObjRef ref(String name) {
        return SymbolicRef.of(name);
    }

    private void builtin(BuiltinType t, String name) {
        builtins.put(t, ref(name));
        typeOf.put(ref(name), ref("type"));
    }

    private void singleton(Singleton s, String name, String type) {
        singletons.put(s, ref(name));
        typeOf.put(ref(name), ref(type));
    }

    /** The object {@code name} has exact type {@code type}. */
    public FakeRuntimeView object(String name, String type) {
        typeOf.put(ref(name), ref(type));
        return this;
    }

    /** {@code name} is an int object with value {@code v}. */
    public FakeRuntimeView intObject(String name, long v) {
        ints.put(ref(name), v);
        return object(name, "int");
    }

    /** {@code name} is a float object with value {@code v}. */
    public FakeRuntimeView floatObject(String name, double v) {
        floats.put(ref(name), v);
        return object(name, "float");
    }

    /** A user class with version {@code version}, default attribute access, and instances made plainly from {@code initialShape}. */
    public FakeRuntimeView userClass(String name, long version, String initialShape, String init) {
        typeOf.put(ref(name), ref("type"));
        typeVersions.put(ref(name), version);
        standardAttributes.add(ref(name));
        instantiations.put(ref(name), new Instantiation(ref(initialShape), init == null ? null : ref(init)));
        return this;
    }

    /** A user class whose attribute access is customised ({@code __getattr__} ...). */
    public FakeRuntimeView customClass(String name, long version) {
        typeOf.put(ref(name), ref("type"));
        typeVersions.put(ref(name), version);
        return this;
    }

    /** Class {@code cls} has attribute {@code attr} = object {@code value} of the given kind. */
    public FakeRuntimeView classAttribute(String cls, String attr, String value, AttributeKind kind) {
        classAttributes.computeIfAbsent(ref(cls), k -> new HashMap<>()).put(attr, ref(value));
        attributeKinds.put(ref(value), kind);
        return this;
    }

    /** Shape {@code name} has these attribute names in slot order. */
    public FakeRuntimeView shape(String name, String... slots) {
        shapes.put(ref(name), List.of(slots));
        return this;
    }

    /** Adding {@code attr} to shape {@code from} gives shape {@code to}. */
    public FakeRuntimeView transition(String from, String attr, String to) {
        transitions.put(List.of(ref(from), attr), ref(to));
        return this;
    }

    /** Dict {@code name} (globals or builtins) with a version and bindings {@code key, value, key, value ...}. */
    public FakeRuntimeView dict(String name, long version, String... bindings) {
        Map<String, ObjRef> m = new HashMap<>();
        for (int i = 0; i < bindings.length; i += 2) {
            m.put(bindings[i], ref(bindings[i + 1]));
        }
        dicts.put(ref(name), m);
        dictVersions.put(ref(name), version);
        return this;
    }

    /**
     * Answer {@link #watchGlobal}: the watch on present name {@code n} of dict {@code D} is
     * {@code @w_D_n}, on its absence {@code @w_D_no_n}. Without this the view has no watches.
     */
    public FakeRuntimeView watchingGlobals() {
        watches = true;
        return this;
    }

    /** Name {@code name} of dict {@code dict} was rebound under watches often (so it gets none). */
    public FakeRuntimeView rebindsOften(String dict, String name) {
        rebindsOften.add(List.of(ref(dict), name));
        return this;
    }

    /** A Python function with code {@code code} and {@code params} parameters (defaults last), version 1. */
    public FakeRuntimeView function(String name, String code, int params, String... defaults) {
        return function(name, code, params, 1, Set.of(), defaults);
    }

    /** A Python function in full. */
    public FakeRuntimeView function(String name, String code, int params, long version, Set<FunctionFlag> flags,
            String... defaults) {
        typeOf.put(ref(name), ref("function"));
        functions.put(ref(name), new FunctionInfo(ref(code), params, java.util.Arrays.stream(defaults)
                .map(FakeRuntimeView::ref).toList(), version, ref("G"), flags.isEmpty()
                ? EnumSet.noneOf(FunctionFlag.class) : EnumSet.copyOf(flags)));
        codes.put(ref(code), new CodeInfo(name, params, params + 2, flags.contains(FunctionFlag.GENERATOR)));
        return this;
    }

    /** The entry trace call inlining may splice in for {@code function}, in text form. */
    public FakeRuntimeView calleeTrace(String function, String text) {
        calleeTraces.put(ref(function), text);
        return this;
    }

    /** After the call at {@code code:pc}, the caller continues at {@code returnPc} having popped {@code consumed} slots. */
    public FakeRuntimeView callSite(String code, int pc, int returnPc, int consumed) {
        callSites.put(List.of(ref(code), pc), new CallSite(returnPc, consumed));
        return this;
    }

    /** {@code name} is the builtin function {@code pyName} ({@code @builtin_len} is {@code len}). */
    public FakeRuntimeView builtinFunction(String name, String pyName) {
        builtinFunctions.put(ref(name), pyName);
        return object(name, "builtin_function");
    }

    /** {@code name} is a bound method of {@code function} on {@code self}. */
    public FakeRuntimeView boundMethod(String name, String function, String self) {
        boundMethods.put(ref(name), new BoundMethod(ref(function), ref(self)));
        return object(name, "method");
    }

    @Override
    public Optional<ObjRef> typeOf(ObjRef object) {
        return Optional.ofNullable(typeOf.get(object));
    }

    @Override
    public Optional<ObjRef> builtinType(BuiltinType type) {
        return Optional.ofNullable(builtins.get(type));
    }

    @Override
    public Optional<BuiltinType> asBuiltin(ObjRef type) {
        return builtins.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public Optional<String> typeName(ObjRef type) {
        return typeOf.containsKey(type) ? Optional.of(type.refName()) : Optional.empty();
    }

    @Override
    public OptionalLong typeVersion(ObjRef type) {
        Long v = typeVersions.get(type);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    @Override
    public boolean hasStandardAttributes(ObjRef type) {
        return standardAttributes.contains(type);
    }

    @Override
    public Optional<ObjRef> lookupClassAttribute(ObjRef type, String name) {
        return Optional.ofNullable(classAttributes.getOrDefault(type, Map.of()).get(name));
    }

    @Override
    public Optional<AttributeKind> attributeKind(ObjRef attribute) {
        return Optional.ofNullable(attributeKinds.get(attribute));
    }

    @Override
    public OptionalInt slotIndex(ObjRef shape, String name) {
        List<String> slots = shapes.get(shape);
        int i = slots == null ? -1 : slots.indexOf(name);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    @Override
    public OptionalInt slotCount(ObjRef shape) {
        List<String> slots = shapes.get(shape);
        return slots == null ? OptionalInt.empty() : OptionalInt.of(slots.size());
    }

    @Override
    public Optional<ObjRef> shapeWithAttribute(ObjRef shape, String name) {
        return Optional.ofNullable(transitions.get(List.of(shape, name)));
    }

    @Override
    public Optional<Instantiation> instantiation(ObjRef cls) {
        return Optional.ofNullable(instantiations.get(cls));
    }

    @Override
    public OptionalLong globalsVersion(ObjRef dict) {
        Long v = dictVersions.get(dict);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    @Override
    public Optional<GlobalLookup> lookupGlobal(ObjRef globals, ObjRef builtinsDict, String name) {
        Map<String, ObjRef> g = dicts.get(globals);
        Map<String, ObjRef> b = dicts.get(builtinsDict);
        if (g == null || b == null) {
            return Optional.empty();
        }
        long gv = dictVersions.get(globals);
        long bv = dictVersions.get(builtinsDict);
        if (g.containsKey(name)) {
            return Optional.of(new GlobalLookup(g.get(name), false, gv, bv));
        }
        return b.containsKey(name) ? Optional.of(new GlobalLookup(b.get(name), true, gv, bv)) : Optional.empty();
    }

    @Override
    public Optional<GlobalBinding> watchGlobal(ObjRef globals, ObjRef builtinsDict, String name) {
        Map<String, ObjRef> g = dicts.get(globals);
        Map<String, ObjRef> b = dicts.get(builtinsDict);
        if (!watches || g == null || b == null) {
            return Optional.empty();
        }
        boolean fromBuiltins = !g.containsKey(name);
        ObjRef value = fromBuiltins ? b.get(name) : g.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (rebindsOften.contains(List.of(globals, name))
                || (fromBuiltins && rebindsOften.contains(List.of(builtinsDict, name)))) {
            return Optional.of(new GlobalBinding(value, fromBuiltins, List.of(), true));
        }
        String gn = globals.refName();
        watchedDicts.put(ref("w_" + gn + "_" + (fromBuiltins ? "no_" : "") + name), globals);
        if (fromBuiltins) {
            watchedDicts.put(ref("w_" + builtinsDict.refName() + "_" + name), builtinsDict);
        }
        return Optional.of(new GlobalBinding(value, fromBuiltins, fromBuiltins
                ? List.of(ref("w_" + gn + "_no_" + name), ref("w_" + builtinsDict.refName() + "_" + name))
                : List.of(ref("w_" + gn + "_" + name)), false));
    }

    @Override
    public Optional<ObjRef> watchedDict(ObjRef watch) {
        ObjRef d = watchedDicts.get(watch);
        String n = watch.refName();
        if (d == null && watches && n.startsWith("w_") && n.indexOf('_', 2) > 2) {
            d = ref(n.substring(2, n.indexOf('_', 2))); // @w_D_name, in a trace a test wrote
        }
        return Optional.ofNullable(d);
    }

    @Override
    public Optional<FunctionInfo> functionInfo(ObjRef function) {
        return Optional.ofNullable(functions.get(function));
    }

    @Override
    public Optional<CodeInfo> codeInfo(ObjRef code) {
        return Optional.ofNullable(codes.get(code));
    }

    @Override
    public Optional<Trace> calleeTrace(ObjRef function) {
        String text = calleeTraces.get(function);
        return text == null ? Optional.empty() : Optional.of(TraceText.parse(text));
    }

    @Override
    public Optional<CallSite> callSite(ObjRef code, int pc) {
        return Optional.ofNullable(callSites.get(List.of(code, pc)));
    }

    @Override
    public Optional<String> builtinFunctionName(ObjRef object) {
        return Optional.ofNullable(builtinFunctions.get(object));
    }

    @Override
    public Optional<BoundMethod> boundMethod(ObjRef object) {
        return Optional.ofNullable(boundMethods.get(object));
    }

    @Override
    public OptionalLong intValue(ObjRef object) {
        Long v = ints.get(object);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    @Override
    public OptionalDouble floatValue(ObjRef object) {
        Double v = floats.get(object);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    @Override
    public Optional<Boolean> boolValue(ObjRef object) {
        if (object.equals(singletons.get(Singleton.TRUE))) {
            return Optional.of(true);
        }
        return object.equals(singletons.get(Singleton.FALSE)) ? Optional.of(false) : Optional.empty();
    }

    @Override
    public Optional<ObjRef> singleton(Singleton which) {
        return Optional.ofNullable(singletons.get(which));
    }
}
