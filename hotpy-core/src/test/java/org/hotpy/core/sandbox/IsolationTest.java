package org.hotpy.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.junit.jupiter.api.Test;

/** What one interpreter changes, another never sees: builtins, modules, sys, classes. */
class IsolationTest {
    @Test
    void replacingBuiltinsStaysLocal() {
        try (Interpreter a = Python.create(); Interpreter b = Python.create()) {
            a.exec("import builtins\nbuiltins.open = lambda *args: 'fake'\nbuiltins.len = lambda x: -1");
            assertThat(a.eval("len([1, 2])")).isEqualTo(-1L);
            assertThat(b.eval("len([1, 2])")).isEqualTo(2L);
            assertThatThrownBy(() -> b.eval("open('/etc/passwd')")).isInstanceOf(PythonException.class)
                    .hasMessageContaining("PermissionError");
        }
    }

    @Test
    void sysAndModulesStayLocal() {
        try (Interpreter a = Python.create(); Interpreter b = Python.create()) {
            a.exec("import sys, json\nsys.path.append('/x')\nsys.modules['json'].dumps = None\nsys.flagged = True");
            assertThat(b.eval("__import__('sys').path[-1] != '/x'")).isEqualTo(true);
            assertThat(b.eval("__import__('json').dumps([1])")).isEqualTo("[1]");
            assertThat(b.eval("hasattr(__import__('sys'), 'flagged')")).isEqualTo(false);
        }
    }

    @Test
    void builtinTypesCannotBeChangedForOthers() {
        try (Interpreter a = Python.create(); Interpreter b = Python.create()) {
            assertThatThrownBy(() -> a.exec("int.bit_length = lambda self: 99")).isInstanceOf(PythonException.class)
                    .hasMessageContaining("TypeError");
            assertThatThrownBy(() -> a.exec("type.__setattr__(object, 'x', 1)")).isInstanceOf(PythonException.class)
                    .hasMessageContaining("TypeError");
            assertThat(b.eval("(255).bit_length()")).isEqualTo(8L);
        }
    }

    @Test
    void subclassesOfBuiltinsAreNotVisibleToOthers() {
        try (Interpreter a = Python.create(); Interpreter b = Python.create()) {
            a.exec("class Mine(dict):\n    pass\nclass Other(object):\n    pass");
            assertThat(b.eval("[c.__name__ for c in dict.__subclasses__() + object.__subclasses__() "
                    + "if c.__name__ in ('Mine', 'Other')]")).asList().isEmpty();
        }
    }
}
