package org.hotpy.api.pass;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hotpy.api.trace.ObjRef;

/** The records {@link RuntimeView} answers with. */
public final class RuntimeFacts {
    private RuntimeFacts() {
    }

    /**
     * Where a global name was found and under which dict versions (read together, so a guard on
     * both versions keeps the cached value right).
     *
     * @param value            the object bound to the name
     * @param fromBuiltins     found in the builtins (the globals dict lacks the name)
     * @param globalsVersion   the globals dict's version counter
     * @param builtinsVersion  the builtins dict's version counter
     */
    public record GlobalLookup(ObjRef value, boolean fromBuiltins, long globalsVersion, long builtinsVersion) {
        public GlobalLookup {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * What a global name is bound to, with per-name watches (see {@link RuntimeView#watchGlobal}).
     * A {@code guard_global_binding} on each watch keeps the value right, whatever other names of
     * the same dicts are stored.
     *
     * @param value         the object bound to the name
     * @param fromBuiltins  found in the builtins (the globals dict lacks the name)
     * @param watches       the watches to guard on: the name in the globals dict (its value, or its
     *                      absence when {@code fromBuiltins}) and, when {@code fromBuiltins}, the
     *                      name in the builtins dict; empty when {@code rebindsOften}
     * @param rebindsOften  the name's value changed under earlier watches often enough that a
     *                      constant would only deopt: leave the load generic
     */
    public record GlobalBinding(ObjRef value, boolean fromBuiltins, List<ObjRef> watches, boolean rebindsOften) {
        public GlobalBinding {
            Objects.requireNonNull(value, "value");
            watches = List.copyOf(watches);
            if (watches.isEmpty() != rebindsOften) {
                throw new IllegalArgumentException("a binding has watches exactly when it is cacheable");
            }
        }
    }

    /**
     * A Python function.
     *
     * @param code            its code object
     * @param parameterCount  positional-or-keyword parameters ({@code co_argcount})
     * @param defaults        {@code __defaults__}, for the last parameters
     * @param version         its version (changes when {@code __code__}, {@code __defaults__} ... are set)
     * @param globals         its globals dict
     * @param flags           what makes calling it more than binding positional arguments
     */
    public record FunctionInfo(ObjRef code, int parameterCount, List<ObjRef> defaults, long version, ObjRef globals,
            Set<FunctionFlag> flags) {
        public FunctionInfo {
            Objects.requireNonNull(code, "code");
            defaults = List.copyOf(defaults);
            flags = Set.copyOf(flags);
        }

        /** Only positional-or-keyword parameters, not a generator, no closure: calls bind arguments to locals. */
        public boolean isSimple() {
            return flags.isEmpty();
        }
    }

    /** Features of a function that the simple call path does not handle. */
    public enum FunctionFlag { VARARGS, VARKEYWORDS, KEYWORD_ONLY, GENERATOR, CLOSURE }

    /**
     * A code object.
     *
     * @param name        {@code co_name}
     * @param argCount    {@code co_argcount}
     * @param localCount  the number of local slots of its frame
     * @param generator   a generator, coroutine or async generator
     */
    public record CodeInfo(String name, int argCount, int localCount, boolean generator) {
    }

    /**
     * How a frame continues after the call instruction at some index returns.
     *
     * @param returnPc       the bytecode index where the caller continues
     * @param consumedSlots  how many stack slots the call pops (callable, NULL/self, arguments)
     */
    public record CallSite(int returnPc, int consumedSlots) {
    }

    /**
     * How calling a class makes an instance when that is plain ({@code object.__new__}, no metaclass
     * {@code __call__}).
     *
     * @param initialShape  the shape of a fresh instance
     * @param init          the Python {@code __init__} function, or {@code null} if it is {@code object.__init__}
     */
    public record Instantiation(ObjRef initialShape, ObjRef init) {
        public Instantiation {
            Objects.requireNonNull(initialShape, "initialShape");
        }
    }

    /** A bound method's parts. */
    public record BoundMethod(ObjRef function, ObjRef self) {
    }

    /** What a class attribute is, for attribute specialisation (CPython's descriptor rules). */
    public enum AttributeKind {
        /** A plain Python function: a non-data descriptor that binds. */
        FUNCTION,
        /** Has {@code __set__} or {@code __delete__} (property, slot member): wins over the instance dict. */
        DATA_DESCRIPTOR,
        /** Another non-data descriptor ({@code classmethod}, {@code staticmethod} ...). */
        OTHER_DESCRIPTOR,
        /** No {@code __get__}: the object itself is the attribute's value. */
        PLAIN
    }

    /** Singletons passes refer to. */
    public enum Singleton { NONE, TRUE, FALSE, NOT_IMPLEMENTED }
}
