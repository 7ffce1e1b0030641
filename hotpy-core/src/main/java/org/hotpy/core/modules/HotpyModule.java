package org.hotpy.core.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.ImportSystem;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.Tracebacks;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.exception.PyTraceback;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * {@code _hotpy}: what HotPy's pure-Python library needs from the runtime and CPython gets from
 * its own C internals: the source of a module file wherever it lives (on disk, or in
 * the library bundled in the jar), which {@code importlib} needs to find, load and reload
 * modules (reads follow the import system's rule: an untrusted, embedded interpreter sees only
 * the bundled library); traceback formatting; and {@code c_type}, which gives a library class
 * standing in for a C type CPython's {@code tp_name}.
 */
final class HotpyModule {
    private HotpyModule() {}

    static PyModule create(InterpreterState st) {
        PyModule m = new PyModule("_hotpy");
        m.put("BUNDLED", PyStr.of(ImportSystem.BUNDLED));
        m.put("read_source", PyBuiltinFunction.of("read_source", "path, /", a -> {
            byte[] src = read(st, Protocols.strArg(a[0], "path", "read_source"));
            return src == null ? PyNone.NONE : new PyBytes(src);
        }).inModule(m));
        m.put("format_tb_entry", PyBuiltinFunction.of("format_tb_entry", "tb, /", a -> {
            if (!(a[0] instanceof PyTraceback tb)) {
                throw Errors.typeError("expected a traceback, not %s", a[0].type().tpName());
            }
            return PyStr.of(Tracebacks.formatEntry(tb));
        }).inModule(m));
        m.put("format_exception_only", PyBuiltinFunction.of("format_exception_only", "exc, /", a -> {
            if (!(a[0] instanceof PyBaseException e)) {
                throw Errors.typeError("expected an exception, not %s", a[0].type().tpName());
            }
            return PyStr.of(Tracebacks.formatExceptionOnly(e));
        }).inModule(m));
        // linecache's getline for the traceback module; the host policy decides what may be read.
        m.put("getline", PyBuiltinFunction.of("getline", "filename, lineno, /", a -> {
            String line = Tracebacks.sourceLine(Protocols.strArg(a[0], "filename", "getline"),
                    (int) Protocols.asIndexClamped(a[1]));
            return PyStr.of(line == null ? "" : line + "\n");
        }).inModule(m));
        // A class decorator for the library's stand-ins for CPython's C types: error messages
        // then name them as CPython does ('collections.deque', not 'deque').
        m.put("c_type", PyBuiltinFunction.of("c_type", "tp_name, /", a -> {
            String tpName = Protocols.strArg(a[0], "tp_name", "c_type");
            return PyBuiltinFunction.of("c_type", "cls, /", c -> {
                if (!(c[0] instanceof PyType cls)) {
                    throw Errors.typeError("c_type() expects a class, not %s", c[0].type().tpName());
                }
                cls.setCTypeName(tpName);
                return cls;
            }).inModule(m);
        }).inModule(m));
        return m;
    }

    /** The bytes of a module file, or null when it does not exist or may not be read. */
    static byte[] read(InterpreterState st, String path) {
        try {
            Path p = Path.of(path);
            if (Files.isRegularFile(p)) {
                if (!st.config().trusted() && !path.startsWith(ImportSystem.BUNDLED)) {
                    return null;
                }
                return Files.readAllBytes(p);
            }
        } catch (IOException | InvalidPathException e) {
            return null;
        }
        if (path.startsWith(ImportSystem.BUNDLED + "/")) {
            String res = "hotpy/lib/" + path.substring(ImportSystem.BUNDLED.length() + 1);
            try (InputStream in = HotpyModule.class.getClassLoader().getResourceAsStream(res)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }
}
