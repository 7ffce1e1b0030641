package org.hotpy.core.types.number;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.text.PyStr;

/** Python {@code bool}: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, PyBool.class, NumberTypeDefs.BOOL)
            .notSubclassable();
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean isTrue() {
        return this == TRUE;
    }

    static void define(TypeDef t) {
        t.method0("__repr__", (PyBool self) -> PyStr.of(self == TRUE ? "True" : "False"));
        t.newMethod("x=False, /", (cls, a) -> of(Protocols.isTrue(a[0])));
        t.binary("__and__", (PyBool self, PyObject o) -> o instanceof PyBool b ? of(self.isTrue() & b.isTrue())
                : IntMethods.and(self, o));
        t.binary("__rand__", (PyBool self, PyObject o) -> o instanceof PyBool b ? of(self.isTrue() & b.isTrue())
                : IntMethods.and(o, self));
        t.binary("__or__", (PyBool self, PyObject o) -> o instanceof PyBool b ? of(self.isTrue() | b.isTrue())
                : IntMethods.or(self, o));
        t.binary("__ror__", (PyBool self, PyObject o) -> o instanceof PyBool b ? of(self.isTrue() | b.isTrue())
                : IntMethods.or(o, self));
        t.binary("__xor__", (PyBool self, PyObject o) -> o instanceof PyBool b ? of(self.isTrue() ^ b.isTrue())
                : IntMethods.xor(self, o));
        t.binary("__rxor__", (PyBool self, PyObject o) -> o instanceof PyBool b ? of(self.isTrue() ^ b.isTrue())
                : IntMethods.xor(o, self));
    }

    @Override
    public String toString() {
        return this == TRUE ? "True" : "False";
    }
}
