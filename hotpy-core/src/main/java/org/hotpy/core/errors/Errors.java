package org.hotpy.core.errors;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.text.PyStr;

/**
 * Factories for raising Python exceptions from Java. Each returns the carrier so that the call
 * site reads {@code throw Errors.typeError(...)} and javac sees the jump. Messages are Java
 * format strings; callers pass names and reprs already converted to Java strings, and the text
 * must match CPython's word for word.
 */
public final class Errors {
    private Errors() {}

    /** An exception of {@code type} whose single argument is the formatted message. */
    public static PyException of(PyType type, String format, Object... args) {
        String msg = args.length == 0 ? format : String.format(format, args);
        return new PyException(new PyBaseException(type, PyTuple.of(PyStr.of(msg))));
    }

    /**
     * An exception of {@code type} made by calling the type with these arguments, so that
     * classes with their own constructor logic (OSError, UnicodeError, SyntaxError …) set their
     * attributes as they would for {@code raise T(*args)}.
     */
    public static PyException withArgs(PyType type, PyObject... args) {
        PyObject e = type.call(args, null);
        if (e instanceof PyBaseException b) {
            return new PyException(b);
        }
        return new PyException(new PyBaseException(type, PyTuple.of(args)));
    }

    /**
     * How CPython's argument converters name a value of the wrong type ({@code _PyArg_BadArgument}
     * and getargs' {@code converterr}): {@code None} for None ("argument 'encoding' must be str,
     * not None"), else the type's name.
     */
    public static String argTypeName(PyObject o) {
        return o == org.hotpy.core.model.PyNone.NONE ? "None" : o.type().tpName();
    }

    public static PyException typeError(String format, Object... args) {
        return of(ExceptionTypes.TYPE_ERROR, format, args);
    }

    public static PyException valueError(String format, Object... args) {
        return of(ExceptionTypes.VALUE_ERROR, format, args);
    }

    public static PyException indexError(String format, Object... args) {
        return of(ExceptionTypes.INDEX_ERROR, format, args);
    }

    public static PyException overflowError(String format, Object... args) {
        return of(ExceptionTypes.OVERFLOW_ERROR, format, args);
    }

    public static PyException zeroDivisionError(String format, Object... args) {
        return of(ExceptionTypes.ZERO_DIVISION_ERROR, format, args);
    }

    public static PyException runtimeError(String format, Object... args) {
        return of(ExceptionTypes.RUNTIME_ERROR, format, args);
    }

    public static PyException recursionError(String format, Object... args) {
        return of(ExceptionTypes.RECURSION_ERROR, format, args);
    }

    public static PyException notImplementedError(String format, Object... args) {
        return of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, format, args);
    }

    public static PyException systemError(String format, Object... args) {
        return of(ExceptionTypes.SYSTEM_ERROR, format, args);
    }

    /** MemoryError; with an empty message it has no arguments, as CPython raises it. */
    public static PyException memoryError(String format, Object... args) {
        if (format.isEmpty()) {
            return withArgs(ExceptionTypes.MEMORY_ERROR);
        }
        return of(ExceptionTypes.MEMORY_ERROR, format, args);
    }

    public static PyException assertionError(String format, Object... args) {
        return of(ExceptionTypes.ASSERTION_ERROR, format, args);
    }

    public static PyException permissionError(String format, Object... args) {
        return of(ExceptionTypes.PERMISSION_ERROR, format, args);
    }

    public static PyException osError(String format, Object... args) {
        return of(ExceptionTypes.OS_ERROR, format, args);
    }

    public static PyException eofError(String format, Object... args) {
        return of(ExceptionTypes.EOF_ERROR, format, args);
    }

    public static PyException unicodeError(String format, Object... args) {
        return of(ExceptionTypes.UNICODE_ERROR, format, args);
    }

    public static PyException lookupError(String format, Object... args) {
        return of(ExceptionTypes.LOOKUP_ERROR, format, args);
    }

    /** {@code AttributeError} with its message only. */
    public static PyException attributeError(String format, Object... args) {
        return of(ExceptionTypes.ATTRIBUTE_ERROR, format, args);
    }

    /** {@code AttributeError} that also records {@code name} and {@code obj}, as CPython 3.10+ does. */
    public static PyException attributeError(PyObject obj, String name, String format, Object... args) {
        PyException e = of(ExceptionTypes.ATTRIBUTE_ERROR, format, args);
        e.exception().setAttr("name", PyStr.of(name));
        e.exception().setAttr("obj", obj);
        return e;
    }

    /** The standard "'X' object has no attribute 'y'" error. */
    public static PyException noAttribute(PyObject obj, String name) {
        return attributeError(obj, name, "'%s' object has no attribute '%s'", obj.type().tpName(), name);
    }

    /** {@code NameError} for an undefined global or builtin. */
    public static PyException nameError(String name) {
        PyException e = of(ExceptionTypes.NAME_ERROR, "name '%s' is not defined", name);
        e.exception().setAttr("name", PyStr.of(name));
        return e;
    }

    /** {@code KeyError(key)}: its str is the repr of the key. */
    public static PyException keyError(PyObject key) {
        return withArgs(ExceptionTypes.KEY_ERROR, key);
    }

    /** {@code StopIteration(value)} carrying a generator's return value. */
    public static PyException stopIteration(PyObject value) {
        return value == null ? withArgs(ExceptionTypes.STOP_ITERATION) : withArgs(ExceptionTypes.STOP_ITERATION, value);
    }

    /** A Python feature that HotPy does not support yet: says which, as the project requires. */
    public static PyException notSupported(String feature) {
        return notImplementedError("%s is not supported by HotPy yet", feature);
    }
}
