package org.hotpy.core.trace;

/**
 * The executor's instruction codes: one per IR op, plus specialised guard forms ({@link #GUARD_CLASS},
 * {@link #GUARD_INT_TYPE}) and {@link #SAFEPOINT}. Constants rather than the {@code Op} enum, so the
 * executor's {@code switch} compiles to a table. An instruction takes {@link #STRIDE} ints:
 * {@code [code, result, a, b, exit, aux]}.
 */
final class XOp {
    static final int STRIDE = 6;

    static final int LABEL = 0;
    static final int JUMP = 1;
    static final int EXIT = 2;
    static final int RETURN = 3;
    static final int SAFEPOINT = 4;
    static final int GUARD_TRUE = 5;
    static final int GUARD_FALSE = 6;
    static final int GUARD_CLASS = 7;
    static final int GUARD_INT_TYPE = 8;
    static final int GUARD_TYPE = 9;
    static final int GUARD_IS = 10;
    static final int GUARD_IS_NOT = 11;
    static final int GUARD_INT_VALUE = 12;
    static final int GUARD_SHAPE = 13;
    static final int GUARD_TYPE_VERSION = 14;
    static final int GUARD_GLOBALS_VERSION = 15;
    static final int GUARD_FUNCTION_VERSION = 16;
    static final int INT_ADD_OVF = 17;
    static final int INT_SUB_OVF = 18;
    static final int INT_MUL_OVF = 19;
    static final int INT_NEG_OVF = 20;
    static final int INT_ADD = 21;
    static final int INT_SUB = 22;
    static final int INT_MUL = 23;
    static final int INT_FLOORDIV = 24;
    static final int INT_MOD = 25;
    static final int INT_TRUEDIV = 26;
    static final int INT_AND = 27;
    static final int INT_OR = 28;
    static final int INT_XOR = 29;
    static final int INT_INVERT = 30;
    static final int INT_LSHIFT_OVF = 31;
    static final int INT_RSHIFT = 32;
    static final int INT_LT = 33;
    static final int INT_LE = 34;
    static final int INT_EQ = 35;
    static final int INT_NE = 36;
    static final int INT_GT = 37;
    static final int INT_GE = 38;
    static final int INT_IS_TRUE = 39;
    static final int INT_TO_FLOAT = 40;
    static final int FLOAT_ADD = 41;
    static final int FLOAT_SUB = 42;
    static final int FLOAT_MUL = 43;
    static final int FLOAT_TRUEDIV = 44;
    static final int FLOAT_FLOORDIV = 45;
    static final int FLOAT_MOD = 46;
    static final int FLOAT_NEG = 47;
    static final int FLOAT_LT = 48;
    static final int FLOAT_LE = 49;
    static final int FLOAT_EQ = 50;
    static final int FLOAT_NE = 51;
    static final int FLOAT_GT = 52;
    static final int FLOAT_GE = 53;
    static final int FLOAT_IS_TRUE = 54;
    static final int BOOL_NOT = 55;
    static final int BOOL_TO_INT = 56;
    static final int BOX_INT = 57;
    static final int BOX_FLOAT = 58;
    static final int BOX_BOOL = 59;
    static final int UNBOX_INT = 60;
    static final int UNBOX_FLOAT = 61;
    static final int UNBOX_BOOL = 62;
    static final int OBJ_IS = 63;
    static final int NEW_INSTANCE = 64;
    static final int NEW_BOUND_METHOD = 65;
    static final int GET_SLOT = 66;
    static final int SET_SLOT = 67;
    static final int SET_SHAPE = 68;
    static final int BUILD_TUPLE = 69;
    static final int BUILD_LIST = 70;
    static final int LEN = 71;
    static final int TUPLE_GET_ITEM = 72;
    static final int LIST_GET_ITEM = 73;
    static final int LIST_SET_ITEM = 74;
    static final int LIST_APPEND = 75;
    static final int LOAD_DEREF = 76;
    static final int STORE_DEREF = 77;
    static final int RANGE_ITER_NEXT = 78;
    static final int LIST_ITER_NEXT = 79;
    static final int ENTER_FRAME = 80;
    static final int LEAVE_FRAME = 81;
    static final int LOAD_GLOBAL = 82;
    static final int LOAD_NAME = 83;
    static final int STORE_NAME = 84;
    static final int STORE_GLOBAL = 85;
    static final int LOAD_ATTR = 86;
    static final int STORE_ATTR = 87;
    static final int BINARY_OP = 88;
    static final int COMPARE_OP = 89;
    static final int CONTAINS_OP = 90;
    static final int UNARY_NEGATIVE = 91;
    static final int UNARY_NOT = 92;
    static final int UNARY_INVERT = 93;
    static final int TRUTH = 94;
    static final int BINARY_SUBSCR = 95;
    static final int STORE_SUBSCR = 96;
    static final int BUILD_MAP = 97;
    static final int GET_ITER = 98;
    static final int FOR_ITER = 99;
    static final int CALL = 100;
    static final int CALL_PY = 101;
    static final int CALL_BUILTIN = 102;
    static final int INTRINSIC = 103;
    /** Writes the real frame's locals from exit {@code exit}'s snapshot and pushes heap frames for its inlined frames ({@link InlinedFrames}). */
    static final int FRAMES_PUSH = 104;
    /** Pops what {@link #FRAMES_PUSH} pushed. */
    static final int FRAMES_POP = 105;
    /** Exits unless the {@code DictWatches.Binding} in aux still holds (after the rest, so the ranges above stay as they were). */
    static final int GUARD_GLOBAL_BINDING = 106;
    static final int COUNT = 107;

    private XOp() {
    }
}
