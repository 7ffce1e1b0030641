package org.hotpy.api;

import java.util.List;
import java.util.Map;

/**
 * A Python object that has no natural Java value (a function, a class, an instance, a module …),
 * held from Java. Every operation runs in the object's interpreter, holding its lock; results are
 * converted as {@link Interpreter#eval} converts them. Two handles are equal when they hold the
 * same Python object. After the interpreter is closed every operation throws
 * {@link IllegalStateException}.
 */
public interface PyHandle {
    /** The interpreter the object lives in. */
    Interpreter interpreter();

    /** The Python type's name ({@code "function"}, {@code "Point"}). */
    String typeName();

    /** {@code getattr(obj, name)}. */
    Object getAttr(String name);

    /** {@code getattr(obj, name)} converted to {@code type} (see {@link Interpreter#get(String, Class)}). */
    <T> T getAttr(String name, Class<T> type);

    /** {@code setattr(obj, name, value)}. */
    void setAttr(String name, Object value);

    /** {@code hasattr(obj, name)}. */
    boolean hasAttr(String name);

    /** {@code delattr(obj, name)}. */
    void delAttr(String name);

    /** {@code obj(*args)}. */
    Object call(Object... args);

    /** {@code obj(*args, **kwargs)}. */
    Object callWithKeywords(List<?> args, Map<String, ?> kwargs);

    /** {@code obj.name(*args)}. */
    Object invoke(String name, Object... args);

    /** {@code repr(obj)}. */
    String repr();

    /** {@code str(obj)}. */
    String str();

    /**
     * The object as {@code type}: for an interface, a proxy whose methods call the Python
     * attributes of the same names (see {@link Interpreter#asInterface(Object, Class)}); otherwise
     * the converted value.
     */
    <T> T as(Class<T> type);
}
