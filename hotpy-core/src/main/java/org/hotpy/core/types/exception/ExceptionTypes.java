package org.hotpy.core.types.exception;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;

/**
 * The builtin exception hierarchy of Python 3.11, as a table of types that all share the
 * {@link PyBaseException} layout. Types whose behaviour differs from BaseException's (KeyError's
 * str, OSError's attributes, SyntaxError's fields …) get their own definer in
 * {@link ExceptionMethods}.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    private static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static final PyType BASE_EXCEPTION = register(PyType.builtin("BaseException", PyType.OBJECT,
            PyBaseException.class, Definer.BASE_EXCEPTION)
            .withInstantiator(Definer.BASE_EXCEPTION).withInstanceDict());
    public static final PyType BASE_EXCEPTION_GROUP = make("BaseExceptionGroup", BASE_EXCEPTION,
            Definer.BASE_EXCEPTION_GROUP);
    public static final PyType GENERATOR_EXIT = make("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = make("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = make("SystemExit", BASE_EXCEPTION, Definer.SYSTEM_EXIT);
    public static final PyType EXCEPTION = make("Exception", BASE_EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = make("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = make("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = make("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = make("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = make("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = make("AttributeError", EXCEPTION, Definer.NAME_CARRYING);
    public static final PyType BUFFER_ERROR = make("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = make("EOFError", EXCEPTION);
    public static final PyType EXCEPTION_GROUP = register(PyType.builtin("ExceptionGroup",
            new PyType[] {BASE_EXCEPTION_GROUP, EXCEPTION}, PyBaseException.class, Definer.NONE));
    public static final PyType IMPORT_ERROR = make("ImportError", EXCEPTION, Definer.IMPORT_ERROR);
    public static final PyType MODULE_NOT_FOUND_ERROR = make("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = make("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = make("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = make("KeyError", LOOKUP_ERROR, Definer.KEY_ERROR);
    public static final PyType MEMORY_ERROR = make("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = make("NameError", EXCEPTION, Definer.NAME_CARRYING);
    public static final PyType UNBOUND_LOCAL_ERROR = make("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = make("OSError", EXCEPTION, Definer.OS_ERROR);
    public static final PyType BLOCKING_IO_ERROR = make("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = make("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = make("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = make("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = make("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = make("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = make("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = make("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = make("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = make("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = make("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = make("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = make("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = make("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = make("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = make("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = make("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = make("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = make("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = make("StopAsyncIteration", EXCEPTION);
    public static final PyType STOP_ITERATION = make("StopIteration", EXCEPTION, Definer.STOP_ITERATION);
    public static final PyType SYNTAX_ERROR = make("SyntaxError", EXCEPTION, Definer.SYNTAX_ERROR);
    public static final PyType INDENTATION_ERROR = make("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = make("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = make("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = make("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = make("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = make("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = make("UnicodeDecodeError", UNICODE_ERROR,
            Definer.UNICODE_DECODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = make("UnicodeEncodeError", UNICODE_ERROR,
            Definer.UNICODE_ENCODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = make("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType WARNING = make("Warning", EXCEPTION);
    public static final PyType BYTES_WARNING = make("BytesWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = make("DeprecationWarning", WARNING);
    public static final PyType ENCODING_WARNING = make("EncodingWarning", WARNING);
    public static final PyType FUTURE_WARNING = make("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = make("ImportWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = make("PendingDeprecationWarning", WARNING);
    public static final PyType RESOURCE_WARNING = make("ResourceWarning", WARNING);
    public static final PyType RUNTIME_WARNING = make("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = make("SyntaxWarning", WARNING);
    public static final PyType UNICODE_WARNING = make("UnicodeWarning", WARNING);
    public static final PyType USER_WARNING = make("UserWarning", WARNING);

    /**
     * The definers of the exception types with attributes of their own, and the instantiator of
     * their common layout. One enum instead of a lambda per type: every lambda is linked (~0.25 ms)
     * when this class is initialised, at every start-up, whereas enum constants cost microseconds.
     */
    private enum Definer implements Consumer<TypeDef>, PyType.Instantiator {
        NONE, BASE_EXCEPTION, BASE_EXCEPTION_GROUP, SYSTEM_EXIT, NAME_CARRYING, IMPORT_ERROR, KEY_ERROR, OS_ERROR,
        STOP_ITERATION, SYNTAX_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR;

        @Override
        public void accept(TypeDef t) {
            switch (this) {
                case NONE -> { }
                case BASE_EXCEPTION -> ExceptionMethods.defineBaseException(t);
                case BASE_EXCEPTION_GROUP -> ExceptionGroups.defineBaseExceptionGroup(t);
                case SYSTEM_EXIT -> ExceptionMethods.defineSystemExit(t);
                case NAME_CARRYING -> ExceptionMethods.defineNameCarrying(t);
                case IMPORT_ERROR -> ExceptionMethods.defineImportError(t);
                case KEY_ERROR -> ExceptionMethods.defineKeyError(t);
                case OS_ERROR -> ExceptionMethods.defineOSError(t);
                case STOP_ITERATION -> ExceptionMethods.defineStopIteration(t);
                case SYNTAX_ERROR -> ExceptionMethods.defineSyntaxError(t);
                case UNICODE_DECODE_ERROR -> ExceptionMethods.defineUnicodeDecodeError(t);
                case UNICODE_ENCODE_ERROR -> ExceptionMethods.defineUnicodeEncodeError(t);
            }
        }

        /** Every exception class has BaseException's layout, which all subclasses inherit. */
        @Override
        public PyObject create(PyType subtype) {
            return new PyBaseException(subtype);
        }
    }

    private static PyType make(String name, PyType base) {
        return make(name, base, Definer.NONE);
    }

    private static PyType make(String name, PyType base, Consumer<TypeDef> definer) {
        return register(PyType.builtin(name, base, PyBaseException.class, definer).withInstanceDict());
    }

    private static PyType register(PyType t) {
        ALL.put(t.name(), t);
        return t;
    }

    /** Every builtin exception class by name, in hierarchy order (for the builtins module). */
    public static Map<String, PyType> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }
}
