package org.hotpy.core.types.function;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.text.PyStr;

/** Shared behaviour of the wrappers staticmethod, classmethod and property. */
final class Wrapping {
    private Wrapping() {}

    /** As 3.10+: the wrapper takes the wrapped function's __module__, __name__, __qualname__, __doc__. */
    static void copyAttributes(PyDict into, PyObject f) {
        for (String name : new String[] {"__module__", "__name__", "__qualname__", "__doc__"}) {
            try {
                into.put(PyStr.of(name), Attr.get(f, name));
            } catch (PyException e) {
                // a missing attribute is simply not copied, as functools.update_wrapper does
            }
        }
    }

    static PyObject isAbstract(PyObject f) {
        PyObject v = Attr.getOrNull(f, "__isabstractmethod__");
        return PyBool.of(v != null && Protocols.isTrue(v));
    }
}
