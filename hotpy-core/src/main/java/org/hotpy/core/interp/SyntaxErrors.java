package org.hotpy.core.interp;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** Turns the parser's and compiler's {@link SyntaxErrorException} into a Python SyntaxError. */
public final class SyntaxErrors {
    private SyntaxErrors() {}

    public static PyException toPython(SyntaxErrorException e) {
        org.hotpy.core.model.PyType type = switch (e.kind()) {
            case INDENTATION_ERROR -> ExceptionTypes.INDENTATION_ERROR;
            case TAB_ERROR -> ExceptionTypes.TAB_ERROR;
            default -> ExceptionTypes.SYNTAX_ERROR;
        };
        PyObject text = e.text() == null ? PyNone.NONE : PyStr.of(e.text());
        PyObject endLine = e.endLine() > 0 ? PyInt.of(e.endLine()) : PyNone.NONE;
        PyObject endOffset = e.endLine() > 0 ? PyInt.of(e.endOffset()) : PyNone.NONE;
        PyTuple details = PyTuple.of(PyStr.of(e.filename()), PyInt.of(e.line()), PyInt.of(e.offset()), text, endLine,
                endOffset);
        PyBaseException exc = new PyBaseException(type, PyTuple.of(PyStr.of(e.msg()), details));
        org.hotpy.core.types.exception.ExceptionMethods.initSyntaxError(exc);
        return new PyException(exc);
    }
}
