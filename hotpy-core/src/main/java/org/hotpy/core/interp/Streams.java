package org.hotpy.core.interp;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;
import org.hotpy.core.types.text.PyStr;

/** Writing to the interpreter's {@code sys.stdout} / {@code sys.stderr} as they are now bound. */
public final class Streams {
    private Streams() {}

    public static void writeStdout(InterpreterState ts, String text) {
        write(ts, "stdout", text);
    }

    public static void writeStderr(InterpreterState ts, String text) {
        write(ts, "stderr", text);
    }

    private static void write(InterpreterState ts, String which, String text) {
        PyObject stream = ts.sysModule().get(which);
        if (stream == null || stream == org.hotpy.core.model.PyNone.NONE) {
            return;
        }
        Call.callMethod(stream, "write", PyStr.of(text));
    }
}
