package org.hotpy.api.pass;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Value;

/**
 * What is known at a point of a forward walk over a trace: the facts definitions and passed guards
 * prove (exact type, shape, identity, truth, integer value, version tags). Feed it each instruction
 * with {@link #learn(Instr)} after deciding about it; ask {@link #isRedundant(Instr)} before.
 *
 * <p>Facts about SSA values (identity, truth, an int's value) hold for good. Facts about mutable
 * state (a shape, a version tag, the type of an instance whose class can be reassigned) are dropped
 * at every opaque instruction, which may run arbitrary Python code, and a shape also at
 * {@code set_shape}. At a {@code label} the mutable facts are dropped too (the loop reaches it again
 * after running its body); facts about values defined before it stay true.
 */
public final class GuardFacts {
    private final RuntimeView view;
    private final Map<Value, ObjRef> types = new IdentityHashMap<>();
    private final Map<Value, ObjRef> shapes = new IdentityHashMap<>();
    private final Map<Value, ObjRef> identities = new IdentityHashMap<>();
    private final Map<Value, Boolean> truths = new IdentityHashMap<>();
    private final Map<Value, Long> ints = new IdentityHashMap<>();
    private final Map<List<Object>, Long> versions = new HashMap<>();

    /** Facts interpreted with {@code view} (for the types of constants and builtins). */
    public GuardFacts(RuntimeView view) {
        this.view = view;
    }

    /** The exact Python type of {@code v} here, if known. */
    public Optional<ObjRef> knownType(Value v) {
        if (v.isConstant() && v.kind() == Kind.OBJECT && !v.isNull()) {
            return view.typeOf(v.refValue());
        }
        ObjRef t = types.get(v);
        if (t == null && identities.containsKey(v)) {
            return view.typeOf(identities.get(v));
        }
        return Optional.ofNullable(t);
    }

    /** Whether {@code v}'s exact type is known to be the builtin {@code t}. */
    public boolean hasBuiltinType(Value v, BuiltinType t) {
        Optional<ObjRef> k = knownType(v);
        return k.isPresent() && view.isBuiltin(k.get(), t);
    }

    /** The shape of instance {@code v} here, if known. */
    public Optional<ObjRef> knownShape(Value v) {
        return Optional.ofNullable(shapes.get(v));
    }

    /** The object {@code v} is known to be (a constant or a passed {@code guard_is}). */
    public Optional<ObjRef> knownIdentity(Value v) {
        if (v.isConstant() && v.kind() == Kind.OBJECT) {
            return Optional.of(v.refValue());
        }
        return Optional.ofNullable(identities.get(v));
    }

    /** The truth of {@code BOOL} value {@code b}, if known. */
    public Optional<Boolean> knownTruth(Value b) {
        if (b.isConstant() && b.kind() == Kind.BOOL) {
            return Optional.of(b.boolValue());
        }
        return Optional.ofNullable(truths.get(b));
    }

    /** The value of {@code INT64} value {@code i}, if known. */
    public Optional<Long> knownInt(Value i) {
        if (i.isConstant() && i.kind() == Kind.INT64) {
            return Optional.of(i.longValue());
        }
        return Optional.ofNullable(ints.get(i));
    }

    /** The version last proved for ({@code op}, {@code ref}), where op is a version guard. */
    public Optional<Long> knownVersion(Op op, ObjRef ref) {
        return Optional.ofNullable(versions.get(List.of(op, ref)));
    }

    /** Whether {@code in} is a guard that must pass given the facts (so it can be removed). */
    public boolean isRedundant(Instr in) {
        return isRedundant(in.op(), in.args());
    }

    /**
     * Whether the guard {@code op} on {@code args} must pass given the facts: what
     * {@link #isRedundant(Instr)} asks, for a guard that is not (or not yet) in a trace, such as a
     * loop-body guard restated on the value a jump passes.
     */
    public boolean isRedundant(Op op, List<Value> args) {
        // Optional's methods without lambdas: the optimiser's first runs are in the JVM's interpreter,
        // on the interpreter's thread, where each lambda call site costs a bootstrap
        return switch (op) {
            case GUARD_TYPE -> refIs(knownType(args.get(0)), args.get(1));
            case GUARD_SHAPE -> refIs(knownShape(args.get(0)), args.get(1));
            case GUARD_IS -> refIs(knownIdentity(args.get(0)), args.get(1));
            case GUARD_IS_NOT -> {
                Optional<ObjRef> o = knownIdentity(args.get(0));
                yield o.isPresent() && !o.get().equals(args.get(1).refValue());
            }
            case GUARD_TRUE -> knownTruth(args.get(0)).orElse(false);
            case GUARD_FALSE -> !knownTruth(args.get(0)).orElse(true);
            case GUARD_INT_VALUE -> longIs(knownInt(args.get(0)), args.get(1));
            case GUARD_TYPE_VERSION, GUARD_GLOBALS_VERSION, GUARD_FUNCTION_VERSION ->
                    longIs(knownVersion(op, args.get(0).refValue()), args.get(1));
            case GUARD_GLOBAL_BINDING -> knownVersion(op, args.get(0).refValue()).isPresent();
            default -> false;
        };
    }

    private static boolean refIs(Optional<ObjRef> known, Value expected) {
        return known.isPresent() && known.get().equals(expected.refValue());
    }

    private static boolean longIs(Optional<Long> known, Value expected) {
        return known.isPresent() && known.get() == expected.longValue();
    }

    /** Learn what {@code in} proves once it has run (or drop what it may invalidate). */
    public void learn(Instr in) {
        if (in.isOpaque()) {
            forgetMutableFacts();
        }
        switch (in.op()) {
            case GUARD_TYPE -> types.put(in.arg(0), in.arg(1).refValue());
            case GUARD_SHAPE -> shapes.put(in.arg(0), in.arg(1).refValue());
            case SET_SHAPE -> shapes.put(in.arg(0), in.arg(1).refValue());
            case GUARD_IS -> identities.put(in.arg(0), in.arg(1).refValue());
            case GUARD_TRUE -> truths.put(in.arg(0), true);
            case GUARD_FALSE -> truths.put(in.arg(0), false);
            case GUARD_INT_VALUE -> ints.put(in.arg(0), in.arg(1).longValue());
            case GUARD_TYPE_VERSION, GUARD_GLOBALS_VERSION, GUARD_FUNCTION_VERSION ->
                    versions.put(List.of(in.op(), in.arg(0).refValue()), in.arg(1).longValue());
            case GUARD_GLOBAL_BINDING -> versions.put(List.of(in.op(), in.arg(0).refValue()), 0L);
            case NEW_INSTANCE -> {
                types.put(in.result(), in.arg(0).refValue());
                shapes.put(in.result(), in.arg(1).refValue());
            }
            case BOX_INT -> builtin(in.result(), BuiltinType.INT);
            case BOX_FLOAT -> builtin(in.result(), BuiltinType.FLOAT);
            case BOX_BOOL -> builtin(in.result(), BuiltinType.BOOL);
            case BUILD_TUPLE -> builtin(in.result(), BuiltinType.TUPLE);
            case BUILD_LIST -> builtin(in.result(), BuiltinType.LIST);
            case NEW_BOUND_METHOD -> builtin(in.result(), BuiltinType.METHOD);
            case LABEL -> forgetMutableFacts();
            default -> {
            }
        }
    }

    /**
     * Pass a {@code label}: the loop reaches it again after running {@code loopBody} (the
     * instructions between the label and the jump), so keep only the facts the body cannot
     * invalidate. A body without opaque instructions keeps versions and types; without
     * {@code set_shape} it keeps shapes too. (Plain {@link #learn} of a label forgets all mutable facts.)
     */
    public void learnLoopHeader(List<Instr> loopBody) {
        boolean opaque = false;
        boolean reshapes = false;
        for (Instr in : loopBody) {
            opaque |= in.isOpaque();
            reshapes |= in.op() == Op.SET_SHAPE;
        }
        if (opaque) {
            forgetMutableFacts();
        } else if (reshapes) {
            shapes.clear();
        }
    }

    /** Forget everything. */
    public void forgetAll() {
        types.clear();
        shapes.clear();
        identities.clear();
        truths.clear();
        ints.clear();
        versions.clear();
    }

    private void forgetMutableFacts() {
        shapes.clear();
        versions.clear();
        if (!types.isEmpty()) {
            for (java.util.Iterator<ObjRef> it = types.values().iterator(); it.hasNext();) {
                if (view.instancesMayChangeType(it.next())) {
                    it.remove();
                }
            }
        }
    }

    private void builtin(Value v, BuiltinType t) {
        Optional<ObjRef> ref = view.builtinType(t);
        if (ref.isPresent()) {
            types.put(v, ref.get());
        }
    }
}
