package org.hotpy.core.modules.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** The builtin {@code open()}: text and binary files, subject to the interpreter's file policy. */
public final class FileOpener {
    private FileOpener() {}

    /** Arguments as bound by open()'s signature: file, mode, buffering, encoding, errors, newline, closefd, opener. */
    public static PyObject open(InterpreterState st, PyObject[] a) {
        if (!(a[0] instanceof PyStr f)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", a[0].type().name());
        }
        String mode = Protocols.strArg(a[1], "mode", "open");
        Path path = st.hostAccess().checkOpen(f.value(), mode); // embedding hook (issue 5): host policy
        boolean binary = mode.contains("b");
        if (mode.contains("+")) {
            throw Errors.notSupported("open() with mode '" + mode + "' (read-write files)");
        }
        char kind = mode.replace("b", "").replace("t", "").isEmpty() ? 'r' : mode.replace("b", "").replace("t", "").charAt(0);
        if ("rwax".indexOf(kind) < 0 || (binary && mode.contains("t"))) {
            throw Errors.valueError("invalid mode: '%s'", mode);
        }
        if (binary && a[3] != PyNone.NONE) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        Charset cs = Charset.forName(a[3] == PyNone.NONE ? "UTF-8" : Protocols.strArg(a[3], "encoding", "open"));
        try {
            if (kind == 'r') {
                InputStream in = Files.newInputStream(path);
                if (binary) {
                    return new BinaryStream(in, null, f.value(), mode);
                }
                return new TextStream(null, new NewlineReader(new InputStreamReader(in, cs)), f.value(), mode, true);
            }
            StandardOpenOption[] opts = switch (kind) {
                case 'w' -> new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE};
                case 'a' -> new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE};
                default -> new StandardOpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
            };
            OutputStream out = Files.newOutputStream(path, opts);
            if (binary) {
                return new BinaryStream(null, out, f.value(), mode);
            }
            return new TextStream(new OutputStreamWriter(out, cs), null, f.value(), mode, true);
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw osError(ExceptionTypes.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", f.value());
        } catch (FileAlreadyExistsException e) {
            throw osError(ExceptionTypes.FILE_EXISTS_ERROR, 17, "File exists", f.value());
        } catch (AccessDeniedException e) {
            throw osError(ExceptionTypes.PERMISSION_ERROR, 13, "Permission denied", f.value());
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw osError(ExceptionTypes.IS_A_DIRECTORY_ERROR, 21, "Is a directory", f.value());
            }
            throw Errors.osError("%s", e.toString());
        }
    }

    /** OSError subclass with errno, strerror and filename, formatted as CPython prints it. */
    public static PyException osError(org.hotpy.core.model.PyType type, int errno, String msg, String filename) {
        return Errors.withArgs(type, PyInt.of(errno), PyStr.of(msg), PyStr.of(filename));
    }
}
