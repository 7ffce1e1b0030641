package org.hotpy.core.builtins;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.Interpreter;
import org.hotpy.core.model.ClassBuilder;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyCell;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.text.PyStr;

/**
 * {@code __build_class__}, which a class statement calls: resolves {@code __mro_entries__},
 * picks the metaclass, prepares the namespace, runs the class body in it, and calls the
 * metaclass.
 */
final class BuildClass {
    private BuildClass() {}

    /** Arguments bound by the signature {@code func, name, /, *bases, **kwds}. */
    static PyObject buildClass(PyObject[] a) {
        if (!(a[0] instanceof PyFunction body)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!(a[1] instanceof PyStr name)) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        PyObject[] origBases = ((PyTuple) a[2]).toArray();
        PyDict kwds = ((PyDict) a[3]).copy();
        PyObject[] bases = resolveBases(origBases);
        PyObject meta = kwds.remove(PyStr.of("metaclass"));
        boolean isClass = false;
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type();
            isClass = true;
        } else if (meta instanceof PyType) {
            isClass = true;
        }
        if (isClass) {
            PyType[] typeBases = new PyType[bases.length];
            boolean allTypes = true;
            for (int i = 0; i < bases.length; i++) {
                if (bases[i] instanceof PyType t) {
                    typeBases[i] = t;
                } else {
                    allTypes = false;
                }
            }
            if (allTypes) {
                meta = ClassBuilder.winnerMeta((PyType) meta, typeBases);
            }
        }
        PyTuple basesTuple = PyTuple.of(bases);
        PyObject ns;
        PyObject prepare = Attr.getOrNull(meta, "__prepare__");
        if (prepare != null) {
            ns = Call.callWithTupleDict(prepare, PyTuple.of(name, basesTuple), kwds);
            if (ns.type().lookup(org.hotpy.core.model.Slot.GETITEM) == null) {
                throw Errors.typeError("%s.__prepare__() must return a mapping, not %s",
                        meta instanceof PyType mt ? mt.name() : "<metaclass>", ns.type().tpName());
            }
        } else {
            ns = new PyDict();
        }
        InterpreterState st = InterpreterState.current();
        org.hotpy.core.interp.Frame f = org.hotpy.core.interp.Calls.classBodyFrame(body, ns);
        PyObject cell = Interpreter.execute(st, f);
        if (bases != origBases) {
            org.hotpy.core.ops.Protocols.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
        }
        PyObject cls = Call.callWithTupleDict(meta, PyTuple.of(name, basesTuple, ns), kwds);
        if (cell instanceof PyCell c && cls instanceof PyType) {
            if (c.value != cls) {
                if (c.value == null) {
                    throw Errors.runtimeError("__class__ not set defining '%s' as %s. Was __classcell__ propagated to type.__new__?",
                            name.value(), org.hotpy.core.ops.Protocols.repr(cls).value());
                }
                throw Errors.typeError("__class__ set to %s defining '%s' as %s",
                        org.hotpy.core.ops.Protocols.repr(c.value).value(), name.value(),
                        org.hotpy.core.ops.Protocols.repr(cls).value());
            }
        }
        return cls;
    }

    /** PEP 560: a base that is not a class may stand for others through {@code __mro_entries__}. */
    private static PyObject[] resolveBases(PyObject[] bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            if (b instanceof PyType) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject me = Attr.getOrNull(b, "__mro_entries__");
            if (me == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject entries = Call.call(me, PyTuple.of(bases));
            if (!(entries instanceof PyTuple)) {
                throw Errors.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases[j]);
                }
            }
            Iteration.forEach(entries, out::add);
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }
}
