package org.hotpy.api;

import java.util.List;
import java.util.Map;

/**
 * One Python interpreter: its own modules, {@code sys}, builtins and globals, sharing no mutable
 * state with any other. Create with {@link Python#create()} or {@link Python#builder()}.
 *
 * <p><b>Values.</b> Java values become Python values as follows: {@code null} → None; Boolean →
 * bool; Byte, Short, Integer, Long, BigInteger → int; Float, Double → float; String, Character →
 * str; {@code byte[]} → bytes; a Java List, Map, array or other collection → an object that
 * behaves as a Python sequence or mapping over it (live); a {@link PyHandle}, or a view from this
 * interpreter, → the Python object itself; any other Java object → a Python view of it (public
 * methods callable, subject to the {@link HostPolicy}). Python values come back as: None → null;
 * bool → Boolean; int → Long, or BigInteger beyond 64 bits; float → Double; str → String; bytes →
 * {@code byte[]}; list → a live {@code List}; dict → a live {@code Map}; tuple → an unmodifiable
 * {@code List}; set → a live {@code Set}, frozenset an unmodifiable one; a wrapped Java object →
 * itself; anything else → a {@link PyHandle}.
 *
 * <p><b>Threads.</b> One thread runs the interpreter at a time (a lock, as CPython's GIL); every
 * method may be called from any thread and waits for the lock. Separate interpreters run in
 * parallel.
 *
 * <p><b>Errors.</b> A Python exception reaches Java as {@link PythonException}; a limit hit as
 * {@link ResourceLimitException}. The interpreter stays usable after either.
 */
public interface Interpreter extends AutoCloseable {

    /** Runs a module-level program in the main globals ({@link #globals()}). */
    void exec(String source);

    /** Runs a program in {@code globals} (see {@link CompiledCode#run(Map)} for how maps are used). */
    void exec(String source, Map<String, Object> globals);

    /** Evaluates one expression in the main globals and returns its converted value. */
    Object eval(String expression);

    /** Evaluates one expression in {@code globals}. */
    Object eval(String expression, Map<String, Object> globals);

    /**
     * Compiles a program once, to run many times. {@code fileName} names it in tracebacks. Syntax
     * errors are reported here, as a {@link PythonException} with line and column.
     */
    CompiledCode compile(String source, String fileName);

    /** The main globals ({@code __main__}'s namespace) as a live map of converted values. */
    Map<String, Object> globals();

    /** A fresh, empty globals namespace as a live map, for {@link CompiledCode#run(Map)}. */
    Map<String, Object> newGlobals();

    /** A main global, converted; null when it is None or absent (see {@link #contains}). */
    Object get(String name);

    /**
     * A main global converted to {@code type}: a boxed number, String, List, Map, byte[],
     * {@link PyHandle}, or an interface (as {@link #asInterface(Object, Class)}).
     */
    <T> T get(String name, Class<T> type);

    /** Sets a main global to the Python form of {@code value}. */
    void set(String name, Object value);

    /** Removes a main global; returns its old value (converted), or null. */
    Object remove(String name);

    /** Whether the main globals hold {@code name}. */
    boolean contains(String name);

    /** Calls the main global {@code function} with positional arguments. */
    Object call(String function, Object... args);

    /** Calls the main global {@code function} with positional and keyword arguments. */
    Object callWithKeywords(String function, List<?> args, Map<String, ?> kwargs);

    /** Imports a module (subject to the host policy) and returns it. */
    PyHandle importModule(String name);

    /** The Python form of a Java value as a handle (to call its methods from Java). */
    PyHandle toPython(Object value);

    /**
     * The main globals as an implementation of {@code iface}: each method calls the global function
     * of the same name. Throws {@link IllegalArgumentException} naming the methods that have no
     * function (default methods may be missing: the default then runs).
     */
    <T> T asInterface(Class<T> iface);

    /**
     * A Python object (a {@link PyHandle}, or any value, converted first) as an implementation of
     * {@code iface}: each method calls the attribute of the same name, and its result is converted
     * to the method's return type ({@code int}, {@code long}, {@code double}, {@code boolean},
     * {@code String}, {@code List<Integer>} …). Missing attributes are reported as by
     * {@link #asInterface(Class)}.
     */
    <T> T asInterface(Object pythonObject, Class<T> iface);

    /**
     * Stops the code running in this interpreter at its next step, with a
     * {@link ResourceLimitException} ({@code INTERRUPTED}); a blocking {@code time.sleep} is woken.
     * Callable from any thread; does nothing when no code runs.
     */
    void interrupt();

    /** Whether {@link #close()} has been called. */
    boolean isClosed();

    /**
     * Frees the interpreter: stops any running code (as {@link #interrupt()}), waits for it, flushes
     * the output streams and drops every module and global. Later calls, and calls on handles and
     * views from it, throw {@link IllegalStateException}. Idempotent.
     */
    @Override
    void close();
}
