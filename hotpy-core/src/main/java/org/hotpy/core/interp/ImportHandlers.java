package org.hotpy.core.interp;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** IMPORT_NAME, IMPORT_FROM and IMPORT_STAR. */
final class ImportHandlers {
    private ImportHandlers() {}

    /** Stack: level, fromlist; becomes the module (the top-level package when fromlist is empty). */
    static int importName(InterpreterState ts, Frame f, String name, PyObject[] s, int sp) {
        PyObject fromlist = s[--sp];
        PyObject level = s[--sp];
        s[sp + 1] = null;
        PyObject imp = f.builtins.getStr("__import__");
        PyObject result;
        if (imp == null) {
            throw Errors.of(ExceptionTypes.IMPORT_ERROR, "__import__ not found");
        }
        if (imp == ts.imports().builtinImport()) {
            result = ts.imports().importModuleLevel(name, f.globals, fromlist, (int) ((PyInt) level).value);
        } else {
            PyObject locals = f.locals == null ? org.hotpy.core.model.PyNone.NONE : f.locals;
            result = Call.callArgs(imp, new PyObject[] {PyStr.of(name), f.globals, locals, fromlist, level}, null);
        }
        s[sp++] = result;
        return sp;
    }

    /** {@code from module import name}: an attribute, else a submodule, else ImportError. */
    static PyObject importFrom(InterpreterState ts, PyObject module, String name) {
        PyObject v = Attr.getOrNull(module, name);
        if (v != null) {
            return v;
        }
        PyObject pkgName = Attr.getOrNull(module, "__name__");
        if (pkgName instanceof PyStr pn) {
            String full = pn.value() + "." + name;
            PyObject sub = ts.modules().getStr(full);
            if (sub != null) {
                return sub;
            }
        }
        String modName = pkgName instanceof PyStr pn ? pn.value() : "<unknown module name>";
        PyObject file = Attr.getOrNull(module, "__file__");
        String where = file instanceof PyStr fs ? fs.value() : "unknown location";
        boolean initializing = module instanceof PyModule m && ts.imports().isInitializing(m);
        PyException e = Errors.of(ExceptionTypes.IMPORT_ERROR, initializing
                ? "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)"
                : "cannot import name '%s' from '%s' (%s)", name, modName, where);
        e.exception().setAttr("name", PyStr.of(modName));
        e.exception().setAttr("path", file == null ? org.hotpy.core.model.PyNone.NONE : file);
        e.exception().setAttr("name_from", PyStr.of(name));
        return throwIt(e);
    }

    private static PyObject throwIt(PyException e) {
        throw e;
    }

    /** {@code from module import *}: the names in __all__, else every public name. */
    static void importStar(Frame f, PyObject module) {
        PyObject all = Attr.getOrNull(module, "__all__");
        PyObject target = f.locals;
        if (target == null) {
            throw Errors.systemError("no locals found during 'import *'");
        }
        if (all != null) {
            Iteration.forEach(all, n -> {
                if (!(n instanceof PyStr ns)) {
                    throw Errors.typeError("Item in %s.__all__ must be str, not %s", moduleName(module), n.type().tpName());
                }
                Protocols.setItem(target, n, Attr.get(module, ns.value()));
            });
            return;
        }
        PyObject dict = Attr.get(module, "__dict__");
        for (PyObject k : ((PyDict) dict).keysArray()) {
            if (k instanceof PyStr ks && !ks.value().startsWith("_")) {
                Protocols.setItem(target, k, ((PyDict) dict).get(k));
            }
        }
    }

    private static String moduleName(PyObject module) {
        PyObject n = Attr.getOrNull(module, "__name__");
        return n instanceof PyStr s ? s.value() : "?";
    }
}
