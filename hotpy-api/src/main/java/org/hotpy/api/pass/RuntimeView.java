package org.hotpy.api.pass;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.hotpy.api.pass.RuntimeFacts.AttributeKind;
import org.hotpy.api.pass.RuntimeFacts.BoundMethod;
import org.hotpy.api.pass.RuntimeFacts.CallSite;
import org.hotpy.api.pass.RuntimeFacts.CodeInfo;
import org.hotpy.api.pass.RuntimeFacts.FunctionInfo;
import org.hotpy.api.pass.RuntimeFacts.GlobalBinding;
import org.hotpy.api.pass.RuntimeFacts.GlobalLookup;
import org.hotpy.api.pass.RuntimeFacts.Instantiation;
import org.hotpy.api.pass.RuntimeFacts.Singleton;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Trace;

/**
 * Read-only questions a pass may ask about runtime objects, answered by the core as of now (the
 * optimiser runs right after recording, on the interpreter's thread). Every answer may be
 * "unknown" ({@code Optional.empty()}, {@code false}), which must make a pass do less, never
 * something wrong; every method has such a default, so new questions can be added without breaking
 * implementations. Answers that can go stale (versions, global values, slots) must be protected by
 * the matching guard ({@code guard_type_version}, {@code guard_globals_version} or
 * {@code guard_global_binding}, {@code guard_shape},
 * {@code guard_function_version}).
 */
public interface RuntimeView {

    // ------------------------------------------------------------------ types

    /** The exact type of an object. */
    default Optional<ObjRef> typeOf(ObjRef object) {
        return Optional.empty();
    }

    /** The ref of a builtin type. */
    default Optional<ObjRef> builtinType(BuiltinType type) {
        return Optional.empty();
    }

    /** Which builtin type {@code type} is, if it is one. */
    default Optional<BuiltinType> asBuiltin(ObjRef type) {
        return Optional.empty();
    }

    /** Whether {@code type} is exactly the builtin {@code t}. */
    default boolean isBuiltin(ObjRef type, BuiltinType t) {
        return asBuiltin(type).orElse(null) == t;
    }

    /** The {@code __name__} of a type. */
    default Optional<String> typeName(ObjRef type) {
        return Optional.empty();
    }

    /** The current version tag of a type (changes when it or a base is mutated). */
    default OptionalLong typeVersion(ObjRef type) {
        return OptionalLong.empty();
    }

    /**
     * Whether an instance of {@code type} may have its {@code __class__} reassigned by Python code
     * (so a type fact about it does not survive an opaque op). True unless known to be builtin.
     */
    default boolean instancesMayChangeType(ObjRef type) {
        return asBuiltin(type).isEmpty();
    }

    // ------------------------------------------------------------------ attributes and shapes

    /**
     * Whether attribute access on instances of {@code type} follows the default rules
     * ({@code object.__getattribute__}, {@code object.__setattr__}, no {@code __getattr__}), with
     * attributes kept in a shape, so it may be specialised to shape guards and slot access.
     */
    default boolean hasStandardAttributes(ObjRef type) {
        return false;
    }

    /** The result of looking {@code name} up along {@code type}'s MRO (not the instance), as of the current version. */
    default Optional<ObjRef> lookupClassAttribute(ObjRef type, String name) {
        return Optional.empty();
    }

    /** What kind of class attribute {@code attribute} is. */
    default Optional<AttributeKind> attributeKind(ObjRef attribute) {
        return Optional.empty();
    }

    /** The slot index of attribute {@code name} in {@code shape}. */
    default OptionalInt slotIndex(ObjRef shape, String name) {
        return OptionalInt.empty();
    }

    /** The number of slots of {@code shape}. */
    default OptionalInt slotCount(ObjRef shape) {
        return OptionalInt.empty();
    }

    /** The shape an instance of {@code shape} gets when attribute {@code name} is added (its new slot is the last). */
    default Optional<ObjRef> shapeWithAttribute(ObjRef shape, String name) {
        return Optional.empty();
    }

    /** How calling class {@code cls} builds an instance, when that is plain. */
    default Optional<Instantiation> instantiation(ObjRef cls) {
        return Optional.empty();
    }

    // ------------------------------------------------------------------ globals

    /** The current version counter of a globals (or builtins) dict. */
    default OptionalLong globalsVersion(ObjRef dict) {
        return OptionalLong.empty();
    }

    /** What LOAD_GLOBAL of {@code name} finds now, with both dicts' versions read at the same time. */
    default Optional<GlobalLookup> lookupGlobal(ObjRef globals, ObjRef builtins, String name) {
        return Optional.empty();
    }

    /**
     * What LOAD_GLOBAL of {@code name} finds now, with watches that stay valid until that name's
     * binding changes (rebound to another object, deleted, or, for a builtin, shadowed by a new
     * global), unlike {@link #lookupGlobal}'s versions, which change on every store to the dict.
     * Guard each watch with {@code guard_global_binding}. Empty when the view does not watch (a
     * pass then falls back to {@link #lookupGlobal}).
     */
    default Optional<GlobalBinding> watchGlobal(ObjRef globals, ObjRef builtins, String name) {
        return Optional.empty();
    }

    /** The dict a watch from {@link #watchGlobal} is on (for a pass that meets its guard in a trace). */
    default Optional<ObjRef> watchedDict(ObjRef watch) {
        return Optional.empty();
    }

    // ------------------------------------------------------------------ functions and code

    /** What a Python function is. */
    default Optional<FunctionInfo> functionInfo(ObjRef function) {
        return Optional.empty();
    }

    /** What a code object is. */
    default Optional<CodeInfo> codeInfo(ObjRef code) {
        return Optional.empty();
    }

    /** Whether {@code code} is a generator, coroutine or async generator (unknown: false). */
    default boolean isGenerator(ObjRef code) {
        return codeInfo(code).map(CodeInfo::generator).orElse(false);
    }

    /**
     * A linear function-entry trace of {@code function}'s body (anchor {@code entry}, one parameter
     * per parameter of the function, ending in {@code return}), if the core has recorded one: what
     * call inlining splices in. Unoptimised or optimised, it must pass the verifier.
     */
    default Optional<Trace> calleeTrace(ObjRef function) {
        return Optional.empty();
    }

    /** How the frame of {@code code} continues after the call at {@code pc} returns (for inlined frames' snapshots). */
    default Optional<CallSite> callSite(ObjRef code, int pc) {
        return Optional.empty();
    }

    /** The {@code __name__} of a builtin function object ({@code "len"}), if {@code object} is one of the builtins module's functions. */
    default Optional<String> builtinFunctionName(ObjRef object) {
        return Optional.empty();
    }

    /** The function and self of a bound method object. */
    default Optional<BoundMethod> boundMethod(ObjRef object) {
        return Optional.empty();
    }

    // ------------------------------------------------------------------ values

    /** The value of an {@code int} object that fits in 64 bits (a {@code bool} is not an int here). */
    default OptionalLong intValue(ObjRef object) {
        return OptionalLong.empty();
    }

    /** The value of a {@code float} object. */
    default OptionalDouble floatValue(ObjRef object) {
        return OptionalDouble.empty();
    }

    /** The value of {@code True} or {@code False}. */
    default Optional<Boolean> boolValue(ObjRef object) {
        return Optional.empty();
    }

    /** A singleton object. */
    default Optional<ObjRef> singleton(Singleton which) {
        return Optional.empty();
    }

    /** A view that knows nothing: every pass then leaves every trace as it is. */
    static RuntimeView unknown() {
        return new RuntimeView() {
        };
    }
}
