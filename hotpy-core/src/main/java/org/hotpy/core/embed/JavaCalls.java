package org.hotpy.core.embed;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;

/**
 * Calls Java methods and constructors from Python: picks the overload whose parameters the
 * arguments fit best ({@link TypedConversions#cost}; fixed arity before varargs; ties go to the
 * first in signature order), converts the arguments, invokes, and converts the result or the
 * exception. Keyword arguments are refused: Java parameters have no names at run time.
 */
final class JavaCalls {
    private JavaCalls() {}

    static PyObject invoke(Interop in, List<? extends Executable> candidates, Object self, PyObject[] args,
                           String[] kwnames, String what) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("%s() takes no keyword arguments (Java parameters have no names)", what);
        }
        Executable best = null;
        boolean bestVarargs = false;
        int bestCost = Integer.MAX_VALUE;
        for (Executable e : candidates) {
            int c = cost(e, args, false);
            boolean varargs = false;
            if (c < 0 && e.isVarArgs()) {
                c = cost(e, args, true);
                varargs = true;
            }
            if (c >= 0 && (c < bestCost || c == bestCost && bestVarargs && !varargs)) {
                best = e;
                bestCost = c;
                bestVarargs = varargs;
            }
        }
        if (best == null) {
            throw noMatch(candidates, args, what);
        }
        Object[] javaArgs = convertArgs(in, best, args, bestVarargs);
        return call(in, best, self, javaArgs);
    }

    /** The summed cost of the arguments for {@code e}, or -1 when one does not fit. */
    private static int cost(Executable e, PyObject[] args, boolean varargs) {
        Class<?>[] ps = e.getParameterTypes();
        int fixed = varargs ? ps.length - 1 : ps.length;
        if (varargs ? args.length < fixed : args.length != fixed) {
            return -1;
        }
        int total = varargs ? 10 : 0;
        for (int i = 0; i < args.length; i++) {
            Class<?> p = i < fixed ? ps[i] : ps[fixed].getComponentType();
            int c = TypedConversions.cost(args[i], p);
            if (c < 0) {
                return -1;
            }
            total += c;
        }
        return total;
    }

    private static Object[] convertArgs(Interop in, Executable e, PyObject[] args, boolean varargs) {
        Class<?>[] ps = e.getParameterTypes();
        Type[] gs = e.getGenericParameterTypes();
        if (gs.length != ps.length) {
            gs = ps; // inner-class constructors report no generic type for the outer instance
        }
        int fixed = varargs ? ps.length - 1 : ps.length;
        Object[] out = new Object[ps.length];
        for (int i = 0; i < fixed; i++) {
            out[i] = TypedConversions.convert(in, args[i], gs[i]);
        }
        if (varargs) {
            Class<?> comp = ps[fixed].getComponentType();
            Object rest = Array.newInstance(comp, args.length - fixed);
            for (int i = fixed; i < args.length; i++) {
                Array.set(rest, i - fixed, TypedConversions.convert(in, args[i], comp));
            }
            out[fixed] = rest;
        }
        return out;
    }

    private static PyObject call(Interop in, Executable e, Object self, Object[] args) {
        Object result;
        try {
            if (e instanceof Method m) {
                result = m.invoke(self, args);
                if (m.getReturnType() == void.class) {
                    return org.hotpy.core.model.PyNone.NONE;
                }
            } else {
                result = ((Constructor<?>) e).newInstance(args);
            }
        } catch (InvocationTargetException ex) {
            throw Exceptions.fromJava(in, ex.getCause());
        } catch (IllegalAccessException | InstantiationException ex) {
            throw Errors.typeError("cannot call Java %s: %s", JavaMembers.signature(e), ex.getMessage());
        }
        return Conversions.toPython(in, result);
    }

    private static RuntimeException noMatch(List<? extends Executable> candidates, PyObject[] args, String what) {
        List<String> types = new ArrayList<>();
        for (PyObject a : args) {
            types.add(a.type().name());
        }
        List<String> sigs = new ArrayList<>();
        for (Executable e : candidates) {
            sigs.add(JavaMembers.signature(e));
        }
        if (sigs.isEmpty()) {
            return Errors.typeError("%s cannot be called from Python", what);
        }
        return Errors.typeError("no Java overload of %s matches the arguments (%s); candidates: %s", what,
                String.join(", ", types), String.join("; ", sigs));
    }
}
