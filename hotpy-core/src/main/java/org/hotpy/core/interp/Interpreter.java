package org.hotpy.core.interp;

import static org.hotpy.core.bytecode.Ops.*;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.InternalErrors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.exception.PyTraceback;
import org.hotpy.core.types.function.PyCell;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;

/**
 * The tier-1 interpreter: a loop over one frame's instructions. Each {@code case} is one call
 * into a handler class (or a few lines for the cheapest instructions), which keeps this method
 * small enough for HotSpot to compile. Python calls recurse into {@link #execute}; exceptions
 * travel as {@link PyException} and are dispatched through the code's exception table.
 */
public final class Interpreter {
    private Interpreter() {}

    /** Runs {@code f} until it returns or yields; the result is the returned or yielded value. */
    public static PyObject execute(InterpreterState ts, Frame f) {
        // the rare parts (recursion error, tier 2's entry hook, compiling on call) out of line:
        // every call path of Calls inlines this, and smaller compiled call paths run faster. Code not
        // compiled yet, and its first entry, take no branch here (a branch never taken in a steady
        // state becomes an uncommon trap in C2's code, which the next new function would hit): its
        // compiled form is then CompiledCode.NOT_COMPILED, whose run does them, and its entry counter
        // starts at CodeObject.NEVER_ENTERED, which the first decrement turns into Integer.MAX_VALUE
        if (ts.depth >= ts.recursionLimit) {
            throw recursionLimitReached();
        }
        ts.depth++;
        Frame prev = ts.frame;
        f.back = prev;
        ts.frame = f;
        try {
            CodeObject code = f.code;
            if (f.pc != 0 || --code.entryCounter >= 0) {
                return ((CompiledCode) code.compiled).run(ts, f);
            }
            return enterWithHook(ts, f);
        } finally {
            ts.frame = prev;
            ts.depth--;
        }
    }

    private static PyException recursionLimitReached() {
        return Errors.recursionError("maximum recursion depth exceeded");
    }

    /** A function entry that tier 2 counts (or records, or runs a trace from), then the body. */
    private static PyObject enterWithHook(InterpreterState ts, Frame f) {
        PyObject r = org.hotpy.core.trace.TraceHooks.functionEntry(ts, f);
        if (r != null) {
            return r;
        }
        Object c = f.code.compiled;
        if (c == CompiledCode.NOT_COMPILED) {
            return runUncompiled(ts, f); // not through its run, which would take this for a first entry
        }
        return ((CompiledCode) c).run(ts, f);
    }

    /**
     * A frame of code not compiled yet ({@link CompiledCode#NOT_COMPILED}). At the code's first
     * entry (the entry counter went from {@link CodeObject#NEVER_ENTERED} to Integer.MAX_VALUE,
     * which no other decrement in {@link #execute} gives) tier 2's entry hook runs first, as if the
     * counter had started at 0 and run out.
     */
    static PyObject runNotCompiled(InterpreterState ts, Frame f) {
        if (f.pc == 0 && f.code.entryCounter == Integer.MAX_VALUE) {
            f.code.entryCounter = -1;
            return enterWithHook(ts, f);
        }
        return runUncompiled(ts, f);
    }

    /** The body of a function not compiled yet: compiled now if it is warm, else interpreted. */
    private static PyObject runUncompiled(InterpreterState ts, Frame f) {
        CompiledCode c = FunctionCompiler.onCall(f.code);
        if (c == null) {
            return run(ts, f);
        }
        return c.run(ts, f);
    }

    static PyObject run(InterpreterState ts, Frame f) {
        return run(ts, f, null);
    }

    /**
     * Runs {@code f} from {@code f.pc} until it returns or yields. {@code caller} is the compiled
     * code that handed the frame over (it left at an instruction it cannot continue from, or a trace
     * left the loop elsewhere), or null: at the first back-edge while {@code caller} is still the
     * code's compiled form, this returns null with {@code f.pc} at the loop head for the caller to
     * continue there. The frame goes back to its compiled code at once, instead of staying
     * interpreted until the loop's counter runs out and then calling it one Java call deeper.
     */
    @SuppressWarnings("checkstyle:MethodLength")
    static PyObject run(InterpreterState ts, Frame f, CompiledCode caller) {
        final CodeObject code = f.code;
        final int[] insns = code.code;
        final PyObject[] s = f.stack;
        int pc = f.pc;
        int sp = f.sp;
        // the compiled form a warm loop goes on in: called after this loop, outside its handlers, so
        // that an exception escaping the compiled code is not handled in this frame a second time
        CompiledCode next;
        frame:
        while (true) {
            try {
                if (f.pendingThrow != null) {
                    PyException e = f.pendingThrow;
                    f.pendingThrow = null;
                    throw e;
                }
                while (true) {
                    final int word = insns[pc++];
                    final int arg = word >>> 8;
                    switch (word & 0xff) {
                        case NOP:
                            continue;
                        case POP_TOP:
                            s[--sp] = null;
                            continue;
                        case PUSH_NULL:
                            s[sp++] = null;
                            continue;
                        case COPY:
                            s[sp] = s[sp - arg];
                            sp++;
                            continue;
                        case SWAP: {
                            PyObject t = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = t;
                            continue;
                        }
                        case LOAD_CONST:
                            s[sp++] = code.consts[arg];
                            continue;
                        case LOAD_FAST: {
                            PyObject v = s[arg];
                            if (v == null) {
                                throw NameHandlers.unboundLocal(code, arg);
                            }
                            s[sp++] = v;
                            continue;
                        }
                        case STORE_FAST:
                            s[arg] = s[--sp];
                            s[sp] = null;
                            continue;
                        case LOAD_DEREF: {
                            PyObject v = ((PyCell) s[arg]).value;
                            if (v == null) {
                                throw NameHandlers.unboundDeref(code, arg);
                            }
                            s[sp++] = v;
                            continue;
                        }
                        case STORE_DEREF:
                            ((PyCell) s[arg]).value = s[--sp];
                            s[sp] = null;
                            continue;
                        case LOAD_CLOSURE:
                            s[sp++] = s[arg];
                            continue;
                        case LOAD_NAME:
                            s[sp++] = NameHandlers.loadName(f, code.names[arg]);
                            continue;
                        case STORE_NAME:
                            NameHandlers.storeName(f, code.names[arg], s[--sp]);
                            s[sp] = null;
                            continue;
                        case LOAD_GLOBAL:
                            s[sp++] = NameHandlers.loadGlobal(f, pc - 1, arg);
                            continue;
                        case LOAD_GLOBAL_MODULE:
                            s[sp++] = NameHandlers.loadGlobalModule(f, code, pc - 1, arg);
                            continue;
                        case LOAD_GLOBAL_BUILTIN:
                            s[sp++] = NameHandlers.loadGlobalBuiltin(f, code, pc - 1, arg);
                            continue;
                        case STORE_GLOBAL:
                            f.globals.putStr(code.names[arg], s[--sp]);
                            s[sp] = null;
                            continue;
                        case LOAD_ATTR:
                            f.pc = pc; // code it runs may read this frame's line
                            s[sp - 1] = AttrHandlers.loadAttr(code, pc - 1, s[sp - 1]);
                            continue;
                        case LOAD_ATTR_INSTANCE_VALUE:
                            s[sp - 1] = AttrHandlers.loadAttrInstanceValue(code, pc - 1, s[sp - 1]);
                            continue;
                        case LOAD_ATTR_MODULE:
                            s[sp - 1] = AttrHandlers.loadAttrModule(code, pc - 1, s[sp - 1]);
                            continue;
                        case LOAD_ATTR_CLASS:
                            s[sp - 1] = AttrHandlers.loadAttrClass(code, pc - 1, s[sp - 1]);
                            continue;
                        case LOAD_ATTR_SLOT:
                            s[sp - 1] = AttrHandlers.loadAttrSlot(code, pc - 1, s[sp - 1]);
                            continue;
                        case STORE_ATTR:
                            f.pc = pc; // code it runs may read this frame's line
                            AttrHandlers.storeAttr(code, pc - 1, s[sp - 1], s[sp - 2]);
                            s[--sp] = null;
                            s[--sp] = null;
                            continue;
                        case STORE_ATTR_INSTANCE_VALUE:
                            AttrHandlers.storeAttrInstanceValue(code, pc - 1, s[sp - 1], s[sp - 2]);
                            s[--sp] = null;
                            s[--sp] = null;
                            continue;
                        case LOAD_METHOD:
                            f.pc = pc; // code it runs may read this frame's line
                            sp = AttrHandlers.loadMethod(code, pc - 1, s, sp);
                            continue;
                        case LOAD_METHOD_WITH_VALUES:
                            sp = AttrHandlers.loadMethodWithValues(code, pc - 1, s, sp);
                            continue;
                        case LOAD_METHOD_NO_DICT:
                            sp = AttrHandlers.loadMethodNoDict(code, pc - 1, s, sp);
                            continue;
                        case LOAD_METHOD_CLASS:
                            sp = AttrHandlers.loadMethodClass(code, pc - 1, s, sp);
                            continue;
                        case LOAD_METHOD_MODULE:
                            sp = AttrHandlers.loadMethodModule(code, pc - 1, s, sp);
                            continue;
                        case BINARY_SUBSCR:
                            f.pc = pc; // code it runs may read this frame's line
                            s[sp - 2] = SubscrHandlers.subscr(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_SUBSCR_LIST_INT:
                            s[sp - 2] = SubscrHandlers.subscrListInt(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_SUBSCR_TUPLE_INT:
                            s[sp - 2] = SubscrHandlers.subscrTupleInt(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_SUBSCR_DICT:
                            s[sp - 2] = SubscrHandlers.subscrDict(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case STORE_SUBSCR:
                            f.pc = pc; // code it runs may read this frame's line
                            SubscrHandlers.store(code, pc - 1, s[sp - 2], s[sp - 1], s[sp - 3]);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[--sp] = null;
                            continue;
                        case STORE_SUBSCR_LIST_INT:
                            SubscrHandlers.storeListInt(code, pc - 1, s[sp - 2], s[sp - 1], s[sp - 3]);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[--sp] = null;
                            continue;
                        case STORE_SUBSCR_DICT:
                            SubscrHandlers.storeDict(code, pc - 1, s[sp - 2], s[sp - 1], s[sp - 3]);
                            s[--sp] = null;
                            s[--sp] = null;
                            s[--sp] = null;
                            continue;
                        case BINARY_OP:
                            f.pc = pc; // code it runs may read this frame's line
                            s[sp - 2] = BinaryHandlers.generic(code, pc - 1, arg, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_ADD_INT:
                            s[sp - 2] = BinaryHandlers.addInt(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_SUBTRACT_INT:
                            s[sp - 2] = BinaryHandlers.subtractInt(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_MULTIPLY_INT:
                            s[sp - 2] = BinaryHandlers.multiplyInt(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_ADD_FLOAT:
                            s[sp - 2] = BinaryHandlers.addFloat(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_SUBTRACT_FLOAT:
                            s[sp - 2] = BinaryHandlers.subtractFloat(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_MULTIPLY_FLOAT:
                            s[sp - 2] = BinaryHandlers.multiplyFloat(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_TRUEDIV_FLOAT:
                            s[sp - 2] = BinaryHandlers.trueDivideFloat(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_ADD_UNICODE:
                            s[sp - 2] = BinaryHandlers.addUnicode(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_ADD_TUPLE:
                            s[sp - 2] = BinaryHandlers.addTuple(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_ADD_LIST:
                            s[sp - 2] = BinaryHandlers.addList(code, pc - 1, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case BINARY_OP_PY_METHOD:
                            f.pc = pc; // the method may read this frame's line
                            s[sp - 2] = BinaryHandlers.pyMethod(code, pc - 1, arg, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case COMPARE_OP:
                            f.pc = pc; // code it runs may read this frame's line
                            s[sp - 2] = BinaryHandlers.genericCompare(code, pc - 1, arg, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case COMPARE_OP_INT:
                            s[sp - 2] = BinaryHandlers.compareInt(code, pc - 1, arg, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case COMPARE_OP_FLOAT:
                            s[sp - 2] = BinaryHandlers.compareFloat(code, pc - 1, arg, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case COMPARE_OP_STR:
                            s[sp - 2] = BinaryHandlers.compareStr(code, pc - 1, arg, s[sp - 2], s[sp - 1]);
                            s[--sp] = null;
                            continue;
                        case UNARY_NOT:
                            s[sp - 1] = PyBool.of(!Protocols.isTrue(s[sp - 1]));
                            continue;
                        case IS_OP:
                            s[sp - 2] = PyBool.of((s[sp - 2] == s[sp - 1]) != (arg == 1));
                            s[--sp] = null;
                            continue;
                        case CONTAINS_OP:
                            f.pc = pc; // code it runs may read this frame's line
                            s[sp - 2] = PyBool.of(Protocols.contains(s[sp - 1], s[sp - 2]) != (arg == 1));
                            s[--sp] = null;
                            continue;
                        case JUMP:
                            pc = arg;
                            continue;
                        case JUMP_BACKWARD:
                            // poll before jumping: an interrupt belongs to this instruction, inside
                            // the loop and its try blocks, not to the one before the loop head
                            ts.checkInterrupt();
                            if (--code.counters[pc - 1] < 0) {
                                int jumpAt = pc - 1;
                                f.sp = sp;
                                pc = org.hotpy.core.trace.TraceHooks.backEdge(ts, f, jumpAt, arg);
                                sp = f.sp;
                                if (f.pendingThrow != null) {
                                    PyException e = f.pendingThrow;
                                    f.pendingThrow = null;
                                    throw e;
                                }
                                {
                                    // a warm loop goes on in this code's compiled form, at its head
                                    // or where a trace left the loop
                                    CompiledCode c = FunctionCompiler.onLoop(code, arg, jumpAt, pc);
                                    if (c != null) {
                                        f.pc = pc;
                                        f.sp = sp;
                                        if (c == caller) {
                                            return null;
                                        }
                                        next = c;
                                        break frame;
                                    }
                                }
                            } else {
                                pc = arg;
                                if (caller != null && code.compiled == caller) {
                                    f.pc = pc;
                                    f.sp = sp;
                                    return null;
                                }
                            }
                            continue;
                        case POP_JUMP_IF_FALSE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (!truthy(v)) {
                                pc = arg;
                            }
                            continue;
                        }
                        case POP_JUMP_IF_TRUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            if (truthy(v)) {
                                pc = arg;
                            }
                            continue;
                        }
                        case POP_JUMP_IF_NONE:
                            if (s[--sp] == PyNone.NONE) {
                                pc = arg;
                            }
                            s[sp] = null;
                            continue;
                        case POP_JUMP_IF_NOT_NONE:
                            if (s[--sp] != PyNone.NONE) {
                                pc = arg;
                            }
                            s[sp] = null;
                            continue;
                        case JUMP_IF_FALSE_OR_POP:
                            if (!truthy(s[sp - 1])) {
                                pc = arg;
                            } else {
                                s[--sp] = null;
                            }
                            continue;
                        case JUMP_IF_TRUE_OR_POP:
                            if (truthy(s[sp - 1])) {
                                pc = arg;
                            } else {
                                s[--sp] = null;
                            }
                            continue;
                        case GET_ITER:
                            f.pc = pc; // code it runs may read this frame's line
                            s[sp - 1] = Protocols.iter(s[sp - 1]);
                            continue;
                        case FOR_ITER: {
                            f.pc = pc; // code it runs may read this frame's line
                            PyObject v = IterHandlers.forIter(code, pc - 1, s[sp - 1]);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                pc = arg;
                            }
                            continue;
                        }
                        case FOR_ITER_RANGE: {
                            PyObject v = IterHandlers.forIterRange(code, pc - 1, s[sp - 1]);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                pc = arg;
                            }
                            continue;
                        }
                        case FOR_ITER_LIST: {
                            PyObject v = IterHandlers.forIterList(code, pc - 1, s[sp - 1]);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                pc = arg;
                            }
                            continue;
                        }
                        case FOR_ITER_GEN: {
                            PyObject v = IterHandlers.forIterGen(ts, code, pc - 1, s[sp - 1]);
                            if (v != null) {
                                s[sp++] = v;
                            } else {
                                s[--sp] = null;
                                pc = arg;
                            }
                            continue;
                        }
                        case RETURN_VALUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            f.yielded = false;
                            return v;
                        }
                        case YIELD_VALUE: {
                            PyObject v = s[--sp];
                            s[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            f.yielded = true;
                            return v;
                        }
                        case SEND: {
                            int r = IterHandlers.send(ts, s, sp);
                            if (r < 0) {
                                sp = -r; // the sub-iterator returned: its value replaced the pair
                                pc = arg;
                            } else {
                                sp = r;
                            }
                            continue;
                        }
                        case BUILD_TUPLE:
                            sp = BuildHandlers.buildTuple(s, sp, arg);
                            continue;
                        case BUILD_LIST:
                            sp = BuildHandlers.buildList(s, sp, arg);
                            continue;
                        case LIST_APPEND:
                            ((org.hotpy.core.types.collection.PyList) s[sp - 1 - arg]).append(s[--sp]);
                            s[sp] = null;
                            continue;
                        case UNPACK_SEQUENCE:
                        case UNPACK_SEQUENCE_TUPLE:
                        case UNPACK_SEQUENCE_LIST:
                            f.pc = pc; // code it runs may read this frame's line
                            sp = BuildHandlers.unpackSequence(code, pc - 1, word, s, sp);
                            continue;
                        case KW_NAMES:
                            f.kwnames = Calls.kwnames(code.consts[arg]);
                            continue;
                        case CALL:
                            f.pc = pc;
                            sp = Calls.call(ts, f, code, pc - 1, word, s, sp);
                            continue;
                        case CALL_PY_EXACT_ARGS:
                            f.pc = pc;
                            sp = Calls.callPyExactArgs(ts, f, code, pc - 1, word, s, sp);
                            continue;
                        case CALL_TYPE:
                            f.pc = pc;
                            sp = Calls.callType(ts, f, code, pc - 1, word, s, sp);
                            continue;
                        case CALL_BUILTIN:
                            f.pc = pc;
                            sp = Calls.callBuiltin(ts, f, code, pc - 1, word, s, sp);
                            continue;
                        case CALL_LEN:
                            f.pc = pc;
                            sp = Calls.callLen(ts, f, code, pc - 1, word, s, sp);
                            continue;
                        case CALL_METHOD_DESCRIPTOR:
                            f.pc = pc;
                            sp = Calls.callMethodDescriptor(ts, f, code, pc - 1, word, s, sp);
                            continue;
                        case CALL_PY_GENERATOR:
                            f.pc = pc;
                            sp = GeneratorCalls.callPyGenerator(ts, f, code, pc - 1, word, s, sp);
                            continue;
                        case CALL_NEXT:
                            f.pc = pc;
                            sp = GeneratorCalls.callNext(ts, f, code, pc - 1, word, s, sp);
                            continue;
                        case CALL_GEN_SEND:
                            f.pc = pc;
                            sp = GeneratorCalls.callGenSend(ts, f, code, pc - 1, word, s, sp);
                            continue;
                        default:
                            sp = cold(ts, f, code, word, s, sp, pc);
                            continue;
                    }
                }
            } catch (PyException e) {
                int handler = handlerOrUnwind(ts, f, e, pc);
                sp = unwindStack(f, handler, e.exception(), pc);
                pc = code.exceptionTable[handler + 2];
            } catch (StackOverflowError e) {
                PyException pe = Errors.recursionError("maximum recursion depth exceeded");
                int handler = handlerOrUnwind(ts, f, pe, pc);
                sp = unwindStack(f, handler, pe.exception(), pc);
                pc = code.exceptionTable[handler + 2];
            } catch (RuntimeException | OutOfMemoryError e) {
                // ExecutionStopped is an Error, not caught here: Python code must not intercept it
                PyException pe = InternalErrors.toPython(e);
                int handler = handlerOrUnwind(ts, f, pe, pc);
                sp = unwindStack(f, handler, pe.exception(), pc);
                pc = code.exceptionTable[handler + 2];
            }
        }
        return next.run(ts, f);
    }

    /**
     * The instructions that loops seldom run (imports, class and function creation, exception
     * handling, unusual displays), out of {@link #run}: the dispatch loop stays small, HotSpot
     * compiles it sooner, and the first use of one of these late in a run does not throw the
     * loop's compiled code away. Returns the new stack pointer; none of these jumps.
     */
    @SuppressWarnings("checkstyle:MethodLength")
    static int cold(InterpreterState ts, Frame f, CodeObject code, int word, PyObject[] s, int sp, int pc) {
        final int arg = word >>> 8;
        f.pc = pc; // code it runs may read this frame's line (sys._getframe(), warnings, tracebacks)
        switch (word & 0xff) {
            case DELETE_FAST:
                if (s[arg] == null) {
                    throw NameHandlers.unboundLocal(code, arg);
                }
                s[arg] = null;
                return sp;
            case DELETE_DEREF:
                NameHandlers.deleteDeref(code, s, arg);
                return sp;
            case LOAD_CLASSDEREF:
                s[sp++] = NameHandlers.loadClassDeref(f, arg);
                return sp;
            case DELETE_NAME:
                NameHandlers.deleteName(f, code.names[arg]);
                return sp;
            case DELETE_GLOBAL:
                NameHandlers.deleteGlobal(f, code.names[arg]);
                return sp;
            case DELETE_ATTR:
                org.hotpy.core.ops.Attr.delete(s[--sp], code.names[arg]);
                s[sp] = null;
                return sp;
            case DELETE_SUBSCR:
                Protocols.delItem(s[sp - 2], s[sp - 1]);
                s[--sp] = null;
                s[--sp] = null;
                return sp;
            case BUILD_SLICE:
                return BuildHandlers.buildSlice(s, sp, arg);
            case UNARY_NEGATIVE:
                s[sp - 1] = org.hotpy.core.ops.Operators.negative(s[sp - 1]);
                return sp;
            case UNARY_POSITIVE:
                s[sp - 1] = org.hotpy.core.ops.Operators.positive(s[sp - 1]);
                return sp;
            case UNARY_INVERT:
                s[sp - 1] = org.hotpy.core.ops.Operators.invert(s[sp - 1]);
                return sp;
            case GET_YIELD_FROM_ITER:
                s[sp - 1] = IterHandlers.yieldFromIter(code, s[sp - 1]);
                return sp;
            case BUILD_SET:
                return BuildHandlers.buildSet(s, sp, arg);
            case BUILD_MAP:
                return BuildHandlers.buildMap(s, sp, arg);
            case BUILD_CONST_KEY_MAP:
                return BuildHandlers.buildConstKeyMap(s, sp, arg);
            case BUILD_STRING:
                return BuildHandlers.buildString(s, sp, arg);
            case SET_ADD:
                ((org.hotpy.core.types.collection.PySet) s[sp - 1 - arg]).add(s[--sp]);
                s[sp] = null;
                return sp;
            case MAP_ADD:
                return BuildHandlers.mapAdd(s, sp, arg);
            case LIST_EXTEND:
                return BuildHandlers.listExtend(s, sp, arg);
            case SET_UPDATE:
                return BuildHandlers.setUpdate(s, sp, arg);
            case DICT_UPDATE:
                return BuildHandlers.dictUpdate(s, sp, arg);
            case DICT_MERGE:
                return BuildHandlers.dictMerge(s, sp, arg);
            case LIST_TO_TUPLE:
                s[sp - 1] = org.hotpy.core.types.collection.PyTuple.of(
                        ((org.hotpy.core.types.collection.PyList) s[sp - 1]).toArray());
                return sp;
            case UNPACK_EX:
                return BuildHandlers.unpackEx(s, sp, arg);
            case FORMAT_VALUE:
                return BuildHandlers.formatValue(s, sp, arg);
            case CALL_FUNCTION_EX:
                f.pc = pc;
                return Calls.callFunctionEx(s, sp, arg);
            case MAKE_FUNCTION:
                return Calls.makeFunction(f, s, sp, arg);
            case LOAD_BUILD_CLASS:
                s[sp++] = NameHandlers.loadBuildClass(f);
                return sp;
            case RAISE_VARARGS:
                throw ExcHandlers.raise(ts, s, sp, arg);
            case RERAISE:
                throw ExcHandlers.reraise(s[--sp]);
            case PUSH_EXC_INFO:
                return ExcHandlers.pushExcInfo(ts, s, sp);
            case POP_EXCEPT: {
                PyObject prev = s[--sp];
                s[sp] = null;
                ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                return sp;
            }
            case CHECK_EXC_MATCH:
                s[sp - 1] = PyBool.of(ExcHandlers.matches(s[sp - 2], s[sp - 1]));
                return sp;
            case CHECK_EG_MATCH:
                return ExceptionGroupHandlers.checkMatch(s, sp);
            case PREP_RERAISE_STAR:
                return ExceptionGroupHandlers.prepReraise(s, sp);
            case WITH_EXCEPT_START:
                s[sp] = ExcHandlers.withExceptStart(s, sp);
                sp++;
                return sp;
            case BEFORE_WITH:
                return ExcHandlers.beforeWith(s, sp);
            case LOAD_ASSERTION_ERROR:
                s[sp++] = org.hotpy.core.types.exception.ExceptionTypes.ASSERTION_ERROR;
                return sp;
            case IMPORT_NAME:
                return ImportHandlers.importName(ts, f, code.names[arg], s, sp);
            case IMPORT_FROM:
                s[sp] = ImportHandlers.importFrom(ts, s[sp - 1], code.names[arg]);
                sp++;
                return sp;
            case IMPORT_STAR:
                ImportHandlers.importStar(f, s[--sp]);
                s[sp] = null;
                return sp;
            case SETUP_ANNOTATIONS:
                NameHandlers.setupAnnotations(f);
                return sp;
            case PRINT_EXPR:
                NameHandlers.printExpr(ts, s[--sp]);
                s[sp] = null;
                return sp;
            case MATCH_CLASS:
                return MatchHandlers.matchClass(s, sp, arg);
            case MATCH_MAPPING:
                s[sp] = PyBool.of(MatchHandlers.isMapping(s[sp - 1]));
                sp++;
                return sp;
            case MATCH_SEQUENCE:
                s[sp] = PyBool.of(MatchHandlers.isSequence(s[sp - 1]));
                sp++;
                return sp;
            case MATCH_KEYS:
                s[sp] = MatchHandlers.matchKeys(s[sp - 2], s[sp - 1]);
                sp++;
                return sp;
            case GET_LEN:
                s[sp] = PyInt.of(Protocols.len(s[sp - 1]));
                sp++;
                return sp;
            default:
                throw Errors.systemError("unknown opcode %d at %d in %s", word & 0xff, pc - 1, code.qualname);
        }
    }

    /**
     * The truth of a condition, with bools decided inline. One method for every conditional jump,
     * so that they share one branch profile: a jump on a non-bool first met in a hot loop does
     * not make HotSpot throw the compiled loop away (see {@link Calls#selfSlots}).
     */
    static boolean truthy(PyObject v) {
        return v == PyBool.TRUE || (v != PyBool.FALSE && Protocols.isTrue(v));
    }


    /**
     * Records the frame in the traceback and finds the handler for the failing instruction; when
     * there is none, clears the frame's stack and rethrows to the caller.
     */
    static int handlerOrUnwind(InterpreterState ts, Frame f, PyException e, int pc) {
        PyBaseException exc = e.exception();
        int failing = pc - 1;
        if (!e.isReraise()) {
            if (exc.traceback() == PyNone.NONE) {
                ts.chainContext(exc); // a fresh exception: it happened while handling ts.handled
            }
            exc.setTraceback(new PyTraceback(f, f.code.lineAt(failing), failing, exc.traceback()));
        }
        int h = f.code.handlerFor(failing);
        if (h < 0) {
            f.pc = pc;
            f.yielded = false;
            java.util.Arrays.fill(f.stack, f.code.nlocalsplus(), f.stack.length, null);
            // A re-raise skips only the frame that re-raised (its entry is in the traceback
            // already); every caller it unwinds into records its own line, as in CPython.
            throw e.isReraise() ? new PyException(exc) : e;
        }
        return h;
    }

    /** Resets the value stack to the handler's depth and pushes (lasti and) the exception. */
    static int unwindStack(Frame f, int handler, PyBaseException exc, int pc) {
        int[] t = f.code.exceptionTable;
        PyObject[] s = f.stack;
        int sp = f.code.nlocalsplus() + t[handler + 3];
        java.util.Arrays.fill(s, sp, s.length, null);
        if (t[handler + 4] != 0) {
            s[sp++] = PyInt.of(pc - 1);
        }
        s[sp++] = exc;
        return sp;
    }
}
