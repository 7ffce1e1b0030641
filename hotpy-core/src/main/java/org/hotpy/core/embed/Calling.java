package org.hotpy.core.embed;

import java.util.List;
import java.util.Map;

import org.hotpy.core.model.PyObject;

/** Calls a Python object with Java arguments: positional ones, then keywords (vectorcall order). */
final class Calling {
    private Calling() {}

    static PyObject call(Interop in, PyObject callable, List<?> args, Map<String, ?> kwargs) {
        int n = args.size();
        PyObject[] all = new PyObject[n + kwargs.size()];
        for (int i = 0; i < n; i++) {
            all[i] = Conversions.toPython(in, args.get(i));
        }
        String[] names = kwargs.isEmpty() ? null : new String[kwargs.size()];
        int k = 0;
        for (Map.Entry<String, ?> e : kwargs.entrySet()) {
            names[k] = Conversions.name(e.getKey());
            all[n + k++] = Conversions.toPython(in, e.getValue());
        }
        return callable.call(all, names);
    }
}
