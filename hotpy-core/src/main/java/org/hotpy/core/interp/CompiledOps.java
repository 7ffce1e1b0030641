package org.hotpy.core.interp;

import static org.hotpy.core.bytecode.Ops.*;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;

/**
 * The adaptive instructions (subscripts, operators, comparisons, calls) as {@link FunctionCompiler}'s
 * generated methods call them, one method per specialised form, with {@link CompiledSteps}'
 * signature: each does what its {@code case} in {@link Interpreter#run} does.
 */
final class CompiledOps {
    private CompiledOps() {}

    static int binarySubscr(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        s[sp - 2] = SubscrHandlers.subscr(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binarySubscrListInt(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = SubscrHandlers.subscrListInt(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binarySubscrTupleInt(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = SubscrHandlers.subscrTupleInt(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binarySubscrDict(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = SubscrHandlers.subscrDict(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOp(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        s[sp - 2] = BinaryHandlers.generic(code, at, arg, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpAddInt(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.addInt(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpSubtractInt(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.subtractInt(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpMultiplyInt(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.multiplyInt(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpAddFloat(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.addFloat(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpSubtractFloat(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.subtractFloat(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpMultiplyFloat(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.multiplyFloat(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpTruedivFloat(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.trueDivideFloat(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpPyMethod(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // the method may read this frame's line
        s[sp - 2] = BinaryHandlers.pyMethod(code, at, arg, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpAddTuple(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.addTuple(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpAddList(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.addList(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int binaryOpAddUnicode(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.addUnicode(code, at, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int compareOp(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        s[sp - 2] = BinaryHandlers.genericCompare(code, at, arg, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int compareOpInt(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.compareInt(code, at, arg, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int compareOpFloat(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.compareFloat(code, at, arg, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int compareOpStr(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = BinaryHandlers.compareStr(code, at, arg, s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        return sp;
    }

    static int storeSubscr(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        SubscrHandlers.store(code, at, s[sp - 2], s[sp - 1], s[sp - 3]);
        s[--sp] = null;
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    static int storeSubscrListInt(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        SubscrHandlers.storeListInt(code, at, s[sp - 2], s[sp - 1], s[sp - 3]);
        s[--sp] = null;
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    static int storeSubscrDict(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        SubscrHandlers.storeDict(code, at, s[sp - 2], s[sp - 1], s[sp - 3]);
        s[--sp] = null;
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    // the calls pass the instruction word rebuilt from the constant argument (a call's argument is
    // never rewritten), not read from the code: so the argument count is a constant in compiled
    // code, and the copying of arguments and clearing of the stack unroll

    static int call(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        return Calls.call(ts, f, code, at, arg << 8 | CALL, s, sp);
    }

    static int callPyExactArgs(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        return Calls.callPyExactArgs(ts, f, code, at, arg << 8 | CALL_PY_EXACT_ARGS, s, sp);
    }

    static int callType(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        return Calls.callType(ts, f, code, at, arg << 8 | CALL_TYPE, s, sp);
    }

    static int callBuiltin(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        return Calls.callBuiltin(ts, f, code, at, arg << 8 | CALL_BUILTIN, s, sp);
    }

    static int callLen(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        return Calls.callLen(ts, f, code, at, arg << 8 | CALL_LEN, s, sp);
    }

    static int callMethodDescriptor(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        return Calls.callMethodDescriptor(ts, f, code, at, arg << 8 | CALL_METHOD_DESCRIPTOR, s, sp);
    }

    static int callPyGenerator(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        return GeneratorCalls.callPyGenerator(ts, f, code, at, arg << 8 | CALL_PY_GENERATOR, s, sp);
    }

    static int callNext(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        return GeneratorCalls.callNext(ts, f, code, at, arg << 8 | CALL_NEXT, s, sp);
    }

    static int callGenSend(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        return GeneratorCalls.callGenSend(ts, f, code, at, arg << 8 | CALL_GEN_SEND, s, sp);
    }

    /** {@link CompiledControl#adaptive} for these families: runs instruction {@code word} as it now is. */
    static int adaptive(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg, int word) {
        return switch (word & 0xff) {
            case BINARY_SUBSCR -> binarySubscr(ts, f, code, s, sp, at, arg);
            case BINARY_SUBSCR_LIST_INT -> binarySubscrListInt(ts, f, code, s, sp, at, arg);
            case BINARY_SUBSCR_TUPLE_INT -> binarySubscrTupleInt(ts, f, code, s, sp, at, arg);
            case BINARY_SUBSCR_DICT -> binarySubscrDict(ts, f, code, s, sp, at, arg);
            case STORE_SUBSCR -> storeSubscr(ts, f, code, s, sp, at, arg);
            case STORE_SUBSCR_LIST_INT -> storeSubscrListInt(ts, f, code, s, sp, at, arg);
            case STORE_SUBSCR_DICT -> storeSubscrDict(ts, f, code, s, sp, at, arg);
            case BINARY_OP -> binaryOp(ts, f, code, s, sp, at, arg);
            case BINARY_OP_ADD_INT -> binaryOpAddInt(ts, f, code, s, sp, at, arg);
            case BINARY_OP_SUBTRACT_INT -> binaryOpSubtractInt(ts, f, code, s, sp, at, arg);
            case BINARY_OP_MULTIPLY_INT -> binaryOpMultiplyInt(ts, f, code, s, sp, at, arg);
            case BINARY_OP_ADD_FLOAT -> binaryOpAddFloat(ts, f, code, s, sp, at, arg);
            case BINARY_OP_SUBTRACT_FLOAT -> binaryOpSubtractFloat(ts, f, code, s, sp, at, arg);
            case BINARY_OP_MULTIPLY_FLOAT -> binaryOpMultiplyFloat(ts, f, code, s, sp, at, arg);
            case BINARY_OP_TRUEDIV_FLOAT -> binaryOpTruedivFloat(ts, f, code, s, sp, at, arg);
            case BINARY_OP_ADD_UNICODE -> binaryOpAddUnicode(ts, f, code, s, sp, at, arg);
            case BINARY_OP_PY_METHOD -> binaryOpPyMethod(ts, f, code, s, sp, at, arg);
            case BINARY_OP_ADD_TUPLE -> binaryOpAddTuple(ts, f, code, s, sp, at, arg);
            case BINARY_OP_ADD_LIST -> binaryOpAddList(ts, f, code, s, sp, at, arg);
            case COMPARE_OP -> compareOp(ts, f, code, s, sp, at, arg);
            case COMPARE_OP_INT -> compareOpInt(ts, f, code, s, sp, at, arg);
            case COMPARE_OP_FLOAT -> compareOpFloat(ts, f, code, s, sp, at, arg);
            case COMPARE_OP_STR -> compareOpStr(ts, f, code, s, sp, at, arg);
            case CALL -> call(ts, f, code, s, sp, at, arg);
            case CALL_PY_EXACT_ARGS -> callPyExactArgs(ts, f, code, s, sp, at, arg);
            case CALL_TYPE -> callType(ts, f, code, s, sp, at, arg);
            case CALL_BUILTIN -> callBuiltin(ts, f, code, s, sp, at, arg);
            case CALL_LEN -> callLen(ts, f, code, s, sp, at, arg);
            case CALL_METHOD_DESCRIPTOR -> callMethodDescriptor(ts, f, code, s, sp, at, arg);
            case CALL_PY_GENERATOR -> callPyGenerator(ts, f, code, s, sp, at, arg);
            case CALL_NEXT -> callNext(ts, f, code, s, sp, at, arg);
            case CALL_GEN_SEND -> callGenSend(ts, f, code, s, sp, at, arg);
            default -> throw Errors.systemError("not an adaptive instruction: %d at %d in %s", word & 0xff, at,
                    code.qualname);
        };
    }
}
