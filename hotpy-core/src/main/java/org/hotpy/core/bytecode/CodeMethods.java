package org.hotpy.core.bytecode;

import java.util.function.Consumer;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** The Python-visible attributes of code objects. */
final class CodeMethods implements Consumer<TypeDef> {
    /** The definer of the code type: an object, as a method reference would be a lambda to link at start-up. */
    static final CodeMethods DEFINER = new CodeMethods();

    private CodeMethods() {}

    @Override
    public void accept(TypeDef t) {
        define(t);
    }

    static void define(TypeDef t) {
        t.getter("co_name", (CodeObject c) -> PyStr.of(c.name));
        t.getter("co_qualname", (CodeObject c) -> PyStr.of(c.qualname));
        t.getter("co_filename", (CodeObject c) -> PyStr.of(c.filename));
        t.getter("co_firstlineno", (CodeObject c) -> PyInt.of(c.firstLineNo));
        t.getter("co_argcount", (CodeObject c) -> PyInt.of(c.argCount));
        t.getter("co_posonlyargcount", (CodeObject c) -> PyInt.of(c.posOnlyArgCount));
        t.getter("co_kwonlyargcount", (CodeObject c) -> PyInt.of(c.kwOnlyArgCount));
        t.getter("co_nlocals", (CodeObject c) -> PyInt.of(c.nlocals()));
        t.getter("co_flags", (CodeObject c) -> PyInt.of(c.flags));
        t.getter("co_stacksize", (CodeObject c) -> PyInt.of(c.stackSize));
        t.getter("co_varnames", (CodeObject c) -> strs(c.varnames));
        t.getter("co_cellvars", (CodeObject c) -> strs(c.cellvars));
        t.getter("co_freevars", (CodeObject c) -> strs(c.freevars));
        t.getter("co_names", (CodeObject c) -> strs(c.names));
        t.getter("co_consts", (CodeObject c) -> PyTuple.of(c.consts.clone()));
        t.method0("__repr__", (CodeObject c) -> PyStr.of("<code object " + c.name + " at 0x" + Protocols.idHex(c)
                + ", file \"" + c.filename + "\", line " + c.firstLineNo + ">"));
    }

    private static PyObject strs(String[] a) {
        PyObject[] r = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = PyStr.of(a[i]);
        }
        return PyTuple.of(r);
    }
}
