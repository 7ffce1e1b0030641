package org.hotpy.core.bytecode;

/**
 * The instruction set: one table of every opcode with its family head (the generic form a
 * specialised instruction deoptimises to) and its stack effect. Names and meanings follow
 * CPython 3.11 where they match.
 *
 * <p>An instruction is one {@code int}: the opcode's ordinal in the low 8 bits and its argument
 * in the upper 24. Jump arguments are absolute instruction indices.
 *
 * <p>Calls follow CPython 3.11: the callable is preceded by a {@code null} slot or followed by
 * {@code self}. {@code CALL n} finds {@code [X, Y, arg1..argn]}: when X is null, Y is the
 * callable; otherwise X is the callable and Y its first argument.
 */
public enum Opcode {
    NOP, POP_TOP, PUSH_NULL, COPY, SWAP, LOAD_CONST, RETURN_VALUE,
    LOAD_FAST, STORE_FAST, DELETE_FAST, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF,
    LOAD_CLOSURE, LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
    LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD,
    BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, BUILD_SLICE,
    BINARY_OP, UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT,
    COMPARE_OP, IS_OP, CONTAINS_OP,
    JUMP, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
    JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
    GET_ITER, FOR_ITER,
    BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING,
    LIST_APPEND, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE,
    UNPACK_SEQUENCE, UNPACK_EX, FORMAT_VALUE,
    KW_NAMES, CALL, CALL_FUNCTION_EX, MAKE_FUNCTION, LOAD_BUILD_CLASS,
    YIELD_VALUE, GET_YIELD_FROM_ITER, SEND,
    RAISE_VARARGS, RERAISE, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, CHECK_EG_MATCH,
    PREP_RERAISE_STAR, WITH_EXCEPT_START, BEFORE_WITH, LOAD_ASSERTION_ERROR,
    IMPORT_NAME, IMPORT_FROM, IMPORT_STAR, SETUP_ANNOTATIONS, PRINT_EXPR,
    MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, GET_LEN,

    // Specialised forms (tier-1 quickening). Each names its family head.
    LOAD_GLOBAL_MODULE(LOAD_GLOBAL), LOAD_GLOBAL_BUILTIN(LOAD_GLOBAL),
    LOAD_ATTR_INSTANCE_VALUE(LOAD_ATTR), LOAD_ATTR_MODULE(LOAD_ATTR), LOAD_ATTR_CLASS(LOAD_ATTR),
    LOAD_ATTR_SLOT(LOAD_ATTR),
    STORE_ATTR_INSTANCE_VALUE(STORE_ATTR),
    LOAD_METHOD_WITH_VALUES(LOAD_METHOD), LOAD_METHOD_NO_DICT(LOAD_METHOD), LOAD_METHOD_CLASS(LOAD_METHOD),
    LOAD_METHOD_MODULE(LOAD_METHOD),
    BINARY_OP_ADD_INT(BINARY_OP), BINARY_OP_SUBTRACT_INT(BINARY_OP), BINARY_OP_MULTIPLY_INT(BINARY_OP),
    BINARY_OP_ADD_FLOAT(BINARY_OP), BINARY_OP_SUBTRACT_FLOAT(BINARY_OP), BINARY_OP_MULTIPLY_FLOAT(BINARY_OP),
    BINARY_OP_TRUEDIV_FLOAT(BINARY_OP), BINARY_OP_ADD_UNICODE(BINARY_OP),
    COMPARE_OP_INT(COMPARE_OP), COMPARE_OP_FLOAT(COMPARE_OP), COMPARE_OP_STR(COMPARE_OP),
    BINARY_SUBSCR_LIST_INT(BINARY_SUBSCR), BINARY_SUBSCR_TUPLE_INT(BINARY_SUBSCR),
    BINARY_SUBSCR_DICT(BINARY_SUBSCR),
    STORE_SUBSCR_LIST_INT(STORE_SUBSCR), STORE_SUBSCR_DICT(STORE_SUBSCR),
    CALL_PY_EXACT_ARGS(CALL), CALL_BUILTIN(CALL), CALL_METHOD_DESCRIPTOR(CALL), CALL_TYPE(CALL),
    FOR_ITER_LIST(FOR_ITER), FOR_ITER_RANGE(FOR_ITER),
    UNPACK_SEQUENCE_TUPLE(UNPACK_SEQUENCE), UNPACK_SEQUENCE_LIST(UNPACK_SEQUENCE),
    FOR_ITER_GEN(FOR_ITER),
    CALL_PY_GENERATOR(CALL), CALL_NEXT(CALL), CALL_GEN_SEND(CALL),
    BINARY_OP_PY_METHOD(BINARY_OP),
    BINARY_OP_ADD_TUPLE(BINARY_OP), BINARY_OP_ADD_LIST(BINARY_OP),
    CALL_LEN(CALL);

    private static final Opcode[] VALUES = values();

    private final Opcode family;

    Opcode() {
        this.family = null;
    }

    Opcode(Opcode family) {
        this.family = family;
    }

    /** The generic instruction this one specialises, or itself. */
    public Opcode family() {
        return family == null ? this : family;
    }

    public boolean isSpecialized() {
        return family != null;
    }

    public static Opcode of(int ordinal) {
        return VALUES[ordinal];
    }

    /** Encodes an instruction word. */
    public int encode(int arg) {
        return ordinal() | (arg << 8);
    }

    public static int opcodeOf(int word) {
        return word & 0xff;
    }

    public static int argOf(int word) {
        return word >>> 8;
    }

    public boolean isJump() {
        switch (this) {
            case JUMP: case JUMP_BACKWARD: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP: case FOR_ITER: case SEND:
                return true;
            default:
                return false;
        }
    }

    /** Whether control never falls through to the next instruction. */
    public boolean isTerminal() {
        switch (this) {
            case JUMP: case JUMP_BACKWARD: case RETURN_VALUE: case RAISE_VARARGS: case RERAISE:
                return true;
            default:
                return false;
        }
    }

    /**
     * The change in stack depth, when the jump is ({@code jump=true}) or is not taken. Used by the
     * assembler's depth analysis; generic forms only.
     */
    public int stackEffect(int arg, boolean jump) {
        switch (this) {
            case NOP: case JUMP: case JUMP_BACKWARD: case KW_NAMES: case SETUP_ANNOTATIONS:
            case DELETE_FAST: case DELETE_DEREF: case DELETE_NAME: case DELETE_GLOBAL: case SWAP:
            case UNARY_NEGATIVE: case UNARY_POSITIVE: case UNARY_NOT: case UNARY_INVERT: case GET_ITER:
            case GET_YIELD_FROM_ITER: case LIST_TO_TUPLE: case YIELD_VALUE: case LOAD_ATTR:
            case CHECK_EXC_MATCH: case CHECK_EG_MATCH:
                return 0;
            case POP_TOP: case RETURN_VALUE: case STORE_FAST: case STORE_DEREF: case STORE_NAME:
            case STORE_GLOBAL: case DELETE_ATTR: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE: case POP_JUMP_IF_NOT_NONE: case LIST_APPEND: case SET_ADD:
            case LIST_EXTEND: case SET_UPDATE: case DICT_UPDATE: case DICT_MERGE: case POP_EXCEPT:
            case IMPORT_STAR: case PRINT_EXPR: case RERAISE: case BINARY_SUBSCR: case BINARY_OP:
            case COMPARE_OP: case IS_OP: case CONTAINS_OP: case IMPORT_NAME: case PREP_RERAISE_STAR:
                return -1;
            case PUSH_NULL: case COPY: case LOAD_CONST: case LOAD_FAST: case LOAD_DEREF: case LOAD_CLASSDEREF:
            case LOAD_CLOSURE: case LOAD_NAME: case LOAD_GLOBAL: case LOAD_BUILD_CLASS: case LOAD_METHOD:
            case LOAD_ASSERTION_ERROR: case PUSH_EXC_INFO: case IMPORT_FROM: case GET_LEN:
            case MATCH_MAPPING: case MATCH_SEQUENCE: case MATCH_KEYS: case BEFORE_WITH: case WITH_EXCEPT_START:
                return 1;
            case STORE_ATTR: case MAP_ADD: case DELETE_SUBSCR: case MATCH_CLASS:
                return -2;
            case STORE_SUBSCR:
                return -3;
            case BUILD_SLICE: case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING:
                return 1 - arg;
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
                return jump ? 0 : -1;
            case FOR_ITER:
                return jump ? -1 : 1;
            case SEND:
                return jump ? -1 : 0;
            case BUILD_MAP:
                return 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP:
                return -arg;
            case UNPACK_SEQUENCE:
                return arg - 1;
            case UNPACK_EX:
                return (arg & 0xff) + (arg >> 8);
            case FORMAT_VALUE:
                return (arg & 0x04) != 0 ? -1 : 0;
            case CALL:
                return -arg - 1;
            case CALL_FUNCTION_EX:
                return (arg & 1) != 0 ? -3 : -2;
            case MAKE_FUNCTION:
                return -Integer.bitCount(arg & 0x0f);
            case RAISE_VARARGS:
                return -arg;
            default:
                throw new IllegalStateException("no stack effect for specialised " + this);
        }
    }
}
