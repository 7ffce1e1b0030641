package org.hotpy.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.hotpy.api.ResourceLimitException;
import org.hotpy.api.ResourceLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Escape attempts by untrusted scripts under the default policy, each of which must be refused (a
 * Python exception of the expected type) or stopped (a limit), after which the interpreter must
 * still work. Attempts that need Java objects, files or a second interpreter are in
 * {@link HostObjectEscapeTest} and {@link FileEscapeTest}.
 */
class SandboxEscapeTest {
    private Interpreter py;

    @BeforeEach
    void create() {
        py = Python.builder()
                .limits(ResourceLimits.builder().maxSteps(2_000_000).timeout(Duration.ofSeconds(5))
                        .maxRecursionDepth(200).maxObjectSize(1 << 20).build())
                .stdout(java.io.Writer.nullWriter()).stderr(java.io.Writer.nullWriter())
                .build();
    }

    @AfterEach
    void healthyAfterwards() {
        assertThat(py.eval("sum(range(10))")).isEqualTo(45L);
        py.exec("def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\n");
        assertThat(py.call("f", 15)).isEqualTo(610L);
        py.close();
    }

    /** A script and the Python exception type (or {@code limit:KIND}) that must end it. */
    static Stream<Arguments> attempts() {
        List<Arguments> a = new ArrayList<>();
        // files
        a.add(Arguments.of("open a file for reading", "open('/etc/passwd').read()", "PermissionError"));
        a.add(Arguments.of("open a file for writing", "open('/tmp/hotpy-escape.txt', 'w').write('x')", "PermissionError"));
        a.add(Arguments.of("open through builtins dict", "__builtins__['open']('/etc/hosts') if isinstance(__builtins__, dict) "
                + "else __builtins__.open('/etc/hosts')", "PermissionError"));
        a.add(Arguments.of("open through the builtins module", "import builtins\nbuiltins.open('/etc/hosts')", "PermissionError"));
        a.add(Arguments.of("open through io", "import io\nio.open('/etc/hosts')", "PermissionError"));
        a.add(Arguments.of("source from sys.path", "import sys\nsys.path.insert(0, '/etc')\nimport passwd", "ModuleNotFoundError"));
        a.add(Arguments.of("path traversal in a module name", "__import__('../../../../etc/passwd')", "ImportError"));
        a.add(Arguments.of("path traversal below the bundled library", "import sys\n__import__(sys.prefix + '/../../x')", "ImportError"));
        // processes and the OS
        a.add(Arguments.of("import os", "import os\nos.system('id')", "ImportError"));
        a.add(Arguments.of("from os import system", "from os import system", "ImportError"));
        a.add(Arguments.of("__import__ os", "__import__('os').popen('id')", "ImportError"));
        a.add(Arguments.of("exec import os", "exec('import os')", "ImportError"));
        a.add(Arguments.of("import posix", "import posix", "ImportError"));
        a.add(Arguments.of("import subprocess", "import subprocess\nsubprocess.run(['id'])", "ImportError"));
        a.add(Arguments.of("import importlib then os", "import importlib\nimportlib.import_module('os')",
                "ImportError|ModuleNotFoundError"));
        a.add(Arguments.of("import ctypes", "import ctypes", "ImportError"));
        a.add(Arguments.of("import signal", "import signal", "ImportError"));
        a.add(Arguments.of("import threading", "import threading\nthreading.Thread(target=lambda: None).start()", "ImportError"));
        a.add(Arguments.of("import _thread", "import _thread", "ImportError"));
        a.add(Arguments.of("import multiprocessing", "import multiprocessing", "ImportError"));
        a.add(Arguments.of("import shutil", "import shutil", "ImportError"));
        a.add(Arguments.of("a submodule of a denied package", "import os.path", "ImportError"));
        // network
        a.add(Arguments.of("import socket", "import socket\nsocket.socket()", "ImportError"));
        a.add(Arguments.of("import urllib.request", "import urllib.request", "ImportError"));
        a.add(Arguments.of("import http.client", "import http.client", "ImportError"));
        a.add(Arguments.of("import ssl", "import ssl", "ImportError"));
        // Java
        a.add(Arguments.of("import java", "import java", "ImportError"));
        a.add(Arguments.of("from java.lang import Runtime", "from java.lang import Runtime", "ImportError"));
        a.add(Arguments.of("import javax.script", "import javax.script", "ImportError"));
        a.add(Arguments.of("import sun.misc", "import sun.misc", "ImportError"));
        // introspection
        a.add(Arguments.of("__subclasses__ walk for os or open",
                "found = []\n"
                + "for c in object.__subclasses__():\n"
                + "    for sub in [c] + type.__subclasses__(c):\n"
                + "        init = getattr(sub, '__init__', None)\n"
                + "        g = getattr(init, '__globals__', None)\n"
                + "        if g and ('os' in g or 'open' in g):\n"
                + "            found.append(g)\n"
                + "for g in found:\n"
                + "    g.get('os') and g['os'].system('id')\n"
                + "    g.get('open') and g['open']('/etc/passwd')\n"
                + "open('/etc/passwd')\n", "PermissionError"));
        a.add(Arguments.of("sys.modules has no os", "import sys\nsys.modules['os'].system('id')", "KeyError"));
        a.add(Arguments.of("frames lead only to Python frames",
                "import sys\nf = sys._getframe()\nassert f.f_back is None\nf.f_builtins['open']('/etc/passwd')", "PermissionError"));
        a.add(Arguments.of("gc object walk", "import gc\ngc.get_objects()", "AttributeError"));
        a.add(Arguments.of("mutate a builtin type", "int.__add__ = lambda a, b: 0", "TypeError"));
        a.add(Arguments.of("mutate a builtin type's dict", "str.__dict__['upper'] = None", "TypeError"));
        a.add(Arguments.of("traceback source of a file named like /etc/passwd",
                "code = compile('\\n' * 0 + '1/0', '/etc/passwd', 'exec')\nexec(code)", "ZeroDivisionError"));
        a.add(Arguments.of("sys.exit", "import sys\nsys.exit(3)", "SystemExit"));
        a.add(Arguments.of("exit builtin", "raise SystemExit(0)", "SystemExit"));
        // memory
        a.add(Arguments.of("huge string", "'x' * 10**10", "MemoryError"));
        a.add(Arguments.of("huge list", "[0] * 10**9", "MemoryError"));
        a.add(Arguments.of("list of a huge range", "list(range(10**9))", "MemoryError"));
        a.add(Arguments.of("huge bytes", "bytes(10**10)", "MemoryError"));
        a.add(Arguments.of("huge power", "2 ** (2 ** 40)", "MemoryError"));
        a.add(Arguments.of("doubling list", "x = [0]\nwhile True:\n    x = x + x", "MemoryError"));
        // time and recursion
        // Each loop is stopped by whichever limit comes first: the step budget on a quiet machine,
        // the timeout when a loaded one runs the loop slowly; both are stops the script cannot catch.
        a.add(Arguments.of("infinite loop", "while True:\n    pass", "limit:STEPS|TIMEOUT"));
        a.add(Arguments.of("infinite loop under bare except",
                "while True:\n    try:\n        while True:\n            pass\n    except:\n        pass", "limit:STEPS|TIMEOUT"));
        a.add(Arguments.of("looping in finally",
                "while True:\n    try:\n        while True:\n            pass\n    finally:\n        while True:\n            pass",
                "limit:STEPS|TIMEOUT"));
        a.add(Arguments.of("catching BaseException",
                "n = 0\nwhile True:\n    try:\n        while True:\n            n += 1\n    except BaseException:\n        n = -1",
                "limit:STEPS|TIMEOUT"));
        a.add(Arguments.of("infinite iterator in a builtin", "sum(iter(int, 1))", "limit:STEPS|TIMEOUT"));
        a.add(Arguments.of("infinite for over a builtin iterator", "for _ in iter(int, 1):\n    pass", "limit:STEPS|TIMEOUT"));
        a.add(Arguments.of("infinite generator", "def g():\n    while True:\n        yield 1\nmax(g())", "limit:STEPS|TIMEOUT"));
        a.add(Arguments.of("deep recursion", "def f(n):\n    return f(n + 1)\nf(0)", "RecursionError"));
        a.add(Arguments.of("raising the recursion limit",
                "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)", "RecursionError"));
        a.add(Arguments.of("recursion errors caught forever",
                "def f():\n    f()\nwhile True:\n    try:\n        f()\n    except RecursionError:\n        pass",
                "limit:STEPS|TIMEOUT"));
        a.add(Arguments.of("sleeping past the timeout", "import time\ntime.sleep(60)", "limit:TIMEOUT"));
        return a.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attempts")
    void isRefusedOrStopped(String name, String script, String expected) {
        if (expected.startsWith("limit:")) {
            assertThatThrownBy(() -> py.exec(script))
                    .isInstanceOf(ResourceLimitException.class)
                    .extracting(e -> ((ResourceLimitException) e).limit().name())
                    .isIn((Object[]) expected.substring("limit:".length()).split("\\|"));
            return;
        }
        assertThatThrownBy(() -> py.exec(script))
                .isInstanceOf(PythonException.class)
                .isNotInstanceOf(ResourceLimitException.class)
                .satisfies(e -> {
                    PythonException pe = (PythonException) e;
                    assertThat(pe.pythonType()).as(pe.formattedTraceback()).isIn((Object[]) expected.split("\\|"));
                    assertThat(pe.formattedTraceback()).doesNotContain("root:");
                });
    }
}
