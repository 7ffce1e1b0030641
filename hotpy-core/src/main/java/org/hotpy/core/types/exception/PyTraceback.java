package org.hotpy.core.types.exception;

import org.hotpy.core.interp.Frame;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.types.number.PyInt;

/** One entry of a traceback: a frame and the line it was executing, linked to the deeper entries. */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT, PyTraceback.class,
            PyTraceback::define).notSubclassable();

    public final Frame frame;
    public final int line;
    public final int lasti;
    public final PyObject next; // PyTraceback or None

    public PyTraceback(Frame frame, int line, int lasti, PyObject next) {
        this.frame = frame;
        frame.escape();
        this.line = line;
        this.lasti = lasti;
        this.next = next;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static void define(TypeDef t) {
        t.getter("tb_frame", (PyTraceback tb) -> tb.frame);
        t.getter("tb_lineno", (PyTraceback tb) -> PyInt.of(tb.line));
        t.getter("tb_lasti", (PyTraceback tb) -> PyInt.of(tb.lasti * 2));
        t.getter("tb_next", (PyTraceback tb) -> tb.next == null ? PyNone.NONE : tb.next);
    }
}
