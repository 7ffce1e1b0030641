package org.hotpy.core.embed;

import java.util.List;
import java.util.Map;

import org.hotpy.api.Interpreter;
import org.hotpy.api.PyHandle;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;

/** {@link PyHandle}: a Python object held from Java; every operation enters its interpreter. */
final class Handle implements PyHandle, PythonView {
    private final Interop in;
    private final PyObject obj;

    Handle(Interop in, PyObject obj) {
        this.in = in;
        this.obj = obj;
    }

    @Override
    public Interop interop() {
        return in;
    }

    @Override
    public PyObject pythonObject() {
        return obj;
    }

    PyObject object() {
        return obj;
    }

    @Override
    public Interpreter interpreter() {
        return in.api();
    }

    @Override
    public String typeName() {
        return obj.type().name();
    }

    @Override
    public Object getAttr(String name) {
        return in.call(() -> Conversions.toJava(in, Attr.get(obj, name)));
    }

    @Override
    public <T> T getAttr(String name, Class<T> type) {
        return in.call(() -> TypedConversions.cast(type, TypedConversions.convert(in, Attr.get(obj, name), type)));
    }

    @Override
    public void setAttr(String name, Object value) {
        in.call(() -> {
            Attr.set(obj, name, Conversions.toPython(in, value));
            return null;
        });
    }

    @Override
    public boolean hasAttr(String name) {
        return in.call(() -> Attr.getOrNull(obj, name) != null);
    }

    @Override
    public void delAttr(String name) {
        in.call(() -> {
            Attr.delete(obj, name);
            return null;
        });
    }

    @Override
    public Object call(Object... args) {
        return in.call(() -> Conversions.toJava(in, Calling.call(in, obj, java.util.Arrays.asList(args), Map.of())));
    }

    @Override
    public Object callWithKeywords(List<?> args, Map<String, ?> kwargs) {
        return in.call(() -> Conversions.toJava(in, Calling.call(in, obj, args, kwargs)));
    }

    @Override
    public Object invoke(String name, Object... args) {
        return in.call(() -> Conversions.toJava(in, Calling.call(in, Attr.get(obj, name), java.util.Arrays.asList(args), Map.of())));
    }

    @Override
    public String repr() {
        return in.call(() -> Protocols.repr(obj).value());
    }

    @Override
    public String str() {
        return in.call(() -> Protocols.str(obj).value());
    }

    @Override
    public <T> T as(Class<T> type) {
        if (type.isInterface() && type != List.class && type != Map.class && type != java.util.Set.class
                && type != java.util.Collection.class && type != Iterable.class && type != PyHandle.class) {
            return type.cast(in.call(() -> InterfaceProxy.checked(in, obj, type)));
        }
        return in.call(() -> TypedConversions.cast(type, TypedConversions.convert(in, obj, type)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Handle h && h.obj == obj;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(obj);
    }

    /** {@code str(obj)}, or a placeholder once the interpreter is closed (toString must not fail). */
    @Override
    public String toString() {
        try {
            in.checkOpen();
            return str();
        } catch (RuntimeException e) {
            return "<Python " + obj.type().name() + " object>";
        }
    }
}
