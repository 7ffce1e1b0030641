package org.hotpy.core.modules.io;

import org.hotpy.core.model.PyType;
import org.hotpy.core.types.exception.ExceptionTypes;

/** {@code io.UnsupportedOperation}: both an OSError and a ValueError, as in CPython. */
public final class IoErrors {
    private IoErrors() {}

    public static final PyType UNSUPPORTED_OPERATION = PyType.builtin("UnsupportedOperation",
            new PyType[] {ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR},
            org.hotpy.core.types.exception.PyBaseException.class, t -> { }).inModule("io");
}
