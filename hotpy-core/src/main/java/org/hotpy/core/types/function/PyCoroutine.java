package org.hotpy.core.types.function;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.text.PyStr;

/**
 * The object an {@code async def} call returns ({@code coroutine}, or {@code async_generator}
 * when the body yields). HotPy does not run coroutines yet: creating one works (so modules that
 * define async variants import, and {@code type(coro)} is a real type), and driving one raises
 * NotImplementedError.
 */
public final class PyCoroutine extends PyObject {
    public static final PyType COROUTINE = PyType.builtin("coroutine", PyType.OBJECT, PyCoroutine.class,
            FunctionTypeDefs.COROUTINE).notSubclassable();
    public static final PyType ASYNC_GENERATOR = PyType.builtin("async_generator", PyType.OBJECT, PyCoroutine.class,
            FunctionTypeDefs.COROUTINE).notSubclassable();

    private final Frame frame;
    private final String qualname;
    private final boolean asyncGenerator;

    public PyCoroutine(Frame frame, String qualname, boolean asyncGenerator) {
        this.frame = frame;
        this.qualname = qualname;
        this.asyncGenerator = asyncGenerator;
    }

    @Override
    public PyType type() {
        return asyncGenerator ? ASYNC_GENERATOR : COROUTINE;
    }

    private static PyObject unsupported(PyObject self) {
        throw Errors.notImplementedError("coroutines and async generators are not supported by HotPy yet");
    }

    static void define(TypeDef t) {
        t.method1("send", "value, /", (PyCoroutine c, PyObject v) -> unsupported(c));
        t.methodN("throw", "*args", (PyCoroutine c, PyObject[] a) -> unsupported(c));
        t.method0("close", (PyCoroutine c) -> PyNone.NONE);
        t.method0("__await__", PyCoroutine::unsupported);
        t.method0("__aiter__", (PyCoroutine c) -> c);
        t.method0("__anext__", PyCoroutine::unsupported);
        t.method1("asend", "value, /", (PyCoroutine c, PyObject v) -> unsupported(c));
        t.methodN("athrow", "*args", (PyCoroutine c, PyObject[] a) -> unsupported(c));
        t.method0("aclose", PyCoroutine::unsupported);
        t.getter("cr_code", (PyCoroutine c) -> c.frame.code);
        t.getter("__qualname__", (PyCoroutine c) -> PyStr.of(c.qualname));
        t.method0("__repr__", (PyCoroutine c) -> PyStr.of("<" + c.type().tpName() + " object " + c.qualname + " at 0x"
                + Protocols.idHex(c) + ">"));
    }
}
