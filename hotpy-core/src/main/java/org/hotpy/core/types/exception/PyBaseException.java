package org.hotpy.core.types.exception;

import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.text.PyStr;

/**
 * A Python exception object. Every exception class, builtin or user-defined, uses this one Java
 * class with a type field (the table of builtin classes is {@link ExceptionTypes}); extra
 * attributes such as {@code errno} or {@code filename} live in the instance dict.
 */
public class PyBaseException extends PyObject implements org.hotpy.core.model.HasDict {
    private PyType type;
    private PyTuple args = PyTuple.EMPTY;
    private PyDict dict;
    /** A {@code PyTraceback} or None. */
    private PyObject traceback = PyNone.NONE;
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;

    public PyBaseException(PyType type) {
        this.type = type;
    }

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    public void setType(PyType type) {
        this.type = type;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** The instance dict, created on first use. */
    public PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @Override
    public void setDict(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public PyDict getDict() {
        return dict();
    }

    /** An attribute from the instance dict, or null. */
    public PyObject attr(String name) {
        return dict == null ? null : dict.getStr(name);
    }

    public void setAttr(String name, PyObject value) {
        dict().put(PyStr.of(name), value);
    }

    public PyObject traceback() {
        return traceback;
    }

    public void setTraceback(PyObject traceback) {
        this.traceback = traceback;
    }

    public PyBaseException cause() {
        return cause;
    }

    /** Sets {@code __cause__}; as in CPython, this also sets {@code __suppress_context__}. */
    public void setCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public void setCauseOnly(PyBaseException cause) {
        this.cause = cause;
    }

    public PyBaseException context() {
        return context;
    }

    public void setContext(PyBaseException context) {
        this.context = context;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppress) {
        this.suppressContext = suppress;
    }

    /** The first argument, or null when there are none. */
    public PyObject firstArg() {
        return args.size() > 0 ? args.get(0) : null;
    }

    /** "TypeName: str(exc)" (or just the name when the message is empty), for logs and carriers. */
    public String describe() {
        String msg;
        try {
            msg = Protocols.str(this).value();
        } catch (RuntimeException e) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? type.name() : type.name() + ": " + msg;
    }

    @Override
    public String toString() {
        return describe();
    }
}
