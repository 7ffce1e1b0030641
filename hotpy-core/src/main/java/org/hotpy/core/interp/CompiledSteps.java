package org.hotpy.core.interp;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Operators;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.function.PyCell;
import org.hotpy.core.types.number.PyBool;

/**
 * The straight-line instructions as {@link FunctionCompiler}'s generated methods call them: each
 * does what its {@code case} in {@link Interpreter#run} does and returns the new stack pointer.
 * All share one signature, {@code (ts, f, code, s, sp, at, arg)} with {@code at} the instruction's
 * index, so the compiler emits every instruction the same way; HotSpot inlines them into the
 * generated method, where {@code at} and {@code arg} are constants.
 */
final class CompiledSteps {
    private CompiledSteps() {}

    static final String DESC = "(Lorg/hotpy/core/interp/InterpreterState;Lorg/hotpy/core/interp/Frame;"
            + "Lorg/hotpy/core/bytecode/CodeObject;[Lorg/hotpy/core/model/PyObject;III)I";

    static int nop(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        return sp;
    }

    static int popTop(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[--sp] = null;
        return sp;
    }

    static int pushNull(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp++] = null;
        return sp;
    }

    static int copy(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp] = s[sp - arg];
        return sp + 1;
    }

    static int swap(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        PyObject t = s[sp - 1];
        s[sp - 1] = s[sp - arg];
        s[sp - arg] = t;
        return sp;
    }

    static int loadConst(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp] = code.consts[arg];
        return sp + 1;
    }

    static int loadFast(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        PyObject v = s[arg];
        if (v == null) {
            throw NameHandlers.unboundLocal(code, arg);
        }
        s[sp] = v;
        return sp + 1;
    }

    static int storeFast(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[arg] = s[--sp];
        s[sp] = null;
        return sp;
    }

    static int loadDeref(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        PyObject v = ((PyCell) s[arg]).value;
        if (v == null) {
            throw NameHandlers.unboundDeref(code, arg);
        }
        s[sp] = v;
        return sp + 1;
    }

    static int storeDeref(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        ((PyCell) s[arg]).value = s[--sp];
        s[sp] = null;
        return sp;
    }

    static int loadClosure(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp] = s[arg];
        return sp + 1;
    }

    static int loadName(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp] = NameHandlers.loadName(f, code.names[arg]);
        return sp + 1;
    }

    static int storeName(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        NameHandlers.storeName(f, code.names[arg], s[--sp]);
        s[sp] = null;
        return sp;
    }

    static int loadGlobal(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp] = NameHandlers.loadGlobal(f, at, arg);
        return sp + 1;
    }

    static int loadGlobalModule(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp] = NameHandlers.loadGlobalModule(f, code, at, arg);
        return sp + 1;
    }

    static int loadGlobalBuiltin(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp] = NameHandlers.loadGlobalBuiltin(f, code, at, arg);
        return sp + 1;
    }

    static int storeGlobal(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.globals.putStr(code.names[arg], s[--sp]);
        s[sp] = null;
        return sp;
    }

    static int loadAttr(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        s[sp - 1] = AttrHandlers.loadAttr(code, at, s[sp - 1]);
        return sp;
    }

    static int loadAttrInstanceValue(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at,
                                     int arg) {
        s[sp - 1] = AttrHandlers.loadAttrInstanceValue(code, at, s[sp - 1]);
        return sp;
    }

    static int loadAttrModule(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 1] = AttrHandlers.loadAttrModule(code, at, s[sp - 1]);
        return sp;
    }

    static int loadAttrClass(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 1] = AttrHandlers.loadAttrClass(code, at, s[sp - 1]);
        return sp;
    }

    static int loadAttrSlot(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 1] = AttrHandlers.loadAttrSlot(code, at, s[sp - 1]);
        return sp;
    }

    static int storeAttr(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        AttrHandlers.storeAttr(code, at, s[sp - 1], s[sp - 2]);
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    static int storeAttrInstanceValue(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at,
                                      int arg) {
        AttrHandlers.storeAttrInstanceValue(code, at, s[sp - 1], s[sp - 2]);
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    static int loadMethod(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        return AttrHandlers.loadMethod(code, at, s, sp);
    }

    static int loadMethodWithValues(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at,
                                    int arg) {
        return AttrHandlers.loadMethodWithValues(code, at, s, sp);
    }

    static int loadMethodNoDict(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        return AttrHandlers.loadMethodNoDict(code, at, s, sp);
    }

    static int loadMethodClass(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        return AttrHandlers.loadMethodClass(code, at, s, sp);
    }

    static int loadMethodModule(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        return AttrHandlers.loadMethodModule(code, at, s, sp);
    }

    static int unaryNot(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 1] = PyBool.of(!Protocols.isTrue(s[sp - 1]));
        return sp;
    }

    /*
     * The other unary operators: the interpreter runs them in its cold method, but a compiled
     * function calling that whole method made C2 compile it with this case hot (sorted(key=lambda
     * item: (-item[1], item[0])) in wordfreq: 0.38 s of C2 time in the middle of the sort).
     */

    static int unaryNegative(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // a __neg__ in Python may read this frame's line
        s[sp - 1] = Operators.negative(s[sp - 1]);
        return sp;
    }

    static int unaryPositive(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        s[sp - 1] = Operators.positive(s[sp - 1]);
        return sp;
    }

    static int unaryInvert(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        s[sp - 1] = Operators.invert(s[sp - 1]);
        return sp;
    }

    static int isOp(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        s[sp - 2] = PyBool.of((s[sp - 2] == s[sp - 1]) != (arg == 1));
        s[--sp] = null;
        return sp;
    }

    static int containsOp(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        s[sp - 2] = PyBool.of(Protocols.contains(s[sp - 1], s[sp - 2]) != (arg == 1));
        s[--sp] = null;
        return sp;
    }

    static int getIter(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        s[sp - 1] = Protocols.iter(s[sp - 1]);
        return sp;
    }

    static int buildTuple(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        return BuildHandlers.buildTuple(s, sp, arg);
    }

    static int buildList(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        return BuildHandlers.buildList(s, sp, arg);
    }

    /**
     * Compiled as a step, not through the interpreter's cold method: wordfreq's `seen = {}` once a
     * line went there 32,000 times, and HotSpot compiled the whole cold method for it.
     */
    static int buildMap(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        if (arg == 0) {
            s[sp] = new PyDict();
            return sp + 1;
        }
        f.pc = at + 1; // the keys' __hash__ and __eq__ may read this frame's line
        return BuildHandlers.buildMap(s, sp, arg);
    }

    /**
     * Steps too, for the same reason: nqueens' list comprehension in `place` is made a million
     * times, generators' `del window[0]` runs 900,000 times.
     */
    static int makeFunction(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1;
        return Calls.makeFunction(f, s, sp, arg);
    }

    static int deleteSubscr(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // __delitem__ may read this frame's line
        Protocols.delItem(s[sp - 2], s[sp - 1]);
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    static int listAppend(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        ((PyList) s[sp - 1 - arg]).append(s[--sp]);
        s[sp] = null;
        return sp;
    }

    static int unpackSequence(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // code it runs may read this frame's line
        return BuildHandlers.unpackSequence(code, at, code.code[at], s, sp);
    }

    static int kwNames(InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp, int at, int arg) {
        f.kwnames = Calls.kwnames(code.consts[arg]);
        return sp;
    }
}
