package org.hotpy.api.trace;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every trace op, in one table: its family, operand signature, result kind, immediate kind and
 * effect flags. The executor switches on {@link #ordinal()}; passes ask the flags.
 *
 * <p><b>Operand signatures</b> are strings of one letter per operand: {@code p i f b} (a value of
 * that {@link Kind}), {@code P I F B} (a <em>constant</em> of that kind), {@code x} (any kind);
 * a trailing {@code *} repeats the letter before it zero or more times.
 *
 * <p><b>Flags.</b> A <em>guard</em> leaves the trace through its {@link Snapshot} when its
 * condition fails: tier 1 resumes at the snapshot's bytecode index and re-executes the instruction
 * the guard protects. An op that <em>raises</em> may throw a Python exception: the executor rebuilds
 * the frames from its snapshot and tier 1 raises the exception at that index. An <em>opaque</em> op
 * may run arbitrary Python code, so any heap state, type, shape or global may change across it and
 * every object operand escapes. Ops with neither effect nor allocation are <em>pure</em>: their
 * result depends on their operands alone, so they may be folded, shared and removed when unused.
 *
 * <p>A precondition stated as "must" (for example, the operand of {@link #UNBOX_FLOAT} must be an
 * exact float) is established by an earlier guard; the verifier cannot check it, and the executor
 * may fail with an internal error when it does not hold.
 */
public enum Op {
    // ---------------------------------------------------------------- control
    /** {@code jump(x*)}: go back to the label (or the trace start); the arguments become the label's values (or the parameters). Ends a loop trace. */
    JUMP(Family.CONTROL, "x*", null, ImmKind.NONE, Flags.TERMINATOR),
    /** {@code [x*] = label(x*)}: the loop header after a peeled preamble; defines one new value per argument, which a {@link #JUMP} refills. At most one per trace. */
    LABEL(Family.CONTROL, "x*", null, ImmKind.NONE, Flags.PINNED),
    /** {@code exit() {snapshot}}: leave the trace unconditionally and resume tier 1 from the snapshot (used for {@code raise} and for paths the recorder stopped on). */
    EXIT(Family.CONTROL, "", null, ImmKind.NONE, Flags.TERMINATOR | Flags.SNAPSHOT),
    /** {@code return(x)}: return the value (boxed by kind) from the anchor frame. Ends a function-entry trace. */
    RETURN(Family.CONTROL, "x", null, ImmKind.NONE, Flags.TERMINATOR),

    // ---------------------------------------------------------------- guards
    /** {@code guard_true(b)}: exit unless {@code b} is true. */
    GUARD_TRUE(Family.GUARD, "b", null, ImmKind.NONE, Flags.GUARD),
    /** {@code guard_false(b)}: exit unless {@code b} is false. */
    GUARD_FALSE(Family.GUARD, "b", null, ImmKind.NONE, Flags.GUARD),
    /** {@code guard_type(p, @T)}: exit unless {@code type(p) is T} exactly (subclasses fail). Reads the heap: {@code __class__} assignment can change a heap type's instance. */
    GUARD_TYPE(Family.GUARD, "pP", null, ImmKind.NONE, Flags.GUARD | Flags.READS),
    /** {@code guard_is(p, @o)}: exit unless {@code p is o}; afterwards {@code p} is known to be the constant. */
    GUARD_IS(Family.GUARD, "pP", null, ImmKind.NONE, Flags.GUARD),
    /** {@code guard_is_not(p, @o)}: exit if {@code p is o} (for example, {@code x is not None}). */
    GUARD_IS_NOT(Family.GUARD, "pP", null, ImmKind.NONE, Flags.GUARD),
    /** {@code guard_int_value(i, 5)}: exit unless the integer equals the constant. */
    GUARD_INT_VALUE(Family.GUARD, "iI", null, ImmKind.NONE, Flags.GUARD),
    /** {@code guard_shape(p, @S)}: exit unless the instance {@code p} has the shape (hidden class) {@code S}; {@code p}'s type must already be guarded. */
    GUARD_SHAPE(Family.GUARD, "pP", null, ImmKind.NONE, Flags.GUARD | Flags.READS),
    /** {@code guard_type_version(@T, 7)}: exit unless the version tag of type {@code T} is 7, that is, neither {@code T} nor a base was mutated since the pass looked. */
    GUARD_TYPE_VERSION(Family.GUARD, "PI", null, ImmKind.NONE, Flags.GUARD | Flags.READS),
    /** {@code guard_globals_version(@G, 3)}: exit unless the version counter of the globals (or builtins) dict {@code G} is 3, so cached global loads are still right. */
    GUARD_GLOBALS_VERSION(Family.GUARD, "PI", null, ImmKind.NONE, Flags.GUARD | Flags.READS),
    /** {@code guard_function_version(@f, 2)}: exit unless function {@code f}'s version is 2 ({@code __code__}, {@code __defaults__} ... unchanged, as CPython's {@code func_version}). */
    GUARD_FUNCTION_VERSION(Family.GUARD, "PI", null, ImmKind.NONE, Flags.GUARD | Flags.READS),
    /**
     * {@code guard_global_binding(@w)}: exit unless the binding watch {@code w} (from
     * {@code RuntimeView.watchGlobal}) still holds: the one global or builtin name it watches has
     * kept its value (or stayed absent) since the pass looked. Stores to other names leave it valid.
     */
    GUARD_GLOBAL_BINDING(Family.GUARD, "P", null, ImmKind.NONE, Flags.GUARD | Flags.READS),

    // ---------------------------------------------------------------- INT64 primitives
    /** {@code i = int_add_ovf(i, i)}: sum; a guard that exits on 64-bit overflow (tier 1 then makes a big int). */
    INT_ADD_OVF(Family.INT, "ii", Kind.INT64, ImmKind.NONE, Flags.GUARD),
    /** {@code i = int_sub_ovf(i, i)}: difference; exits on overflow. */
    INT_SUB_OVF(Family.INT, "ii", Kind.INT64, ImmKind.NONE, Flags.GUARD),
    /** {@code i = int_mul_ovf(i, i)}: product; exits on overflow. */
    INT_MUL_OVF(Family.INT, "ii", Kind.INT64, ImmKind.NONE, Flags.GUARD),
    /** {@code i = int_neg_ovf(i)}: negation; exits for {@code Long.MIN_VALUE}. */
    INT_NEG_OVF(Family.INT, "i", Kind.INT64, ImmKind.NONE, Flags.GUARD),
    /** {@code i = int_add(i, i)}: wrapping sum, for when a pass has proved there is no overflow. */
    INT_ADD(Family.INT, "ii", Kind.INT64, ImmKind.NONE, 0),
    /** {@code i = int_sub(i, i)}: wrapping difference. */
    INT_SUB(Family.INT, "ii", Kind.INT64, ImmKind.NONE, 0),
    /** {@code i = int_mul(i, i)}: wrapping product. */
    INT_MUL(Family.INT, "ii", Kind.INT64, ImmKind.NONE, 0),
    /** {@code i = int_floordiv(i, i)}: Python {@code //} (rounds toward minus infinity); exits when the divisor is 0 or on {@code MIN // -1}. */
    INT_FLOORDIV(Family.INT, "ii", Kind.INT64, ImmKind.NONE, Flags.GUARD),
    /** {@code i = int_mod(i, i)}: Python {@code %} (the result has the divisor's sign); exits when the divisor is 0. */
    INT_MOD(Family.INT, "ii", Kind.INT64, ImmKind.NONE, Flags.GUARD),
    /** {@code f = int_truediv(i, i)}: Python {@code /} on ints; exits when the divisor is 0 or an operand exceeds 2**53 in magnitude (tier 1 then rounds exactly). */
    INT_TRUEDIV(Family.INT, "ii", Kind.FLOAT64, ImmKind.NONE, Flags.GUARD),
    /** {@code i = int_and(i, i)}: bitwise and (two's complement, as Python's infinite-precision rule gives for 64-bit values). */
    INT_AND(Family.INT, "ii", Kind.INT64, ImmKind.NONE, 0),
    /** {@code i = int_or(i, i)}: bitwise or. */
    INT_OR(Family.INT, "ii", Kind.INT64, ImmKind.NONE, 0),
    /** {@code i = int_xor(i, i)}: bitwise exclusive or. */
    INT_XOR(Family.INT, "ii", Kind.INT64, ImmKind.NONE, 0),
    /** {@code i = int_invert(i)}: {@code ~i}, which is {@code -i - 1} and never overflows. */
    INT_INVERT(Family.INT, "i", Kind.INT64, ImmKind.NONE, 0),
    /** {@code i = int_lshift_ovf(i, i)}: {@code a << n}; exits when {@code n < 0} (ValueError in tier 1) or the result needs more than 64 bits. */
    INT_LSHIFT_OVF(Family.INT, "ii", Kind.INT64, ImmKind.NONE, Flags.GUARD),
    /** {@code i = int_rshift(i, i)}: arithmetic {@code a >> n} (all sign bits for {@code n >= 64}); exits when {@code n < 0}. */
    INT_RSHIFT(Family.INT, "ii", Kind.INT64, ImmKind.NONE, Flags.GUARD),
    /** {@code b = int_lt(i, i)}: {@code <}. */
    INT_LT(Family.INT, "ii", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = int_le(i, i)}: {@code <=}. */
    INT_LE(Family.INT, "ii", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = int_eq(i, i)}: {@code ==}. */
    INT_EQ(Family.INT, "ii", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = int_ne(i, i)}: {@code !=}. */
    INT_NE(Family.INT, "ii", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = int_gt(i, i)}: {@code >}. */
    INT_GT(Family.INT, "ii", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = int_ge(i, i)}: {@code >=}. */
    INT_GE(Family.INT, "ii", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = int_is_true(i)}: {@code i != 0}, Python's truth of an int. */
    INT_IS_TRUE(Family.INT, "i", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code f = int_to_float(i)}: {@code float(i)}, rounded to nearest-even as Python does. */
    INT_TO_FLOAT(Family.INT, "i", Kind.FLOAT64, ImmKind.NONE, 0),

    // ---------------------------------------------------------------- FLOAT64 primitives
    /** {@code f = float_add(f, f)}: IEEE sum. */
    FLOAT_ADD(Family.FLOAT, "ff", Kind.FLOAT64, ImmKind.NONE, 0),
    /** {@code f = float_sub(f, f)}: IEEE difference. */
    FLOAT_SUB(Family.FLOAT, "ff", Kind.FLOAT64, ImmKind.NONE, 0),
    /** {@code f = float_mul(f, f)}: IEEE product. */
    FLOAT_MUL(Family.FLOAT, "ff", Kind.FLOAT64, ImmKind.NONE, 0),
    /** {@code f = float_truediv(f, f)}: IEEE quotient; exits when the divisor is zero (ZeroDivisionError in tier 1). */
    FLOAT_TRUEDIV(Family.FLOAT, "ff", Kind.FLOAT64, ImmKind.NONE, Flags.GUARD),
    /** {@code f = float_floordiv(f, f)}: Python {@code float.__floordiv__}; exits when the divisor is zero. */
    FLOAT_FLOORDIV(Family.FLOAT, "ff", Kind.FLOAT64, ImmKind.NONE, Flags.GUARD),
    /** {@code f = float_mod(f, f)}: Python {@code float.__mod__} (sign of the divisor); exits when the divisor is zero. */
    FLOAT_MOD(Family.FLOAT, "ff", Kind.FLOAT64, ImmKind.NONE, Flags.GUARD),
    /** {@code f = float_neg(f)}: negation. */
    FLOAT_NEG(Family.FLOAT, "f", Kind.FLOAT64, ImmKind.NONE, 0),
    /** {@code b = float_lt(f, f)}: {@code <} (false if either is NaN). */
    FLOAT_LT(Family.FLOAT, "ff", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = float_le(f, f)}: {@code <=}. */
    FLOAT_LE(Family.FLOAT, "ff", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = float_eq(f, f)}: {@code ==}. */
    FLOAT_EQ(Family.FLOAT, "ff", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = float_ne(f, f)}: {@code !=} (true if either is NaN). */
    FLOAT_NE(Family.FLOAT, "ff", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = float_gt(f, f)}: {@code >}. */
    FLOAT_GT(Family.FLOAT, "ff", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = float_ge(f, f)}: {@code >=}. */
    FLOAT_GE(Family.FLOAT, "ff", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code b = float_is_true(f)}: {@code f != 0.0} (NaN is true), Python's truth of a float. */
    FLOAT_IS_TRUE(Family.FLOAT, "f", Kind.BOOL, ImmKind.NONE, 0),

    // ---------------------------------------------------------------- BOOL primitives
    /** {@code b = bool_not(b)}: logical negation. */
    BOOL_NOT(Family.BOOL, "b", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code i = bool_to_int(b)}: 1 or 0 ({@code bool} is a subclass of {@code int}). */
    BOOL_TO_INT(Family.BOOL, "b", Kind.INT64, ImmKind.NONE, 0),

    // ---------------------------------------------------------------- boxing
    /** {@code p = box_int(i)}: the Python {@code int} with this value (its exact type is {@code int}; identity is not meaningful). */
    BOX_INT(Family.BOX, "i", Kind.OBJECT, ImmKind.NONE, 0),
    /** {@code p = box_float(f)}: the Python {@code float} with this value. */
    BOX_FLOAT(Family.BOX, "f", Kind.OBJECT, ImmKind.NONE, 0),
    /** {@code p = box_bool(b)}: {@code True} or {@code False}. */
    BOX_BOOL(Family.BOX, "b", Kind.OBJECT, ImmKind.NONE, 0),
    /** {@code i = unbox_int(p)}: the value of an int (or bool) {@code p}; a guard that exits when it does not fit in 64 bits. {@code p}'s type must be guarded. */
    UNBOX_INT(Family.BOX, "p", Kind.INT64, ImmKind.NONE, Flags.GUARD),
    /** {@code f = unbox_float(p)}: the value of {@code p}, which must be an exact float. */
    UNBOX_FLOAT(Family.BOX, "p", Kind.FLOAT64, ImmKind.NONE, 0),
    /** {@code b = unbox_bool(p)}: the value of {@code p}, which must be an exact bool. */
    UNBOX_BOOL(Family.BOX, "p", Kind.BOOL, ImmKind.NONE, 0),

    // ---------------------------------------------------------------- objects
    /** {@code b = obj_is(p, p)}: identity ({@code is}); never runs Python code. */
    OBJ_IS(Family.OBJECT, "pp", Kind.BOOL, ImmKind.NONE, 0),
    /** {@code p = new_instance(@C, @S, p*)}: a new instance of class {@code C} with shape {@code S} whose slots hold the remaining operands in slot order (as many as {@code S} has); no {@code __init__} runs. */
    NEW_INSTANCE(Family.OBJECT, "PPp*", Kind.OBJECT, ImmKind.NONE, Flags.ALLOC),
    /** {@code p = new_bound_method(func, self)}: a bound method object, as attribute access on a function-valued class attribute makes. */
    NEW_BOUND_METHOD(Family.OBJECT, "pp", Kind.OBJECT, ImmKind.NONE, Flags.ALLOC),
    /** {@code p = get_slot[k](p)}: slot {@code k} of an instance whose shape is guarded to have it. */
    GET_SLOT(Family.OBJECT, "p", Kind.OBJECT, ImmKind.INDEX, Flags.READS),
    /** {@code set_slot[k](obj, value)}: store into slot {@code k} of an instance whose shape has it. */
    SET_SLOT(Family.OBJECT, "pp", null, ImmKind.INDEX, Flags.WRITES),
    /** {@code set_shape(p, @S)}: give the instance the shape {@code S}, which extends its current shape by new slots that following {@link #SET_SLOT}s fill (adding an attribute). */
    SET_SHAPE(Family.OBJECT, "pP", null, ImmKind.NONE, Flags.WRITES),
    /** {@code p = build_tuple(p*)}: a new tuple of the operands. */
    BUILD_TUPLE(Family.OBJECT, "p*", Kind.OBJECT, ImmKind.NONE, Flags.ALLOC),
    /** {@code p = build_list(p*)}: a new list of the operands. */
    BUILD_LIST(Family.OBJECT, "p*", Kind.OBJECT, ImmKind.NONE, Flags.ALLOC),
    /** {@code i = len(p)}: the length of an exact list, tuple, str, dict or set. */
    LEN(Family.OBJECT, "p", Kind.INT64, ImmKind.NONE, Flags.READS),
    /** {@code p = tuple_get_item(p, i)}: item {@code i} of an exact tuple (negative counts from the end); exits when out of range. */
    TUPLE_GET_ITEM(Family.OBJECT, "pi", Kind.OBJECT, ImmKind.NONE, Flags.GUARD),
    /** {@code p = list_get_item(p, i)}: item {@code i} of an exact list (negative counts from the end); exits when out of range. */
    LIST_GET_ITEM(Family.OBJECT, "pi", Kind.OBJECT, ImmKind.NONE, Flags.GUARD | Flags.READS),
    /** {@code list_set_item(list, i, value)}: store into an exact list (negative counts from the end); exits when out of range. */
    LIST_SET_ITEM(Family.OBJECT, "pip", null, ImmKind.NONE, Flags.GUARD | Flags.WRITES),
    /** {@code list_append(list, value)}: append to an exact list. */
    LIST_APPEND(Family.OBJECT, "pp", null, ImmKind.NONE, Flags.WRITES),
    /** {@code p = load_deref(cell)}: LOAD_DEREF: the contents of a cell object (a local slot of the frame); raises NameError when it is empty. */
    LOAD_DEREF(Family.OBJECT, "p", Kind.OBJECT, ImmKind.NONE, Flags.RAISES | Flags.READS),
    /** {@code store_deref(cell, value)}: STORE_DEREF: set the contents of a cell object. */
    STORE_DEREF(Family.OBJECT, "pp", null, ImmKind.NONE, Flags.WRITES),
    /** {@code i = range_iter_next(it)}: the next value of an exact range iterator; exits (before advancing) when it is exhausted. */
    RANGE_ITER_NEXT(Family.OBJECT, "p", Kind.INT64, ImmKind.NONE, Flags.GUARD | Flags.WRITES),
    /** {@code p = list_iter_next(it)}: the next item of an exact list iterator; exits (before advancing) when it is exhausted. */
    LIST_ITER_NEXT(Family.OBJECT, "p", Kind.OBJECT, ImmKind.NONE, Flags.GUARD | Flags.WRITES),

    // ---------------------------------------------------------------- frames
    /** {@code enter_frame(@code, func)}: an inlined call of {@code func} (whose code is {@code code}) starts; a guard that exits before the call when the recursion limit would be passed. Guards until the matching {@link #LEAVE_FRAME} have one more frame in their snapshots. */
    ENTER_FRAME(Family.FRAME, "Pp", null, ImmKind.NONE, Flags.GUARD | Flags.PINNED),
    /** {@code leave_frame()}: the innermost inlined call has returned. */
    LEAVE_FRAME(Family.FRAME, "", null, ImmKind.NONE, Flags.PINNED),

    // ---------------------------------------------------------------- generic (tier-1 families)
    /** {@code p = load_global[name](@globals, @builtins)}: LOAD_GLOBAL: the globals dict, then the builtins; NameError if neither has it. */
    LOAD_GLOBAL(Family.GENERIC, "PP", Kind.OBJECT, ImmKind.NAME, Flags.GENERIC),
    /** {@code p = load_name[name](@locals, @globals, @builtins)}: LOAD_NAME (module and class bodies): the locals mapping, then the globals, then the builtins. */
    LOAD_NAME(Family.GENERIC, "PPP", Kind.OBJECT, ImmKind.NAME, Flags.GENERIC),
    /** {@code store_name[name](@locals, value)}: STORE_NAME into the locals mapping of a module or class body (at module level, the globals: their version changes). */
    STORE_NAME(Family.GENERIC, "Pp", null, ImmKind.NAME, Flags.GENERIC),
    /** {@code store_global[name](@globals, value)}: STORE_GLOBAL (the globals' version changes). */
    STORE_GLOBAL(Family.GENERIC, "Pp", null, ImmKind.NAME, Flags.GENERIC),
    /** {@code p = load_attr[name](obj)}: LOAD_ATTR ({@code obj.name}); also what the recorder records for LOAD_METHOD (the bound-method form). Feedback: receiver type and shape. */
    LOAD_ATTR(Family.GENERIC, "p", Kind.OBJECT, ImmKind.NAME, Flags.GENERIC),
    /** {@code store_attr[name](obj, value)}: STORE_ATTR ({@code obj.name = value}). Feedback: receiver type and shape. */
    STORE_ATTR(Family.GENERIC, "pp", null, ImmKind.NAME, Flags.GENERIC),
    /** {@code p = binary_op[op](a, b)}: BINARY_OP with the operator (in-place forms included). Feedback: both operand types. */
    BINARY_OP(Family.GENERIC, "pp", Kind.OBJECT, ImmKind.BINARY_OPERATOR, Flags.GENERIC),
    /** {@code p = compare_op[op](a, b)}: COMPARE_OP ({@code < <= == != > >=}). Feedback: both operand types. */
    COMPARE_OP(Family.GENERIC, "pp", Kind.OBJECT, ImmKind.COMPARE_OPERATOR, Flags.GENERIC),
    /** {@code p = contains_op(item, container)}: {@code item in container} (CONTAINS_OP without invert; the recorder negates with {@link #BOOL_NOT}). */
    CONTAINS_OP(Family.GENERIC, "pp", Kind.OBJECT, ImmKind.NONE, Flags.GENERIC),
    /** {@code p = unary_negative(p)}: {@code -x}. */
    UNARY_NEGATIVE(Family.GENERIC, "p", Kind.OBJECT, ImmKind.NONE, Flags.GENERIC),
    /** {@code p = unary_not(p)}: {@code not x} (a bool object). */
    UNARY_NOT(Family.GENERIC, "p", Kind.OBJECT, ImmKind.NONE, Flags.GENERIC),
    /** {@code p = unary_invert(p)}: {@code ~x}. */
    UNARY_INVERT(Family.GENERIC, "p", Kind.OBJECT, ImmKind.NONE, Flags.GENERIC),
    /** {@code b = truth(p)}: {@code bool(x)} as POP_JUMP_IF_TRUE/FALSE tests it ({@code __bool__}, then {@code __len__}). */
    TRUTH(Family.GENERIC, "p", Kind.BOOL, ImmKind.NONE, Flags.GENERIC),
    /** {@code p = binary_subscr(container, key)}: BINARY_SUBSCR. */
    BINARY_SUBSCR(Family.GENERIC, "pp", Kind.OBJECT, ImmKind.NONE, Flags.GENERIC),
    /** {@code store_subscr(container, key, value)}: STORE_SUBSCR ({@code container[key] = value}). */
    STORE_SUBSCR(Family.GENERIC, "ppp", null, ImmKind.NONE, Flags.GENERIC),
    /** {@code p = build_map(k, v, k, v ...)}: BUILD_MAP (hashing may run Python code). */
    BUILD_MAP(Family.GENERIC, "p*", Kind.OBJECT, ImmKind.NONE, Flags.GENERIC),
    /** {@code p = get_iter(p)}: GET_ITER ({@code iter(x)}). */
    GET_ITER(Family.GENERIC, "p", Kind.OBJECT, ImmKind.NONE, Flags.GENERIC),
    /** {@code p = for_iter(it)}: FOR_ITER: the next item; when the iterator is exhausted it exits, and tier 1 leaves the loop. Feedback: iterator type. */
    FOR_ITER(Family.GENERIC, "p", Kind.OBJECT, ImmKind.NONE, Flags.GENERIC | Flags.GUARD),
    /** {@code p = call[kw names](callable, arg*)}: CALL; the last {@code len(kw names)} arguments are the keyword arguments. Feedback: the callable seen ({@code value}) and argument types. */
    CALL(Family.CALL, "pp*", Kind.OBJECT, ImmKind.NAMES, Flags.GENERIC),
    /** {@code p = call_py(@f, arg*)}: call the known Python function {@code f} with exactly its positional parameters (no packing, defaults already filled); guard its version first. */
    CALL_PY(Family.CALL, "Pp*", Kind.OBJECT, ImmKind.NONE, Flags.RAISES | Flags.OPAQUE),
    /** {@code p = call_builtin(@f, arg*)}: call the known builtin function {@code f} with positional arguments. */
    CALL_BUILTIN(Family.CALL, "Pp*", Kind.OBJECT, ImmKind.NONE, Flags.RAISES | Flags.OPAQUE),

    // ---------------------------------------------------------------- extension
    /** {@code x = intrinsic[name](x*)}: call the {@link Intrinsic}'s method handle; its handle type gives the operand and result kinds, its flags the effects. */
    INTRINSIC(Family.INTRINSIC, "x*", null, ImmKind.INTRINSIC, 0);

    /** The group an op belongs to (documentation and dumps; the flags decide behaviour). */
    public enum Family { CONTROL, GUARD, INT, FLOAT, BOOL, BOX, OBJECT, FRAME, GENERIC, CALL, INTRINSIC }

    /** What the op's immediate (the {@code [...]} after its name) is. */
    public enum ImmKind {
        /** No immediate. */
        NONE,
        /** A {@link BinaryOperator}. */
        BINARY_OPERATOR,
        /** A {@link CompareOperator}. */
        COMPARE_OPERATOR,
        /** An attribute or global name, {@link Imm.Name}. */
        NAME,
        /** A non-negative integer such as a slot number, {@link Imm.Index}. */
        INDEX,
        /** Keyword-argument names, {@link Imm.Names} (possibly empty). */
        NAMES,
        /** The {@link Intrinsic} called. */
        INTRINSIC
    }

    static final class Flags {
        static final int GUARD = 1;
        static final int RAISES = 2;
        static final int OPAQUE = 4;
        static final int READS = 8;
        static final int WRITES = 16;
        static final int ALLOC = 32;
        static final int TERMINATOR = 64;
        static final int SNAPSHOT = 128;
        static final int FEEDBACK = 256;
        static final int PINNED = 512;
        static final int GENERIC = RAISES | OPAQUE | FEEDBACK;

        private Flags() {
        }
    }

    private static final Map<String, Op> BY_TEXT = new HashMap<>();

    static {
        for (Op op : values()) {
            BY_TEXT.put(op.textName, op);
        }
    }

    private final Family family;
    private final String signature;
    private final Kind resultKind;
    private final ImmKind immKind;
    private final int flags;
    private final String textName;
    private final int fixedArgs;
    private final boolean variadic;

    Op(Family family, String signature, Kind resultKind, ImmKind immKind, int flags) {
        this.family = family;
        this.signature = signature;
        this.resultKind = resultKind;
        this.immKind = immKind;
        int f = flags;
        if ((f & (Flags.GUARD | Flags.RAISES)) != 0) {
            f |= Flags.SNAPSHOT;
        }
        this.flags = f;
        this.textName = name().toLowerCase(Locale.ROOT);
        this.variadic = signature.endsWith("*");
        this.fixedArgs = variadic ? signature.length() - 2 : signature.length();
    }

    /** The op's family. */
    public Family family() {
        return family;
    }

    /** The op's name in the text form: the enum name in lower case ({@code int_add_ovf}). */
    public String textName() {
        return textName;
    }

    /** The op with this text name, or {@code null}. */
    public static Op byTextName(String name) {
        return BY_TEXT.get(name);
    }

    /** The operand signature (see the class comment). */
    public String signature() {
        return signature;
    }

    /** The result kind, or {@code null} if the op defines no value ({@link #INTRINSIC}: see its {@link Intrinsic}). */
    public Kind resultKind() {
        return resultKind;
    }

    /** What the immediate is. */
    public ImmKind immKind() {
        return immKind;
    }

    /** The number of operands before the repeated tail (all of them when not variadic). */
    public int fixedArgCount() {
        return fixedArgs;
    }

    /** Whether the last signature letter repeats. */
    public boolean isVariadic() {
        return variadic;
    }

    /** Whether {@code n} operands fit the signature. */
    public boolean acceptsArgCount(int n) {
        return variadic ? n >= fixedArgs : n == fixedArgs;
    }

    /** The signature letter for operand {@code i} (the repeated letter past the fixed ones). */
    public char signatureLetter(int i) {
        return i < fixedArgs || !variadic ? signature.charAt(i) : signature.charAt(signature.length() - 2);
    }

    /** The kind operand {@code i} must have, or {@code null} if any kind fits. */
    public Kind argKind(int i) {
        char c = Character.toLowerCase(signatureLetter(i));
        return c == 'x' ? null : Kind.ofPrefix(c);
    }

    /** Whether operand {@code i} must be a constant. */
    public boolean argMustBeConstant(int i) {
        return Character.isUpperCase(signatureLetter(i));
    }

    /** A guard: may leave the trace through its snapshot when its condition fails. */
    public boolean isGuard() {
        return (flags & Flags.GUARD) != 0;
    }

    /** May raise a Python exception, which tier 1 raises at the snapshot's index. */
    public boolean canRaise() {
        return (flags & Flags.RAISES) != 0;
    }

    /** May run arbitrary Python code: all heap state, types and globals may change; object operands escape. */
    public boolean isOpaque() {
        return (flags & Flags.OPAQUE) != 0;
    }

    /** The result depends on mutable heap state. */
    public boolean readsHeap() {
        return (flags & Flags.READS) != 0;
    }

    /** Writes heap state (a known location, unlike an opaque op). */
    public boolean writesHeap() {
        return (flags & Flags.WRITES) != 0;
    }

    /** Returns a fresh object whose identity matters (never shared between two executions). */
    public boolean allocates() {
        return (flags & Flags.ALLOC) != 0;
    }

    /** Ends the trace ({@link #JUMP}, {@link #EXIT}, {@link #RETURN}). */
    public boolean isTerminator() {
        return (flags & Flags.TERMINATOR) != 0;
    }

    /** Must carry a {@link Snapshot}: guards, ops that can raise, and {@link #EXIT}. */
    public boolean needsSnapshot() {
        return (flags & Flags.SNAPSHOT) != 0;
    }

    /** May carry {@link Feedback} (the generic tier-1 families). */
    public boolean takesFeedback() {
        return (flags & Flags.FEEDBACK) != 0;
    }

    /** Marks structure ({@link #LABEL}, frame markers) and is never removed for being unused. */
    public boolean isPinned() {
        return (flags & Flags.PINNED) != 0;
    }

    /**
     * Pure: no effect, no exit, no allocation, no heap read; the result depends on the operands
     * alone, so equal ops on equal operands give equal results and an unused one can go.
     * ({@link #INTRINSIC} is decided per instruction: see {@link Instr#isPure()}.)
     */
    public boolean isPure() {
        return resultKind != null
                && (flags & (Flags.GUARD | Flags.RAISES | Flags.OPAQUE | Flags.READS | Flags.WRITES
                        | Flags.ALLOC | Flags.TERMINATOR | Flags.PINNED | Flags.SNAPSHOT)) == 0
                && this != INTRINSIC;
    }

    /**
     * Whether an instruction of this op may be deleted when its result is unused: no guard, no
     * raise, no effect, not structural. Allocation and heap reads may go.
     */
    public boolean isRemovableIfUnused() {
        return this != INTRINSIC
                && (flags & (Flags.GUARD | Flags.RAISES | Flags.OPAQUE | Flags.WRITES | Flags.TERMINATOR
                        | Flags.PINNED | Flags.SNAPSHOT)) == 0;
    }

    /**
     * Whether a second execution with the same operands, with nothing in between, must give the
     * same result and pass when the first passed: pure ops and guards that read no heap (such as
     * {@link #UNBOX_INT}, {@link #INT_ADD_OVF}, {@link #GUARD_IS}).
     */
    public boolean isRepeatable() {
        return this != INTRINSIC
                && (flags & (Flags.RAISES | Flags.OPAQUE | Flags.READS | Flags.WRITES | Flags.ALLOC
                        | Flags.TERMINATOR | Flags.PINNED)) == 0
                && this != EXIT;
    }
}
