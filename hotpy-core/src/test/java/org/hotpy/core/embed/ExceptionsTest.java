package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hotpy.api.Interpreter;
import org.hotpy.api.PyHandle;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Python exceptions as Java sees them, and Java exceptions as Python sees them. */
class ExceptionsTest {
    private Interpreter py;

    @BeforeEach
    void create() {
        py = Python.create();
    }

    @AfterEach
    void close() {
        py.close();
    }

    private PythonException failure(Runnable r) {
        try {
            r.run();
        } catch (PythonException e) {
            return e;
        }
        throw new AssertionError("no PythonException");
    }

    @Test
    void tracebackHasPythonFramesOutermostFirst() {
        py.compile("def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n", "calc.py").run();
        PythonException e = failure(() -> py.call("outer"));
        assertThat(e.pythonType()).isEqualTo("ZeroDivisionError");
        assertThat(e.pythonMessage()).isEqualTo("division by zero");
        assertThat(e.getMessage()).isEqualTo("ZeroDivisionError: division by zero");
        assertThat(e.traceback()).containsExactly(
                new PythonException.Frame("calc.py", 5, "outer"),
                new PythonException.Frame("calc.py", 2, "inner"));
        assertThat(e.fileName()).isEqualTo("calc.py");
        assertThat(e.lineNumber()).isEqualTo(2);
        assertThat(e.columnNumber()).isEqualTo(-1);
        assertThat(e.isSyntaxError()).isFalse();
        assertThat(e.formattedTraceback()).isEqualTo("""
                Traceback (most recent call last):
                  File "calc.py", line 5, in outer
                  File "calc.py", line 2, in inner
                ZeroDivisionError: division by zero
                """);
    }

    @Test
    void userExceptionTypesAndAttributes() {
        py.exec("class RuleError(Exception):\n    def __init__(self, code):\n        super().__init__(f'rule {code}')\n"
                + "        self.code = code");
        PythonException e = failure(() -> py.exec("raise RuleError(7)"));
        assertThat(e.pythonType()).isEqualTo("RuleError");
        assertThat(e.pythonMessage()).isEqualTo("rule 7");
        PyHandle exc = e.exception().orElseThrow();
        assertThat(exc.getAttr("code")).isEqualTo(7L);
        assertThat(exc.getAttr("args")).isEqualTo(List.of("rule 7"));
        PythonException m = failure(() -> py.exec("import json\njson.loads('{')"));
        assertThat(m.pythonType()).isEqualTo("json.decoder.JSONDecodeError");
    }

    @Test
    void chainedExceptionsAreFormattedAsPythonDoes() {
        PythonException e = failure(() -> py.exec("try:\n    1 / 0\nexcept ZeroDivisionError as z:\n"
                + "    raise ValueError('bad') from z"));
        assertThat(e.formattedTraceback()).contains("ZeroDivisionError: division by zero\n\n"
                + "The above exception was the direct cause of the following exception:\n\n").endsWith("ValueError: bad\n");
    }

    @Test
    void syntaxErrorPosition() {
        PythonException e = failure(() -> py.compile("x = 1\nif x\n    pass\n", "s.py"));
        assertThat(e.isSyntaxError()).isTrue();
        assertThat(e.fileName()).isEqualTo("s.py");
        assertThat(e.lineNumber()).isEqualTo(2);
        assertThat(e.columnNumber()).isEqualTo(5);
        assertThat(e.pythonMessage()).isEqualTo("expected ':'");
    }

    @Test
    void pythonExceptionsThroughJavaCallbacksKeepTheirType() {
        py.exec("""
                class Fail:
                    def run(self):
                        raise KeyError('deep')
                def call_through_java(runner):
                    try:
                        runner.run()
                    except KeyError as e:
                        return 'caught ' + str(e)
                """);
        Runnable failing = py.asInterface(py.eval("Fail()"), Runnable.class);
        // Python -> Java (Runnable.run on a proxy) -> Python raising KeyError -> back to the Python caller
        assertThat(py.call("call_through_java", failing)).isEqualTo("caught 'deep'");
    }

    @Test
    void errorsLeaveTheInterpreterUsable() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> py.exec("undefined_name")).isInstanceOf(PythonException.class)
                    .hasMessage("NameError: name 'undefined_name' is not defined");
        }
        assertThat(py.eval("'ok'")).isEqualTo("ok");
        assertThat(py.eval("__import__('sys').exc_info()[0] is None")).isEqualTo(true);
    }

    @Test
    void recursionErrorOnTheCallersThread() {
        py.exec("def down(n):\n    return down(n + 1)");
        assertThat(failure(() -> py.call("down", 0)).pythonType()).isEqualTo("RecursionError");
        assertThat(py.eval("1")).isEqualTo(1L);
    }
}
