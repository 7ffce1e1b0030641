package org.hotpy.core.interp;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.function.PyCell;
import org.hotpy.core.types.text.PyStr;

/**
 * Name resolution: locals mappings (module and class bodies), closures, globals and builtins,
 * including the LOAD_GLOBAL specialisations, which cache an entry number behind the keys
 * versions of the globals and builtins dicts (CPython's LOAD_GLOBAL_MODULE/BUILTIN).
 */
final class NameHandlers {
    private NameHandlers() {}

    /**
     * Inline cache of a specialised global load. A record: compiled code given one as a constant
     * reads its fields as constants ({@link KnownCacheSteps}).
     */
    record GlobalCache(int globalsVersion, int builtinsVersion, int index) {
        /** LOAD_GLOBAL_MODULE: the global of frame {@code f} this entry names, unchanged; else null. */
        PyObject moduleValue(Frame f) {
            return f.globals.keysVersionIs(globalsVersion) ? f.globals.valueAt(index) : null;
        }

        /** LOAD_GLOBAL_BUILTIN: the builtin this entry names, with no global shadowing it; else null. */
        PyObject builtinValue(Frame f) {
            return f.globals.keysVersionIs(globalsVersion) && f.builtins.keysVersionIs(builtinsVersion)
                    ? f.builtins.valueAt(index) : null;
        }
    }

    static PyException unboundLocal(CodeObject code, int i) {
        String name = code.varnames[i];
        PyException e = Errors.of(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '%s' where it is not associated with a value", name);
        e.exception().setAttr("name", PyStr.of(name));
        return e;
    }

    static PyException unboundDeref(CodeObject code, int i) {
        int k = i - code.varnames.length;
        if (k < code.cellvars.length) {
            String name = code.cellvars[k];
            PyException e = Errors.of(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                    "cannot access local variable '%s' where it is not associated with a value", name);
            e.exception().setAttr("name", PyStr.of(name));
            return e;
        }
        String name = code.freevars[k - code.cellvars.length];
        PyException e = Errors.of(ExceptionTypes.NAME_ERROR,
                "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
        e.exception().setAttr("name", PyStr.of(name));
        return e;
    }

    static void deleteDeref(CodeObject code, PyObject[] s, int i) {
        PyCell c = (PyCell) s[i];
        if (c.value == null) {
            throw unboundDeref(code, i);
        }
        c.value = null;
    }

    /** A free variable read in a class body: the class namespace first, then the cell. */
    static PyObject loadClassDeref(Frame f, int i) {
        int k = i - f.code.varnames.length;
        String name = k < f.code.cellvars.length ? f.code.cellvars[k] : f.code.freevars[k - f.code.cellvars.length];
        PyObject v = lookupLocal(f.locals, name);
        if (v != null) {
            return v;
        }
        v = ((PyCell) f.stack[i]).value;
        if (v == null) {
            throw unboundDeref(f.code, i);
        }
        return v;
    }

    private static PyObject lookupLocal(PyObject locals, String name) {
        if (locals instanceof PyDict d && locals.getClass() == PyDict.class) {
            return d.getStr(name);
        }
        try {
            return Protocols.getItem(locals, PyStr.of(name));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    static PyObject loadName(Frame f, String name) {
        if (f.locals != null) {
            PyObject v = lookupLocal(f.locals, name);
            if (v != null) {
                return v;
            }
        }
        PyObject v = f.globals.getStr(name);
        if (v != null) {
            return v;
        }
        v = f.builtins.getStr(name);
        if (v != null) {
            return v;
        }
        v = InterpreterState.current().globalFallback(name); // embedding hook (issue 5): JSR-223 GLOBAL_SCOPE
        if (v != null) {
            return v;
        }
        throw Errors.nameError(name);
    }

    static void storeName(Frame f, String name, PyObject value) {
        if (f.locals == null) {
            throw Errors.systemError("no locals found when storing '%s'", name);
        }
        if (f.locals.getClass() == PyDict.class) {
            ((PyDict) f.locals).putStr(name, value);
        } else {
            Protocols.setItem(f.locals, PyStr.of(name), value);
        }
    }

    static void deleteName(Frame f, String name) {
        try {
            Protocols.delItem(f.locals, PyStr.of(name));
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.KEY_ERROR)) {
                throw Errors.nameError(name);
            }
            throw e;
        }
    }

    static void deleteGlobal(Frame f, String name) {
        if (f.globals.removeStr(name) == null) {
            throw Errors.nameError(name);
        }
    }

    /** The generic LOAD_GLOBAL: looks the name up and, once warm, specialises the instruction. */
    static PyObject loadGlobal(Frame f, int pc, int arg) {
        CodeObject code = f.code;
        String name = code.names[arg];
        PyDict g = f.globals;
        int ix = g.findStr(name);
        if (ix >= 0) {
            if (Specializer.warm(code, pc)) {
                code.caches[pc] = new GlobalCache(g.keysVersion(), 0, ix);
                Specializer.rewrite(code, pc, Opcode.LOAD_GLOBAL_MODULE);
            }
            return g.valueAt(ix);
        }
        PyDict b = f.builtins;
        ix = b.findStr(name);
        if (ix >= 0) {
            if (Specializer.warm(code, pc)) {
                code.caches[pc] = new GlobalCache(g.keysVersion(), b.keysVersion(), ix);
                Specializer.rewrite(code, pc, Opcode.LOAD_GLOBAL_BUILTIN);
            }
            return b.valueAt(ix);
        }
        PyObject fallback = InterpreterState.current().globalFallback(name); // embedding hook (issue 5)
        if (fallback != null) {
            return fallback;
        }
        throw Errors.nameError(name);
    }

    static PyObject loadGlobalModule(Frame f, CodeObject code, int pc, int arg) {
        Object c = code.caches[pc];
        if (c instanceof GlobalCache gc) {
            PyObject v = gc.moduleValue(f);
            if (v != null) {
                return v;
            }
        }
        return loadGlobalMiss(f, pc, arg);
    }

    static PyObject loadGlobalBuiltin(Frame f, CodeObject code, int pc, int arg) {
        Object c = code.caches[pc];
        if (c instanceof GlobalCache gc) {
            PyObject v = gc.builtinValue(f);
            if (v != null) {
                return v;
            }
        }
        return loadGlobalMiss(f, pc, arg);
    }

    // out of line, so that the specialised forms stay small enough for the JIT to inline
    private static PyObject loadGlobalMiss(Frame f, int pc, int arg) {
        Specializer.deoptimize(f.code, pc);
        return loadGlobal(f, pc, arg);
    }

    static PyObject loadBuildClass(Frame f) {
        PyObject bc = f.builtins.getStr("__build_class__");
        if (bc == null) {
            throw Errors.nameError("__build_class__");
        }
        return bc;
    }

    static void setupAnnotations(Frame f) {
        if (lookupLocal(f.locals, "__annotations__") == null) {
            storeName(f, "__annotations__", new PyDict());
        }
    }

    /** The REPL's echo of an expression statement: whatever {@code sys.displayhook} does. */
    static void printExpr(InterpreterState ts, PyObject value) {
        PyObject hook = ts.sysModule().get("displayhook");
        if (hook == null) {
            throw org.hotpy.core.errors.Errors.runtimeError("lost sys.displayhook");
        }
        org.hotpy.core.ops.Call.call(hook, value);
    }
}
