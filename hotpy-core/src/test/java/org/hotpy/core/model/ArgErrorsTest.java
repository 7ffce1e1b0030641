package org.hotpy.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.hotpy.core.errors.PyException;
import org.hotpy.core.types.number.PyInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The argument errors of builtins, worded as CPython's parser for that kind of builtin words them
 * (each expected message is CPython 3.11's for a builtin of that signature and kind).
 */
class ArgErrorsTest {
    private static final FunctionStr LIST_APPEND = () -> "list.append";

    /** Binds {@code npos} ints and the keywords {@code kws} ("a b", or empty) and returns the error. */
    private static String error(String sig, ArgSpec.Style style, String who, int npos, String kws) {
        String[] names = kws == null || kws.isEmpty() ? null : kws.split(" ");
        int nkw = names == null ? 0 : names.length;
        PyObject[] args = new PyObject[npos + nkw];
        java.util.Arrays.fill(args, PyInt.of(1));
        Throwable t = catchThrowable(() -> ArgSpec.parse(sig).withStyle(style).bind(() -> who, args, names));
        assertThat(t).isInstanceOf(PyException.class);
        return t.getMessage().substring("TypeError: ".length());
    }

    @ParameterizedTest(name = "{0} {1} ({2}, {3}) -> {5}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        value, /                        | CLINIC              | list.append      | 0 |       | list.append() takes exactly one argument (0 given)
        value, /                        | CLINIC              | list.append      | 1 | x     | list.append() takes no keyword arguments
        ""                              | CLINIC              | list.clear       | 1 |       | list.clear() takes no arguments (1 given)
        x, y, /                         | CLINIC              | divmod           | 0 | x     | divmod() takes no keyword arguments
        x, y, /                         | CLINIC              | divmod           | 3 |       | divmod expected 2 arguments, got 3
        key, default=None, /            | CLINIC              | dict.get         | 0 |       | get expected at least 1 argument, got 0
        key, default=None, /            | CLINIC              | dict.get         | 3 |       | get expected at most 2 arguments, got 3
        x, /                            | CLINIC              | math.sqrt        | 0 | x     | math.sqrt() takes no keyword arguments
        *args                           | CLINIC              | set.union        | 0 | zz    | set.union() takes no keyword arguments
        sep=None, maxsplit=-1           | CLINIC              | str.split        | 3 |       | split() takes at most 2 arguments (3 given)
        sep=None, maxsplit=-1           | CLINIC              | str.split        | 2 | maxsplit | split() takes at most 2 arguments (3 given)
        sep=None, maxsplit=-1           | CLINIC              | str.split        | 1 | x     | 'x' is an invalid keyword argument for split()
        sep=None, maxsplit=-1           | CLINIC              | str.split        | 1 | sep   | argument for split() given by name ('sep') and position (1)
        iterable, /, start=0            | CLINIC              | sum              | 0 |       | sum() takes at least 1 positional argument (0 given)
        iterable, /, start=0            | CLINIC              | sum              | 1 | iterable | 'iterable' is an invalid keyword argument for sum()
        base, exp, mod=None             | CLINIC              | pow              | 1 | zz    | pow() missing required argument 'exp' (pos 2)
        *, key=None, reverse=False      | CLINIC              | list.sort        | 1 |       | sort() takes no positional arguments
        length=1, byteorder='big', *, signed=False | CLINIC | int.to_bytes | 3 |       | to_bytes() takes at most 2 positional arguments (3 given)
        ""                              | CLINIC              | list.sort        | 0 | a b c | list.sort() takes no keyword arguments
        sub, start=None, end=None, /    | PARSE_TUPLE         | str.startswith   | 0 |       | startswith() takes at least 1 argument (0 given)
        sub, start=None, end=None, /    | PARSE_TUPLE         | str.find         | 4 |       | find() takes at most 3 arguments (4 given)
        sub, start=None, end=None, /    | PARSE_TUPLE         | str.find         | 1 | end   | str.find() takes no keyword arguments
        ""                              | SLOT_WRAPPER        | list.__len__     | 1 |       | expected 0 arguments, got 1
        ""                              | SLOT_WRAPPER        | list.__len__     | 1 | x     | wrapper __len__() takes no keyword arguments
        value, /                        | SLOT_WRAPPER        | int.__add__      | 0 |       | expected 1 argument, got 0
        value, mod=None, /              | SLOT_WRAPPER        | int.__pow__      | 3 |       | " expected at most 2 arguments, got 3"
        key, value, /                   | SLOT_WRAPPER        | list.__setitem__ | 1 |       | " expected 2 arguments, got 1"
        value, /                        | SLOT_WRAPPER_UNPACK | str.__mul__      | 0 |       | " expected 1 argument, got 0"
        cls, x=False, /                 | CONSTRUCTOR         | bool.__new__     | 3 |       | bool expected at most 1 argument, got 2
        cls, x=False, /                 | CONSTRUCTOR         | bool.__new__     | 1 | x     | bool() takes no keyword arguments
        cls, /, x=?, base=?             | CONSTRUCTOR         | int.__new__      | 1 | zz    | 'zz' is an invalid keyword argument for int()
        cls, /, x=?, base=?             | CONSTRUCTOR         | int.__new__      | 4 |       | int() takes at most 2 arguments (3 given)
        cls, /, object                  | CONSTRUCTOR         | memoryview.__new__ | 1 |     | memoryview() missing required argument 'object' (pos 1)
        iterable=(), /                  | CONSTRUCTOR         | list.__init__    | 2 |       | list expected at most 1 argument, got 2
        """)
    void wordedAsCPython(String sig, ArgSpec.Style style, String who, int npos, String kws, String expected) {
        assertThat(error(sig, style, who, npos, kws)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0", "2"})
    void methOFastPathsGiveTheSameErrorAsTheBinding(int n) {
        JavaMethod.Impl append = JavaMethod.Impl.of1("append", "object, /", (PyObject s, PyObject a) -> a);
        Throwable t = catchThrowable(() -> append.call(PyInt.of(0), new PyObject[n], null, LIST_APPEND));
        assertThat(t).hasMessage("TypeError: list.append() takes exactly one argument (" + n + " given)");
    }
}
