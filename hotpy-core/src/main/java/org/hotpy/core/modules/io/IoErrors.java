package org.hotpy.core.modules.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * {@code io.UnsupportedOperation} (both an OSError and a ValueError, as in CPython), and the
 * OSErrors that Java's I/O exceptions become: errno, strerror and filename as Linux reports them,
 * with the OSError subclass CPython picks for the errno.
 */
public final class IoErrors {
    private IoErrors() {}

    public static final PyType UNSUPPORTED_OPERATION = PyType.builtin("UnsupportedOperation",
            new PyType[] {ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR},
            PyBaseException.class, t -> { }).inModule("io");

    public static final int ENOENT = 2;
    public static final int EBADF = 9;
    public static final int EACCES = 13;
    public static final int EEXIST = 17;
    public static final int EXDEV = 18;
    public static final int ENOTDIR = 20;
    public static final int EISDIR = 21;
    public static final int EINVAL = 22;
    public static final int ESPIPE = 29;
    public static final int ENOTEMPTY = 39;
    public static final int ELOOP = 40;

    /** Linux's strerror text for the errnos raised here. */
    public static String strerror(int errno) {
        return switch (errno) {
            case ENOENT -> "No such file or directory";
            case EBADF -> "Bad file descriptor";
            case EACCES -> "Permission denied";
            case EEXIST -> "File exists";
            case EXDEV -> "Invalid cross-device link";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case ESPIPE -> "Illegal seek";
            case ENOTEMPTY -> "Directory not empty";
            case ELOOP -> "Too many levels of symbolic links";
            case 25 -> "Inappropriate ioctl for device";
            case 75 -> "Value too large for defined data type";
            default -> "Unknown error " + errno;
        };
    }

    /** The OSError subclass CPython raises for {@code errno}. */
    static PyType typeFor(int errno) {
        return switch (errno) {
            case ENOENT -> ExceptionTypes.FILE_NOT_FOUND_ERROR;
            case EACCES -> ExceptionTypes.PERMISSION_ERROR;
            case EEXIST -> ExceptionTypes.FILE_EXISTS_ERROR;
            case ENOTDIR -> ExceptionTypes.NOT_A_DIRECTORY_ERROR;
            case EISDIR -> ExceptionTypes.IS_A_DIRECTORY_ERROR;
            default -> ExceptionTypes.OS_ERROR;
        };
    }

    /** {@code OSError(errno, strerror[, filename[, winerror, filename2]])} of the right subclass. */
    public static PyException osError(int errno, PyObject filename, PyObject filename2) {
        PyType type = typeFor(errno);
        PyStr msg = PyStr.of(strerror(errno));
        if (filename == null) {
            return Errors.withArgs(type, PyInt.of(errno), msg);
        }
        if (filename2 == null) {
            return Errors.withArgs(type, PyInt.of(errno), msg, filename);
        }
        return Errors.withArgs(type, PyInt.of(errno), msg, filename, PyInt.ZERO, filename2);
    }

    public static PyException osError(int errno, String filename) {
        return osError(errno, filename == null ? null : PyStr.of(filename), null);
    }

    /** The errno a Java file-system exception stands for. */
    public static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof FileSystemLoopException) {
            return ELOOP;
        }
        if (e instanceof NotLinkException) {
            return EINVAL;
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason != null) {
            for (int errno : new int[] {ENOENT, EACCES, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY, EXDEV, EINVAL, ELOOP}) {
                if (reason.contains(strerror(errno))) {
                    return errno;
                }
            }
        }
        return 0;
    }

    /** An OSError for a Java I/O failure on {@code filename} (and {@code filename2}, or null). */
    public static PyException fromIOException(IOException e, PyObject filename, PyObject filename2) {
        int errno = errnoOf(e);
        if (errno == 0) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            return Errors.osError("%s", msg);
        }
        return osError(errno, filename, filename2);
    }
}
