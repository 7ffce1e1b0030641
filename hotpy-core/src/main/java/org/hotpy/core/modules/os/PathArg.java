package org.hotpy.core.modules.os;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.modules.io.FileOpener;
import org.hotpy.core.modules.io.IoErrors;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * A path argument as CPython's {@code path_converter} accepts it: str, bytes or os.PathLike (or
 * an int descriptor where the function allows it). Results that are paths keep the argument's
 * kind: bytes in, bytes out.
 *
 * @param object the str or bytes the argument stood for (what errors show as the filename)
 * @param text   the path as text (bytes decoded as UTF-8, as the file system encoding)
 * @param bytes  whether the argument was bytes
 * @param fd     the descriptor, or -1 when the argument was a path
 */
record PathArg(PyObject object, String text, boolean bytes, int fd) {

    static PathArg of(PyObject o, String fname, boolean allowFd) {
        if (allowFd && IntMath.isInt(o) && !(o instanceof PyStr)) {
            long fd = org.hotpy.core.ops.Protocols.asIndexLong(o, "fd is greater than maximum");
            return new PathArg(o, null, false, (int) fd);
        }
        PyObject p;
        try {
            p = FileOpener.fspath(o);
        } catch (PyException e) {
            throw Errors.typeError("%s: path should be string, bytes, os.PathLike%s, not %s", fname,
                    allowFd ? " or integer" : "", o.type().tpName());
        }
        if (p instanceof PyBytes b) {
            return new PathArg(p, new String(b.data(), StandardCharsets.UTF_8), true, -1);
        }
        String s = ((PyStr) p).value();
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("%s: embedded null character in path", fname);
        }
        return new PathArg(p, s, false, -1);
    }

    /**
     * The path to operate on, after the interpreter's file policy. The os module is denied to
     * sandboxed code by default; a host that allows it accepts its operations under the file root.
     */
    Path path(InterpreterState st) {
        if (text.isEmpty()) {
            throw IoErrors.osError(IoErrors.ENOENT, object, null);
        }
        return FileOpener.checkPolicy(st, text, "r");
    }

    /** A result path of the argument's kind. */
    PyObject wrap(String s) {
        return bytes ? new PyBytes(s.getBytes(StandardCharsets.UTF_8)) : PyStr.of(s);
    }
}
