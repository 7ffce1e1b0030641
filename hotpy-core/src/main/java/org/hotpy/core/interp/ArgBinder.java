package org.hotpy.core.interp;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyCell;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.text.PyStr;

/**
 * Binds call arguments to a new frame's parameters, with CPython's rules and error messages
 * (positional, keyword, defaults, keyword-only, {@code *args}, {@code **kwargs}). The common
 * case — exactly the positional parameters, no keywords — is a plain array copy.
 */
final class ArgBinder {
    private ArgBinder() {}

    /**
     * A frame for {@code f} with arguments {@code src[start .. start+nargs)}: positional values
     * followed by the values of the keywords named in {@code kwnames}.
     */
    static Frame bind(PyFunction f, PyObject[] src, int start, int nargs, String[] kwnames) {
        CodeObject co = f.code;
        Frame fr = new Frame(co, f, f.globals, f.builtins, null);
        PyObject[] loc = fr.stack;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = nargs - nkw;
        if (nkw == 0 && npos == co.argCount && (co.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) == 0
                && co.kwOnlyArgCount == 0) {
            System.arraycopy(src, start, loc, 0, npos);
        } else {
            bindSlow(f, co, loc, src, start, npos, kwnames);
        }
        cellsIfAny(f, co, loc);
        return fr;
    }

    /**
     * Makes the cells of a frame whose arguments are in place. Every way into a frame goes
     * through here, so HotSpot sees one branch profile: a closure first called from a hot loop
     * does not make it throw the compiled dispatch loop away.
     */
    static void cellsIfAny(PyFunction f, CodeObject co, PyObject[] loc) {
        if (co.hasCells()) {
            makeCells(f, co, loc);
        }
    }

    static void makeCells(PyFunction f, CodeObject co, PyObject[] loc) {
        int base = co.varnames.length;
        for (int k = 0; k < co.cellvars.length; k++) {
            int arg = co.cellToArg[k];
            loc[base + k] = new PyCell(arg >= 0 ? loc[arg] : null);
        }
        base += co.cellvars.length;
        PyCell[] closure = f.closure;
        for (int k = 0; k < co.freevars.length; k++) {
            loc[base + k] = closure[k];
        }
    }

    private static void bindSlow(PyFunction f, CodeObject co, PyObject[] loc, PyObject[] src, int start, int npos,
                                 String[] kwnames) {
        int argcount = co.argCount;
        int kwonly = co.kwOnlyArgCount;
        int total = argcount + kwonly;
        int n = Math.min(npos, argcount);
        System.arraycopy(src, start, loc, 0, n);
        int next = total;
        if (co.hasVarargs()) {
            PyObject[] extra = new PyObject[Math.max(0, npos - argcount)];
            System.arraycopy(src, start + n, extra, 0, extra.length);
            loc[next++] = PyTuple.of(extra);
        }
        PyDict kwdict = null;
        if (co.hasVarkeywords()) {
            kwdict = new PyDict();
            loc[next] = kwdict;
        }
        List<String> posOnlyAsKw = null;
        int nkw = kwnames == null ? 0 : kwnames.length;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = src[start + npos + k];
            int idx = -1;
            for (int i = co.posOnlyArgCount; i < total; i++) {
                if (co.varnames[i].equals(name)) {
                    idx = i;
                    break;
                }
            }
            if (idx >= 0) {
                if (loc[idx] != null) {
                    throw Errors.typeError("%s() got multiple values for argument '%s'", f.qualname, name);
                }
                loc[idx] = value;
                continue;
            }
            if (kwdict != null) {
                kwdict.put(PyStr.of(name), value);
                continue;
            }
            for (int i = 0; i < co.posOnlyArgCount; i++) {
                if (co.varnames[i].equals(name)) {
                    if (posOnlyAsKw == null) {
                        posOnlyAsKw = new ArrayList<>();
                    }
                    posOnlyAsKw.add(name);
                    idx = i;
                }
            }
            if (idx < 0) {
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", f.qualname, name);
            }
        }
        if (posOnlyAsKw != null) {
            throw Errors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    f.qualname, String.join(", ", posOnlyAsKw));
        }
        if (npos > argcount && !co.hasVarargs()) {
            throw tooManyPositional(f, co, loc, npos);
        }
        fillDefaults(f, co, loc, npos);
    }

    private static void fillDefaults(PyFunction f, CodeObject co, PyObject[] loc, int npos) {
        int argcount = co.argCount;
        PyObject[] defaults = f.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        int firstDefault = argcount - ndef;
        List<String> missing = null;
        for (int i = npos; i < argcount; i++) {
            if (loc[i] == null) {
                if (i >= firstDefault) {
                    loc[i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(co.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(f, missing, "positional");
        }
        for (int i = argcount; i < argcount + co.kwOnlyArgCount; i++) {
            if (loc[i] == null) {
                PyObject d = f.kwdefaults == null ? null : f.kwdefaults.getStr(co.varnames[i]);
                if (d != null) {
                    loc[i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(co.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(f, missing, "keyword-only");
        }
    }

    private static RuntimeException missingArgs(PyFunction f, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError("%s() missing %d required %s argument%s: %s", f.qualname, n, kind, n == 1 ? "" : "s", sb);
    }

    private static RuntimeException tooManyPositional(PyFunction f, CodeObject co, PyObject[] loc, int given) {
        int argcount = co.argCount;
        int ndef = f.defaults == null ? 0 : f.defaults.length;
        int kwonlyGiven = 0;
        for (int i = argcount; i < argcount + co.kwOnlyArgCount; i++) {
            if (loc[i] != null) {
                kwonlyGiven++;
            }
        }
        String takes;
        if (ndef > 0) {
            takes = "from " + (argcount - ndef) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        String givenText;
        if (kwonlyGiven > 0) {
            givenText = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                    + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")";
        } else {
            givenText = String.valueOf(given);
        }
        String verb = kwonlyGiven == 0 && given == 1 ? "was" : "were";
        return Errors.typeError("%s() takes %s but %s %s given", f.qualname, takes, givenText, verb);
    }
}
