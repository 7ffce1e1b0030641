package org.hotpy.core.interp;

import java.util.function.Consumer;

import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.function.PyCell;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** The Python-visible attributes of frame objects. */
final class FrameMethods implements Consumer<TypeDef> {
    /** The definer of the frame type: an object, as a method reference would be a lambda to link at start-up. */
    static final FrameMethods DEFINER = new FrameMethods();

    private FrameMethods() {}

    @Override
    public void accept(TypeDef t) {
        define(t);
    }

    static void define(TypeDef t) {
        t.getter("f_code", (Frame f) -> f.code);
        t.getter("f_globals", (Frame f) -> f.globals);
        t.getter("f_builtins", (Frame f) -> f.builtins);
        t.getter("f_back", FrameMethods::back);
        t.getter("f_lineno", (Frame f) -> PyInt.of(f.lineNo()));
        t.getter("f_lasti", (Frame f) -> PyInt.of(Math.max(0, f.pc - 1) * 2));
        t.getter("f_locals", FrameMethods::locals);
        t.method0("__repr__", (Frame f) -> PyStr.of("<frame at 0x" + org.hotpy.core.ops.Protocols.idHex(f)
                + ", file '" + f.code.filename + "', line " + f.lineNo() + ", code " + f.code.name + ">"));
    }

    /** {@code f_back}: the calling frame, which Python code may now keep (see {@link Frame#escape}). */
    static PyObject back(Frame f) {
        Frame b = f.back;
        if (b == null) {
            return PyNone.NONE;
        }
        b.escape();
        return b;
    }

    /** {@code f_locals}: the locals mapping, or a snapshot dict of a function's variables. */
    static PyObject locals(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        PyDict d = new PyDict();
        String[] vars = f.code.varnames;
        for (int i = 0; i < vars.length; i++) {
            if (f.stack[i] != null) {
                d.putStr(vars[i], f.stack[i]);
            }
        }
        int base = vars.length;
        String[][] cellGroups = {f.code.cellvars, f.code.freevars};
        for (String[] group : cellGroups) {
            for (int i = 0; i < group.length; i++) {
                PyObject c = f.stack[base + i];
                if (c instanceof PyCell cell && cell.value != null) {
                    d.putStr(group[i], cell.value);
                }
            }
            base += group.length;
        }
        return d;
    }
}
