package org.hotpy.core.builtins;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.text.PyStr;

/**
 * The keyword-only arguments of a builtin that takes {@code *args} and parses its keywords
 * itself, as CPython's {@code min}, {@code max} and {@code zip} do with
 * {@code PyArg_ParseTupleAndKeywords(empty_tuple, kwds, "|$OO:max", ...)}: the function checks
 * its positional arguments first, then too many keywords are counted before an unknown one is
 * named ({@code max() takes at most 2 keyword arguments (3 given)}).
 */
final class KeywordOnlyArgs {
    private KeywordOnlyArgs() {}

    /**
     * The values of {@code names} in {@code kwargs} (null where not given), in the order of
     * {@code names}; {@code kwargs} is the dict that {@code **kwargs} collected.
     */
    static PyObject[] parse(String function, PyDict kwargs, String... names) {
        PyObject[] out = new PyObject[names.length];
        if (kwargs.size() == 0) {
            return out;
        }
        if (kwargs.size() > names.length) {
            throw Errors.typeError("%s() takes at most %d keyword argument%s (%d given)", function, names.length,
                    names.length == 1 ? "" : "s", kwargs.size());
        }
        int found = 0;
        for (int i = 0; i < names.length; i++) {
            out[i] = kwargs.getStr(names[i]);
            if (out[i] != null) {
                found++;
            }
        }
        if (found < kwargs.size()) {
            for (PyObject key : kwargs.keysArray()) {
                // keywords of a call are always str
                String name = ((PyStr) key).value();
                if (!isOneOf(name, names)) {
                    throw Errors.typeError("'%s' is an invalid keyword argument for %s()", name, function);
                }
            }
        }
        return out;
    }

    private static boolean isOneOf(String name, String[] names) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
