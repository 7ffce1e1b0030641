package org.hotpy.core.modules;

import org.hotpy.core.model.PyModule;
import org.hotpy.core.modules.io.BinaryStream;
import org.hotpy.core.modules.io.IoErrors;
import org.hotpy.core.modules.io.PyBytesIO;
import org.hotpy.core.modules.io.PyStringIO;
import org.hotpy.core.modules.io.TextStream;
import org.hotpy.core.types.number.PyInt;

/** The {@code io} module: in-memory streams and the file classes. */
final class IoModule {
    private IoModule() {}

    static PyModule create() {
        PyModule m = new PyModule("io");
        m.put("StringIO", PyStringIO.TYPE);
        m.put("BytesIO", PyBytesIO.TYPE);
        m.put("TextIOWrapper", TextStream.TYPE);
        m.put("BufferedIOBase", BinaryStream.TYPE);
        m.put("UnsupportedOperation", IoErrors.UNSUPPORTED_OPERATION);
        m.put("SEEK_SET", PyInt.of(0));
        m.put("SEEK_CUR", PyInt.of(1));
        m.put("SEEK_END", PyInt.of(2));
        m.put("DEFAULT_BUFFER_SIZE", PyInt.of(8192));
        return m;
    }
}
