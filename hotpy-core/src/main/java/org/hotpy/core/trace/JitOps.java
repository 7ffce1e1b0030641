package org.hotpy.core.trace;

import static org.hotpy.core.classfile.Bytecode.*;
import static org.hotpy.core.trace.TraceJit.D_OBJ;
import static org.hotpy.core.trace.TraceJit.EXEC;
import static org.hotpy.core.trace.TraceJit.OBJ;
import static org.hotpy.core.trace.TraceJit.SUPPORT;

import org.hotpy.core.classfile.Bytecode;
import org.hotpy.core.classfile.ClassFile;

/**
 * The bytecode of each trace instruction, case for case what the {@link Executor} does, with
 * registers in JVM locals. Guards branch to the exit stub of their exit; ops that can raise first
 * record their exit for the method's exception handler.
 */
final class JitOps {
    private static final String PRIM = "org/hotpy/api/trace/PrimitiveOps";
    private static final String D_TYPE = "Lorg/hotpy/core/model/PyType;";
    private static final String D_SHAPE = "Lorg/hotpy/core/model/Shape;";
    private static final String FRAMES = "org/hotpy/core/trace/InlinedFrames";
    private static final String D_DICT = "Lorg/hotpy/core/types/collection/PyDict;";
    private static final String D_ARGS = "[" + D_OBJ;
    private static final String PYINT = "org/hotpy/core/types/number/PyInt";

    private final TraceJit j;
    private final Bytecode bc;
    private final int[] c;
    private final Object[] aux;
    private final int[][] lists;

    JitOps(TraceJit j) {
        this.j = j;
        this.bc = j.bc;
        this.c = j.t.insns;
        this.aux = j.t.aux;
        this.lists = j.t.lists;
    }

    private void sup(String name, String desc) {
        bc.invoke(INVOKESTATIC, SUPPORT, name, desc);
    }

    private void stat(String owner, String name, String desc) {
        bc.invoke(INVOKESTATIC, owner, name, desc);
    }

    private void objArray(int[] regs) {
        bc.pushInt(regs.length);
        bc.type(ANEWARRAY, OBJ, 0);
        for (int i = 0; i < regs.length; i++) {
            bc.op(DUP, 1);
            bc.pushInt(i);
            j.loadObj(regs[i]);
            bc.op(AASTORE, -3);
        }
    }

    private void longs(int a, int b) {
        j.loadLong(a);
        j.loadLong(b);
    }

    private void dbls(int a, int b) {
        j.loadDbl(a);
        j.loadDbl(b);
    }

    /** Emits the instruction at {@code ip}; false when the compiler does not handle it. */
    boolean emit(int ip) {
        int op = c[ip];
        int r = c[ip + 1];
        int a = c[ip + 2];
        int b = c[ip + 3];
        int x = c[ip + 4];
        int y = c[ip + 5];
        if (op <= XOp.GUARD_FUNCTION_VERSION || op == XOp.GUARD_GLOBAL_BINDING) {
            return control(op, a, b, x, y);
        }
        if (op <= XOp.INT_TO_FLOAT) {
            intOp(op, r, a, b, x);
        } else if (op <= XOp.UNBOX_BOOL) {
            floatBoolBox(op, r, a, b, x);
        } else if (op <= XOp.LEAVE_FRAME) {
            object(op, r, a, b, x, y);
        } else if (op == XOp.FRAMES_PUSH) {
            framesPush(x);
        } else if (op == XOp.FRAMES_POP) {
            bc.local(ALOAD, TraceJit.TS, 1);
            bc.local(ALOAD, TraceJit.FR, 1);
            stat(FRAMES, "pop", "(L" + TraceJit.STATE + ";L" + TraceJit.FRAME + ";)V");
        } else {
            generic(op, r, a, b, x, y);
        }
        return true;
    }

    private boolean control(int op, int a, int b, int x, int y) {
        switch (op) {
            case XOp.LABEL -> {
                j.moves(lists[y]);
                j.loop = bc.label();
                bc.bind(j.loop);
            }
            case XOp.JUMP -> {
                j.moves(lists[y]);
                bc.iinc(TraceJit.ITER, 1);
                bc.branch(GOTO, j.loop, 0);
            }
            case XOp.SAFEPOINT -> {
                j.current(x);
                bc.local(ALOAD, TraceJit.TS, 1);
                bc.invoke(INVOKEVIRTUAL, TraceJit.STATE, "checkInterrupt", "()V");
            }
            case XOp.EXIT -> j.exitAlways(x);
            case XOp.RETURN -> {
                bc.local(ALOAD, TraceJit.T2, 1);
                box(a);
                bc.field(PUTFIELD, TraceJit.TIER2, "returned", D_OBJ);
                bc.pushInt(Executor.RETURNED);
                bc.op(IRETURN, -1);
            }
            case XOp.GUARD_TRUE, XOp.GUARD_FALSE -> {
                j.loadLong(a);
                bc.op(L2I, -1);
                j.exitIf(op == XOp.GUARD_TRUE ? IFEQ : IFNE, x, -1);
            }
            case XOp.GUARD_CLASS -> {
                j.loadObj(a);
                bc.invoke(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;");
                bc.pushClass(((Class<?>) aux[y]).getName().replace('.', '/'));
                j.exitIf(IF_ACMPNE, x, -2);
            }
            case XOp.GUARD_INT_TYPE -> {
                j.loadObj(a);
                sup("isIntType", "(" + D_OBJ + ")Z");
                j.exitIf(IFEQ, x, -1);
            }
            case XOp.GUARD_TYPE -> {
                j.loadObj(a);
                bc.invoke(INVOKEVIRTUAL, OBJ, "type", "()" + D_TYPE);
                j.constant(aux[y], D_TYPE);
                j.exitIf(IF_ACMPNE, x, -2);
            }
            case XOp.GUARD_IS, XOp.GUARD_IS_NOT -> {
                j.loadObj(a);
                j.loadObj(b);
                j.exitIf(op == XOp.GUARD_IS ? IF_ACMPNE : IF_ACMPEQ, x, -2);
            }
            case XOp.GUARD_INT_VALUE -> {
                longs(a, b);
                bc.op(LCMP, -3);
                j.exitIf(IFNE, x, -1);
            }
            case XOp.GUARD_SHAPE -> {
                j.loadObj(a);
                sup("shapeOf", "(" + D_OBJ + ")" + D_SHAPE);
                j.constant(aux[y], D_SHAPE);
                j.exitIf(IF_ACMPNE, x, -2);
            }
            case XOp.GUARD_TYPE_VERSION -> {
                j.constant(aux[y], D_TYPE);
                j.loadLong(b);
                sup("versionIs", "(" + D_TYPE + "J)Z");
                j.exitIf(IFEQ, x, -1);
            }
            case XOp.GUARD_GLOBALS_VERSION -> {
                j.constant(aux[y], D_DICT);
                j.loadLong(b);
                sup("dictVersionIs", "(" + D_DICT + "J)Z");
                j.exitIf(IFEQ, x, -1);
            }
            case XOp.GUARD_GLOBAL_BINDING -> {
                String binding = "org/hotpy/core/types/collection/DictWatches$Binding";
                j.constant(aux[y], "L" + binding + ";");
                bc.invoke(INVOKEVIRTUAL, binding, "valid", "()Z");
                j.exitIf(IFEQ, x, -1);
            }
            case XOp.GUARD_FUNCTION_VERSION -> {
                if (aux[y] == null) {
                    j.exitAlways(x);
                } else {
                    String entry = "org/hotpy/core/trace/FunctionVersions$Entry";
                    j.constant(aux[y], "L" + entry + ";");
                    j.loadObj(a);
                    bc.type(CHECKCAST, "org/hotpy/core/types/function/PyFunction", 0);
                    bc.invoke(INVOKEVIRTUAL, entry, "matches", "(Lorg/hotpy/core/types/function/PyFunction;)Z");
                    j.exitIf(IFEQ, x, -1);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Boxes the register reference {@code ref} (for {@code return}). */
    private void box(int ref) {
        int reg = Slots.reg(ref);
        switch (Slots.kind(ref)) {
            case Slots.OBJ -> j.loadObj(reg);
            case Slots.LONG -> {
                j.loadLong(reg);
                stat(PYINT, "of", "(J)L" + PYINT + ";");
            }
            case Slots.DOUBLE -> {
                j.loadDbl(reg);
                sup("boxFloat", "(D)" + D_OBJ);
            }
            default -> {
                j.loadLong(reg);
                sup("boxBool", "(J)" + D_OBJ);
            }
        }
    }

    private void checkedLong(String fails, int a, int b, int x) {
        longs(a, b);
        stat(PRIM, fails, "(JJ)Z");
        j.exitIf(IFNE, x, -1);
        longs(a, b);
    }

    private void intOp(int op, int r, int a, int b, int x) {
        switch (op) {
            case XOp.INT_ADD_OVF -> {
                checkedLong("addOverflows", a, b, x);
                bc.op(LADD, -2);
            }
            case XOp.INT_SUB_OVF -> {
                checkedLong("subOverflows", a, b, x);
                bc.op(LSUB, -2);
            }
            case XOp.INT_MUL_OVF -> {
                checkedLong("mulOverflows", a, b, x);
                bc.op(LMUL, -2);
            }
            case XOp.INT_NEG_OVF -> {
                j.loadLong(a);
                bc.pushLong(Long.MIN_VALUE);
                bc.op(LCMP, -3);
                j.exitIf(IFEQ, x, -1);
                j.loadLong(a);
                bc.op(LNEG, 0);
            }
            case XOp.INT_ADD -> {
                longs(a, b);
                bc.op(LADD, -2);
            }
            case XOp.INT_SUB -> {
                longs(a, b);
                bc.op(LSUB, -2);
            }
            case XOp.INT_MUL -> {
                longs(a, b);
                bc.op(LMUL, -2);
            }
            case XOp.INT_FLOORDIV -> {
                checkedLong("floorDivFails", a, b, x);
                stat("java/lang/Math", "floorDiv", "(JJ)J");
            }
            case XOp.INT_MOD -> {
                j.loadLong(b);
                bc.pushLong(0);
                bc.op(LCMP, -3);
                j.exitIf(IFEQ, x, -1);
                longs(a, b);
                stat("java/lang/Math", "floorMod", "(JJ)J");
            }
            case XOp.INT_TRUEDIV -> {
                checkedLong("intTrueDivFails", a, b, x);
                stat(PRIM, "intTrueDiv", "(JJ)D");
                j.storeDbl(r);
                return;
            }
            case XOp.INT_AND, XOp.INT_OR, XOp.INT_XOR -> {
                longs(a, b);
                bc.op(op == XOp.INT_AND ? LAND : op == XOp.INT_OR ? LOR : LXOR, -2);
            }
            case XOp.INT_INVERT -> {
                j.loadLong(a);
                bc.pushLong(-1);
                bc.op(LXOR, -2);
            }
            case XOp.INT_LSHIFT_OVF -> {
                checkedLong("lshiftFails", a, b, x);
                stat(PRIM, "lshift", "(JJ)J");
            }
            case XOp.INT_RSHIFT -> {
                j.loadLong(b);
                bc.pushLong(0);
                bc.op(LCMP, -3);
                j.exitIf(IFLT, x, -1);
                longs(a, b);
                stat(PRIM, "rshift", "(JJ)J");
            }
            case XOp.INT_LT, XOp.INT_LE, XOp.INT_EQ, XOp.INT_NE, XOp.INT_GT, XOp.INT_GE -> {
                longs(a, b);
                sup(new String[] {"lt", "le", "eq", "ne", "gt", "ge"}[op - XOp.INT_LT], "(JJ)J");
            }
            case XOp.INT_IS_TRUE -> {
                j.loadLong(a);
                sup("isTrue", "(J)J");
            }
            default -> { // INT_TO_FLOAT
                j.loadLong(a);
                bc.op(L2D, 0);
                j.storeDbl(r);
                return;
            }
        }
        j.storeLong(r);
    }

    private void floatCheck(int b, int x) {
        j.loadDbl(b);
        bc.pushDouble(0.0);
        bc.op(DCMPL, -3);
        j.exitIf(IFEQ, x, -1);
    }

    private void floatBoolBox(int op, int r, int a, int b, int x) {
        switch (op) {
            case XOp.FLOAT_ADD, XOp.FLOAT_SUB, XOp.FLOAT_MUL -> {
                dbls(a, b);
                bc.op(op == XOp.FLOAT_ADD ? DADD : op == XOp.FLOAT_SUB ? DSUB : DMUL, -2);
                j.storeDbl(r);
            }
            case XOp.FLOAT_TRUEDIV -> {
                floatCheck(b, x);
                dbls(a, b);
                bc.op(DDIV, -2);
                j.storeDbl(r);
            }
            case XOp.FLOAT_FLOORDIV, XOp.FLOAT_MOD -> {
                floatCheck(b, x);
                dbls(a, b);
                stat(PRIM, op == XOp.FLOAT_MOD ? "floatMod" : "floatFloorDiv", "(DD)D");
                j.storeDbl(r);
            }
            case XOp.FLOAT_NEG -> {
                j.loadDbl(a);
                bc.op(DNEG, 0);
                j.storeDbl(r);
            }
            case XOp.FLOAT_LT, XOp.FLOAT_LE, XOp.FLOAT_EQ, XOp.FLOAT_NE, XOp.FLOAT_GT, XOp.FLOAT_GE -> {
                dbls(a, b);
                sup(new String[] {"flt", "fle", "feq", "fne", "fgt", "fge"}[op - XOp.FLOAT_LT], "(DD)J");
                j.storeLong(r);
            }
            case XOp.FLOAT_IS_TRUE -> {
                j.loadDbl(a);
                sup("fIsTrue", "(D)J");
                j.storeLong(r);
            }
            case XOp.BOOL_NOT -> {
                j.loadLong(a);
                bc.pushLong(1);
                bc.op(LXOR, -2);
                j.storeLong(r);
            }
            case XOp.BOOL_TO_INT -> {
                j.loadLong(a);
                j.storeLong(r);
            }
            case XOp.BOX_INT -> {
                j.loadLong(a);
                stat(PYINT, "of", "(J)L" + PYINT + ";");
                j.storeObj(r);
            }
            case XOp.BOX_FLOAT -> {
                j.loadDbl(a);
                sup("boxFloat", "(D)" + D_OBJ);
                j.storeObj(r);
            }
            case XOp.BOX_BOOL -> {
                j.loadLong(a);
                sup("boxBool", "(J)" + D_OBJ);
                j.storeObj(r);
            }
            case XOp.UNBOX_INT -> {
                j.loadObj(a);
                bc.type(INSTANCEOF, PYINT, 0);
                j.exitIf(IFEQ, x, -1);
                j.loadObj(a);
                bc.type(CHECKCAST, PYINT, 0);
                bc.field(GETFIELD, PYINT, "value", "J");
                j.storeLong(r);
            }
            case XOp.UNBOX_FLOAT -> {
                j.loadObj(a);
                bc.type(CHECKCAST, "org/hotpy/core/types/number/PyFloat", 0);
                bc.field(GETFIELD, "org/hotpy/core/types/number/PyFloat", "value", "D");
                j.storeDbl(r);
            }
            default -> { // UNBOX_BOOL
                j.loadObj(a);
                sup("unboxBool", "(" + D_OBJ + ")J");
                j.storeLong(r);
            }
        }
    }

    private void nullExit(int r, int x) {
        j.storeObj(r);
        j.loadObj(r);
        j.exitIf(IFNULL, x, -1);
    }

    private void object(int op, int r, int a, int b, int x, int y) {
        switch (op) {
            case XOp.OBJ_IS -> {
                j.loadObj(a);
                j.loadObj(b);
                sup("is", "(" + D_OBJ + D_OBJ + ")J");
                j.storeLong(r);
            }
            case XOp.NEW_INSTANCE -> {
                j.current(x);
                j.constant(aux[a], "[Ljava/lang/Object;");
                objArray(lists[y]);
                sup("newInstance", "(Ljava/lang/Object;" + D_ARGS + ")" + D_OBJ);
                j.storeObj(r);
            }
            case XOp.NEW_BOUND_METHOD -> {
                j.loadObj(a);
                j.loadObj(b);
                sup("boundMethod", "(" + D_OBJ + D_OBJ + ")" + D_OBJ);
                j.storeObj(r);
            }
            case XOp.GET_SLOT -> {
                j.loadObj(a);
                stat(EXEC, "valuesOf", "(" + D_OBJ + ")" + D_ARGS);
                bc.pushInt(y);
                bc.op(AALOAD, -1);
                j.storeObj(r);
            }
            case XOp.SET_SLOT -> {
                j.loadObj(a);
                stat(EXEC, "valuesOf", "(" + D_OBJ + ")" + D_ARGS);
                bc.pushInt(y);
                j.loadObj(b);
                bc.op(AASTORE, -3);
            }
            case XOp.SET_SHAPE -> {
                j.loadObj(a);
                j.constant(aux[y], D_SHAPE);
                stat(EXEC, "setShape", "(" + D_OBJ + D_SHAPE + ")V");
            }
            case XOp.BUILD_TUPLE -> {
                objArray(lists[y]);
                stat("org/hotpy/core/types/collection/PyTuple", "of",
                        "(" + D_ARGS + ")Lorg/hotpy/core/types/collection/PyTuple;");
                j.storeObj(r);
            }
            case XOp.BUILD_LIST -> {
                objArray(lists[y]);
                stat("org/hotpy/core/types/collection/PyList", "wrap",
                        "(" + D_ARGS + ")Lorg/hotpy/core/types/collection/PyList;");
                j.storeObj(r);
            }
            case XOp.LEN -> {
                j.current(x);
                j.loadObj(a);
                stat(EXEC, "len", "(" + D_OBJ + ")J");
                j.storeLong(r);
            }
            case XOp.TUPLE_GET_ITEM, XOp.LIST_GET_ITEM -> {
                j.loadObj(a);
                j.loadLong(b);
                sup(op == XOp.TUPLE_GET_ITEM ? "tupleItem" : "listItem", "(" + D_OBJ + "J)" + D_OBJ);
                nullExit(r, x);
            }
            case XOp.LIST_SET_ITEM -> {
                j.loadObj(a);
                j.loadLong(b);
                j.loadObj(y);
                sup("listSet", "(" + D_OBJ + "J" + D_OBJ + ")Z");
                j.exitIf(IFEQ, x, -1);
            }
            case XOp.LIST_APPEND -> {
                j.current(-1);
                j.loadObj(a);
                bc.type(CHECKCAST, "org/hotpy/core/types/collection/PyList", 0);
                j.loadObj(b);
                bc.invoke(INVOKEVIRTUAL, "org/hotpy/core/types/collection/PyList", "append", "(" + D_OBJ + ")V");
            }
            case XOp.LOAD_DEREF -> {
                j.loadObj(a);
                bc.type(CHECKCAST, "org/hotpy/core/types/function/PyCell", 0);
                bc.field(GETFIELD, "org/hotpy/core/types/function/PyCell", "value", D_OBJ);
                nullExit(r, x);
            }
            case XOp.STORE_DEREF -> {
                j.loadObj(a);
                bc.type(CHECKCAST, "org/hotpy/core/types/function/PyCell", 0);
                j.loadObj(b);
                bc.field(PUTFIELD, "org/hotpy/core/types/function/PyCell", "value", D_OBJ);
            }
            case XOp.RANGE_ITER_NEXT -> {
                j.loadObj(a);
                sup("rangeHasNext", "(" + D_OBJ + ")Z");
                j.exitIf(IFEQ, x, -1);
                j.loadObj(a);
                sup("rangeNext", "(" + D_OBJ + ")J");
                j.storeLong(r);
            }
            case XOp.LIST_ITER_NEXT -> {
                String it = "org/hotpy/core/types/collection/SequenceIterator$OfList";
                j.loadObj(a);
                bc.type(CHECKCAST, it, 0);
                bc.invoke(INVOKEVIRTUAL, it, "next", "()" + D_OBJ);
                nullExit(r, x);
            }
            case XOp.ENTER_FRAME -> {
                bc.local(ALOAD, TraceJit.TS, 1);
                bc.local(ILOAD, TraceJit.DEPTH, 1);
                sup("recursionAllows", "(L" + TraceJit.STATE + ";I)Z");
                j.exitIf(IFEQ, x, -1);
                bc.iinc(TraceJit.DEPTH, 1);
            }
            default -> bc.iinc(TraceJit.DEPTH, -1); // LEAVE_FRAME
        }
    }

    private void generic(int op, int r, int a, int b, int x, int y) {
        j.current(x);
        switch (op) {
            case XOp.LOAD_GLOBAL -> {
                j.loadObj(a);
                j.loadObj(b);
                bc.pushString((String) aux[y]);
                sup("loadGlobal", "(" + D_OBJ + D_OBJ + "Ljava/lang/String;)" + D_OBJ);
                nullExit(r, x);
            }
            case XOp.LOAD_NAME -> {
                Object[] nb = (Object[]) aux[y];
                j.loadObj(a);
                j.loadObj(b);
                j.constant(nb[1], D_DICT);
                bc.pushString((String) nb[0]);
                sup("loadName", "(" + D_OBJ + D_OBJ + D_DICT + "Ljava/lang/String;)" + D_OBJ);
                nullExit(r, x);
            }
            case XOp.STORE_NAME, XOp.STORE_GLOBAL -> {
                j.loadObj(a);
                bc.pushString((String) aux[y]);
                j.loadObj(b);
                sup("storeDict", "(" + D_OBJ + "Ljava/lang/String;" + D_OBJ + ")V");
            }
            case XOp.LOAD_ATTR -> {
                j.loadObj(a);
                bc.pushString((String) aux[y]);
                stat("org/hotpy/core/ops/Attr", "get", "(" + D_OBJ + "Ljava/lang/String;)" + D_OBJ);
                j.storeObj(r);
            }
            case XOp.STORE_ATTR -> {
                j.loadObj(a);
                bc.pushString((String) aux[y]);
                j.loadObj(b);
                stat("org/hotpy/core/ops/Attr", "set", "(" + D_OBJ + "Ljava/lang/String;" + D_OBJ + ")V");
            }
            case XOp.BINARY_OP, XOp.COMPARE_OP -> {
                j.loadObj(a);
                j.loadObj(b);
                bc.pushInt(y);
                if (op == XOp.BINARY_OP) {
                    stat(EXEC, "binary", "(" + D_OBJ + D_OBJ + "I)" + D_OBJ);
                } else {
                    sup("compare", "(" + D_OBJ + D_OBJ + "I)" + D_OBJ);
                }
                j.storeObj(r);
            }
            case XOp.CONTAINS_OP, XOp.BINARY_SUBSCR -> {
                j.loadObj(a);
                j.loadObj(b);
                if (op == XOp.CONTAINS_OP) {
                    sup("contains", "(" + D_OBJ + D_OBJ + ")" + D_OBJ);
                } else {
                    stat("org/hotpy/core/ops/Protocols", "getItem", "(" + D_OBJ + D_OBJ + ")" + D_OBJ);
                }
                j.storeObj(r);
            }
            case XOp.UNARY_NEGATIVE, XOp.UNARY_INVERT, XOp.UNARY_NOT, XOp.GET_ITER -> {
                j.loadObj(a);
                if (op == XOp.UNARY_NOT) {
                    sup("not", "(" + D_OBJ + ")" + D_OBJ);
                } else if (op == XOp.GET_ITER) {
                    stat("org/hotpy/core/ops/Protocols", "iter", "(" + D_OBJ + ")" + D_OBJ);
                } else {
                    stat("org/hotpy/core/ops/Operators", op == XOp.UNARY_NEGATIVE ? "negative" : "invert",
                            "(" + D_OBJ + ")" + D_OBJ);
                }
                j.storeObj(r);
            }
            case XOp.TRUTH -> {
                j.loadObj(a);
                sup("truth", "(" + D_OBJ + ")J");
                j.storeLong(r);
            }
            case XOp.STORE_SUBSCR -> {
                j.loadObj(a);
                j.loadObj(b);
                j.loadObj(y);
                stat("org/hotpy/core/ops/Protocols", "setItem", "(" + D_OBJ + D_OBJ + D_OBJ + ")V");
            }
            case XOp.BUILD_MAP -> {
                objArray(lists[y]);
                sup("buildMap", "(" + D_ARGS + ")" + D_OBJ);
                j.storeObj(r);
            }
            case XOp.FOR_ITER -> {
                j.loadObj(a);
                stat("org/hotpy/core/ops/Protocols", "next", "(" + D_OBJ + ")" + D_OBJ);
                nullExit(r, x);
            }
            case XOp.CALL, XOp.CALL_BUILTIN -> {
                callerLine(x);
                j.loadObj(a);
                objArray(lists[y]);
                if (op == XOp.CALL && b >= 0) {
                    j.constant(aux[b], "[Ljava/lang/String;");
                } else {
                    bc.op(ACONST_NULL, 1);
                }
                bc.invoke(INVOKEVIRTUAL, OBJ, "call", "(" + D_ARGS + "[Ljava/lang/String;)" + D_OBJ);
                j.storeObj(r);
            }
            case XOp.CALL_PY -> {
                callerLine(x);
                bc.local(ALOAD, TraceJit.TS, 1);
                j.loadObj(a);
                objArray(lists[y]);
                sup("callPy", "(L" + TraceJit.STATE + ";" + D_OBJ + D_ARGS + ")" + D_OBJ);
                j.storeObj(r);
            }
            default -> intrinsic(r, a, y); // INTRINSIC
        }
    }

    /**
     * {@link InlinedFrames#pushSpilled}: the registers exit {@code x}'s inlined frames read go to the
     * trace's spill arrays (only those, to keep the method small), then the frames are pushed.
     */
    private void framesPush(int x) {
        j.current(x);
        int[] refs = InlinedFrames.registersRead(j.t.exits[x]);
        j.t.exits[x].pushSpilledObj = InlinedFrames.objectRegisters(refs);
        for (int ref : refs) {
            int reg = Slots.reg(ref);
            bc.local(ALOAD, TraceJit.TRACE, 1);
            switch (Slots.kind(ref)) {
                case Slots.OBJ -> {
                    bc.field(GETFIELD, TraceJit.CT, "spillObj", "[" + D_OBJ);
                    bc.pushInt(reg);
                    j.loadObj(reg);
                    bc.op(AASTORE, -3);
                }
                case Slots.DOUBLE -> {
                    bc.field(GETFIELD, TraceJit.CT, "spillDbl", "[D");
                    bc.pushInt(reg);
                    j.loadDbl(reg);
                    bc.op(DASTORE, -4);
                }
                default -> {
                    bc.field(GETFIELD, TraceJit.CT, "spillLong", "[J");
                    bc.pushInt(reg);
                    j.loadLong(reg);
                    bc.op(LASTORE, -4);
                }
            }
        }
        bc.local(ALOAD, TraceJit.TRACE, 1);
        bc.pushInt(x);
        bc.local(ALOAD, TraceJit.TS, 1);
        bc.local(ALOAD, TraceJit.FR, 1);
        stat(FRAMES, "pushSpilled", "(L" + TraceJit.CT + ";IL" + TraceJit.STATE + ";L" + TraceJit.FRAME + ";)V");
    }

    /** As {@link Executor#callerLine}: the frame's pc is the call's, for the callee's sys._getframe and warnings. */
    private void callerLine(int exit) {
        int pc = Executor.callerPc(j.t, exit);
        if (pc >= 0) {
            bc.local(ALOAD, TraceJit.FR, 1);
            bc.pushInt(pc);
            bc.field(PUTFIELD, TraceJit.FRAME, "pc", "I");
        }
    }

        private void intrinsic(int result, int handle, int list) {
        int[] refs = lists[list];
        j.constant(aux[handle], "Ljava/lang/Object;");
        bc.pushInt(refs.length);
        bc.type(ANEWARRAY, "java/lang/Object", 0);
        for (int i = 0; i < refs.length; i++) {
            bc.op(DUP, 1);
            bc.pushInt(i);
            int reg = Slots.reg(refs[i]);
            switch (Slots.kind(refs[i])) {
                case Slots.OBJ -> j.loadObj(reg);
                case Slots.LONG -> {
                    j.loadLong(reg);
                    stat("java/lang/Long", "valueOf", "(J)Ljava/lang/Long;");
                }
                case Slots.DOUBLE -> {
                    j.loadDbl(reg);
                    stat("java/lang/Double", "valueOf", "(D)Ljava/lang/Double;");
                }
                default -> {
                    j.loadLong(reg);
                    bc.op(L2I, -1);
                    stat("java/lang/Boolean", "valueOf", "(Z)Ljava/lang/Boolean;");
                }
            }
            bc.op(AASTORE, -3);
        }
        sup("invokeIntrinsic", "(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;");
        if (result == Slots.NULL) {
            bc.op(POP, -1);
            return;
        }
        int reg = Slots.reg(result);
        switch (Slots.kind(result)) {
            case Slots.OBJ -> {
                bc.type(CHECKCAST, OBJ, 0);
                j.storeObj(reg);
            }
            case Slots.LONG -> {
                bc.type(CHECKCAST, "java/lang/Long", 0);
                bc.invoke(INVOKEVIRTUAL, "java/lang/Long", "longValue", "()J");
                j.storeLong(reg);
            }
            case Slots.DOUBLE -> {
                bc.type(CHECKCAST, "java/lang/Double", 0);
                bc.invoke(INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D");
                j.storeDbl(reg);
            }
            default -> {
                bc.type(CHECKCAST, "java/lang/Boolean", 0);
                bc.invoke(INVOKEVIRTUAL, "java/lang/Boolean", "booleanValue", "()Z");
                bc.op(I2L, 1);
                j.storeLong(reg);
            }
        }
    }
}
