package org.hotpy.core.modules;

import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.modules.io.BufferedFile;
import org.hotpy.core.modules.io.FileOpener;
import org.hotpy.core.modules.io.IoErrors;
import org.hotpy.core.modules.io.PyBytesIO;
import org.hotpy.core.modules.io.PyStringIO;
import org.hotpy.core.modules.io.RawFile;
import org.hotpy.core.modules.io.TextStream;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * The {@code _io} module: the stream classes written in Java and {@code open}. {@code io.py}
 * adds the abstract base classes on top.
 */
final class IoModule {
    private IoModule() {}

    static PyModule create() {
        PyModule m = new PyModule("_io");
        m.put("StringIO", PyStringIO.TYPE);
        m.put("BytesIO", PyBytesIO.TYPE);
        m.put("FileIO", RawFile.TYPE);
        m.put("BufferedReader", BufferedFile.READER);
        m.put("BufferedWriter", BufferedFile.WRITER);
        m.put("BufferedRandom", BufferedFile.RANDOM);
        m.put("TextIOWrapper", TextStream.TYPE);
        m.put("UnsupportedOperation", IoErrors.UNSUPPORTED_OPERATION);
        m.put("DEFAULT_BUFFER_SIZE", PyInt.of(8192));
        m.put("open", PyBuiltinFunction.of("open",
                "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None",
                a -> FileOpener.open(InterpreterState.current(), a)).inModule(m));
        m.put("text_encoding", PyBuiltinFunction.of("text_encoding", "encoding, stacklevel=2, /",
                a -> a[0] == org.hotpy.core.model.PyNone.NONE ? PyStr.of("locale") : a[0]).inModule(m));
        return m;
    }
}
