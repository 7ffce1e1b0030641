package org.hotpy.core.modules.os;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.modules.io.FdTable;
import org.hotpy.core.modules.io.IoErrors;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.StructSeq;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * The {@code posix} module: what {@code os.py} is written on. On the command line it reaches
 * the real file system, environment and processes; an embedded interpreter sees only what its
 * file policy allows, an empty environment, and no processes.
 */
public final class PosixModule {
    private PosixModule() {}

    /** A module function body (arguments bound by the signature). */
    interface Body extends PyBuiltinFunction.Body {}

    static final PyType UNAME_RESULT = StructSeq.declare("posix", "uname_result", "sysname", "nodename", "release",
            "version", "machine");
    static final PyType TIMES_RESULT = StructSeq.declare("posix", "times_result", "user", "system", "children_user",
            "children_system", "elapsed");
    static final PyType TERMINAL_SIZE = StructSeq.declare("os", "terminal_size", "columns", "lines");

    private static final SecureRandom RANDOM = new SecureRandom();

    static void def(PyModule m, String name, String sig, PyBuiltinFunction.Body body) {
        m.put(name, PyBuiltinFunction.of(name, sig, body).inModule(m));
    }

    public static PyModule create(InterpreterState st) {
        PyModule m = new PyModule("posix");
        boolean trusted = st.config().trusted();
        Map<String, String> env = new TreeMap<>(trusted ? System.getenv() : Map.of());
        PyDict environ = new PyDict();
        for (var e : env.entrySet()) {
            environ.put(bytes(e.getKey()), bytes(e.getValue()));
        }
        m.put("environ", environ);
        m.put("error", ExceptionTypes.OS_ERROR);
        m.put("stat_result", PosixStat.STAT_RESULT);
        m.put("uname_result", UNAME_RESULT);
        m.put("times_result", TIMES_RESULT);
        m.put("terminal_size", TERMINAL_SIZE);
        constants(m);
        PosixFiles.define(m, st);
        PosixFds.define(m, st);
        processes(m, st, env);
        return m;
    }

    private static PyBytes bytes(String s) {
        return new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void constants(PyModule m) {
        String[] names = {"F_OK", "R_OK", "W_OK", "X_OK", "O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "O_EXCL",
            "O_TRUNC", "O_APPEND", "O_NONBLOCK", "O_CLOEXEC", "O_NOCTTY", "O_SYNC", "O_DIRECTORY", "O_NOFOLLOW",
            "SEEK_SET", "SEEK_CUR", "SEEK_END", "EX_OK", "WNOHANG"};
        int[] values = {0, 4, 2, 1, 0, 1, 2, 0x40, 0x80, 0x200, 0x400, 0x800, 0x80000, 0x100, 0x101000, 0x10000,
            0x20000, 0, 1, 2, 0, 1};
        for (int i = 0; i < names.length; i++) {
            m.put(names[i], PyInt.of(values[i]));
        }
    }

    private static void requireTrusted(InterpreterState st, String what) {
        if (!st.config().trusted()) {
            throw Errors.permissionError("%s is not allowed by the host", what);
        }
    }

    private static void processes(PyModule m, InterpreterState st, Map<String, String> env) {
        long start = System.nanoTime();
        def(m, "getpid", "", a -> PyInt.of(ProcessHandle.current().pid()));
        def(m, "getppid", "", a -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L)));
        for (String id : new String[] {"uid", "gid"}) {
            PyBuiltinFunction.Body get = a -> PyInt.of(procAttribute(id));
            def(m, "get" + id, "", get);
            def(m, "gete" + id, "", get);
        }
        def(m, "getlogin", "", a -> PyStr.of(System.getProperty("user.name", "")));
        def(m, "cpu_count", "", a -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        def(m, "urandom", "size, /", a -> {
            long n = Protocols.asIndexLong(a[0], "size too large");
            if (n < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) n];
            RANDOM.nextBytes(b);
            return new PyBytes(b);
        });
        def(m, "strerror", "code, /", a -> PyStr.of(IoErrors.strerror((int) Protocols.asIndexLong(a[0], "code"))));
        def(m, "umask", "mask, /", a -> PyInt.of(FdTable.of(st).umask((int) Protocols.asIndexLong(a[0], "mask"))));
        def(m, "uname", "", a -> StructSeq.of(UNAME_RESULT, PyStr.of(System.getProperty("os.name", "Linux")),
                PyStr.of(procText("/proc/sys/kernel/hostname", "localhost")), PyStr.of(System.getProperty("os.version", "")),
                PyStr.of(procText("/proc/sys/kernel/version", "")), PyStr.of(machine())));
        def(m, "times", "", a -> {
            var bean = ManagementFactory.getThreadMXBean();
            double cpu = bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() / 1e9 : 0.0;
            double user = bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadUserTime() / 1e9 : 0.0;
            return StructSeq.of(TIMES_RESULT, new PyFloat(user), new PyFloat(cpu - user), PyFloat.ZERO, PyFloat.ZERO,
                    new PyFloat((System.nanoTime() - start) / 1e9));
        });
        def(m, "get_terminal_size", "fd=1, /", a -> {
            throw IoErrors.osError(25, (String) null);
        });
        def(m, "putenv", "name, value, /", a -> {
            env.put(envText(a[0]), envText(a[1]));
            return PyNone.NONE;
        });
        def(m, "unsetenv", "name, /", a -> {
            env.remove(envText(a[0]));
            return PyNone.NONE;
        });
        def(m, "system", "command", a -> PyInt.of(system(st, env, envText(a[0]))));
        def(m, "_exit", "status", a -> {
            requireTrusted(st, "os._exit()");
            Runtime.getRuntime().halt((int) Protocols.asIndexLong(a[0], "status"));
            return PyNone.NONE;
        });
        def(m, "kill", "pid, signal, /", a -> {
            requireTrusted(st, "os.kill()");
            long pid = Protocols.asIndexLong(a[0], "pid");
            ProcessHandle h = ProcessHandle.of(pid).orElseThrow(() -> Errors.of(ExceptionTypes.PROCESS_LOOKUP_ERROR,
                    "[Errno 3] No such process"));
            if (Protocols.asIndexLong(a[1], "signal") != 0) {
                h.destroy();
            }
            return PyNone.NONE;
        });
    }

    private static String envText(PyObject o) {
        if (o instanceof PyBytes b) {
            return new String(b.data(), java.nio.charset.StandardCharsets.UTF_8);
        }
        return Protocols.strArg(o, "name", "putenv");
    }

    private static long procAttribute(String name) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:" + name)).longValue();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static String procText(String file, String dflt) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException | RuntimeException e) {
            return dflt;
        }
    }

    private static String machine() {
        String arch = System.getProperty("os.arch", "");
        return switch (arch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
    }

    /** {@code os.system}: runs {@code /bin/sh -c command}; the wait status (exit code << 8). */
    private static int system(InterpreterState st, Map<String, String> env, String command) {
        requireTrusted(st, "os.system()");
        PyObject out = st.sysModule().get("stdout");
        if (out != null && out != PyNone.NONE) {
            Call.callMethod(out, "flush");   // the child writes to the same terminal or pipe
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).inheritIO();
        pb.directory(FdTable.of(st).cwd().toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            return (p.waitFor() & 0xff) << 8;
        } catch (IOException e) {
            return 127 << 8;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.hotpy.core.interp.ExecutionStopped(org.hotpy.core.interp.ExecutionStopped.Reason.INTERRUPTED);
        }
    }
}
