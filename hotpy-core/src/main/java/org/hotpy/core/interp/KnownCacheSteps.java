package org.hotpy.core.interp;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.model.PyInstance;
import org.hotpy.core.model.PyObject;

/**
 * Steps of compiled code for specialised instructions whose inline cache had one entry when the
 * function was compiled: {@link FunctionEmitter} passes that entry as a constant of the class.
 * The entries are records, whose fields HotSpot trusts to keep their values, so the guard compares
 * the object's shape with a constant shape and a constant type's version with a constant, and
 * the value is read at a constant position: no load of the code's caches, of the entry or of its
 * fields. When the guard fails the instruction runs as it does without (through the code's
 * current cache, which may have changed since).
 *
 * <p>All share one signature, {@code (entry, ts, f, code, s, sp, at, arg)} ({@link #desc}).
 */
final class KnownCacheSteps {
    private KnownCacheSteps() {}

    /** The descriptor of the steps taking an entry of class {@code type} (an internal name). */
    static String desc(String type) {
        return "(L" + type + ";Lorg/hotpy/core/interp/InterpreterState;Lorg/hotpy/core/interp/Frame;"
                + "Lorg/hotpy/core/bytecode/CodeObject;[Lorg/hotpy/core/model/PyObject;III)I";
    }

    static int loadAttrInstanceValueKnown(AttrHandlers.InstanceCache k, InterpreterState ts, Frame f, CodeObject code, PyObject[] s,
                                          int sp, int at, int arg) {
        PyObject obj = s[sp - 1];
        if (obj.getClass() == PyInstance.class && k.matches((PyInstance) obj)) {
            s[sp - 1] = ((PyInstance) obj).values[k.index()];
        } else {
            s[sp - 1] = AttrHandlers.loadAttrInstanceValue(code, at, obj);
        }
        return sp;
    }

    static int loadMethodWithValuesKnown(AttrHandlers.MethodCache k, InterpreterState ts, Frame f, CodeObject code, PyObject[] s,
                                         int sp, int at, int arg) {
        PyObject obj = s[sp - 1];
        if (obj.getClass() == PyInstance.class && k.matches(((PyInstance) obj).shape)) {
            s[sp - 1] = k.method();
            s[sp] = obj;
            return sp + 1;
        }
        return AttrHandlers.loadMethodWithValues(code, at, s, sp);
    }

    static int storeAttrInstanceValueKnown(AttrHandlers.StoreCache k, InterpreterState ts, Frame f, CodeObject code, PyObject[] s,
                                           int sp, int at, int arg) {
        PyObject obj = s[sp - 1];
        PyObject value = s[sp - 2];
        if (obj.getClass() == PyInstance.class && k.matches((PyInstance) obj)) {
            AttrHandlers.store((PyInstance) obj, k, value);
        } else {
            AttrHandlers.storeAttrInstanceValue(code, at, obj, value);
        }
        s[--sp] = null;
        s[--sp] = null;
        return sp;
    }

    static int loadGlobalModuleKnown(NameHandlers.GlobalCache k, InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp,
                                     int at, int arg) {
        PyObject v = k.moduleValue(f);
        s[sp] = v != null ? v : NameHandlers.loadGlobalModule(f, code, at, arg);
        return sp + 1;
    }

    static int loadGlobalBuiltinKnown(NameHandlers.GlobalCache k, InterpreterState ts, Frame f, CodeObject code, PyObject[] s, int sp,
                                      int at, int arg) {
        PyObject v = k.builtinValue(f);
        s[sp] = v != null ? v : NameHandlers.loadGlobalBuiltin(f, code, at, arg);
        return sp + 1;
    }

    static int loadAttrModuleKnown(AttrHandlers.ModuleCache k, InterpreterState ts, Frame f, CodeObject code,
                                   PyObject[] s, int sp, int at, int arg) {
        PyObject obj = s[sp - 1];
        PyObject v = k.valueIn(obj);
        s[sp - 1] = v != null ? v : AttrHandlers.loadAttrModule(code, at, obj);
        return sp;
    }

    static int loadMethodModuleKnown(AttrHandlers.ModuleCache k, InterpreterState ts, Frame f, CodeObject code,
                                     PyObject[] s, int sp, int at, int arg) {
        PyObject v = k.valueIn(s[sp - 1]);
        if (v != null) {
            s[sp - 1] = null;
            s[sp] = v;
            return sp + 1;
        }
        return AttrHandlers.loadMethodModule(code, at, s, sp);
    }

    static int loadAttrClassKnown(AttrHandlers.ClassCache k, InterpreterState ts, Frame f, CodeObject code,
                                  PyObject[] s, int sp, int at, int arg) {
        PyObject obj = s[sp - 1];
        s[sp - 1] = k.matches(obj) ? k.value() : AttrHandlers.loadAttrClass(code, at, obj);
        return sp;
    }

    static int loadMethodNoDictKnown(AttrHandlers.ClassCache k, InterpreterState ts, Frame f, CodeObject code,
                                     PyObject[] s, int sp, int at, int arg) {
        PyObject obj = s[sp - 1];
        if (k.matches(obj.type())) {
            s[sp - 1] = k.value();
            s[sp] = obj;
            return sp + 1;
        }
        return AttrHandlers.loadMethodNoDict(code, at, s, sp);
    }

    static int binaryOpPyMethodKnown(BinaryHandlers.PyMethodCache k, InterpreterState ts, Frame f, CodeObject code,
                                     PyObject[] s, int sp, int at, int arg) {
        f.pc = at + 1; // the method may read this frame's line
        PyObject a = s[sp - 2];
        PyObject b = s[sp - 1];
        s[sp - 2] = k.matches(a, b) ? BinaryHandlers.callCached(k, arg, a, b)
                : BinaryHandlers.pyMethod(code, at, arg, a, b);
        s[--sp] = null;
        return sp;
    }

    static int callTypeKnown(Calls.TypeCallCache k, InterpreterState ts, Frame f, CodeObject code, PyObject[] s,
                             int sp, int at, int arg) {
        f.pc = at + 1;
        int r = Calls.callType(k, ts, f, s, sp, arg);
        return r >= 0 ? r : Calls.callType(ts, f, code, at, arg << 8 | org.hotpy.core.bytecode.Ops.CALL_TYPE, s, sp);
    }
}
