package org.hotpy.core.embed;

import org.hotpy.core.model.PyObject;

/**
 * A Java object that stands for a Python object of one interpreter: a handle, a container view or
 * an interface proxy. Passed back into the same interpreter it becomes that Python object again.
 */
interface PythonView {
    Interop interop();

    PyObject pythonObject();
}
