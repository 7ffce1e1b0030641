package org.hotpy.core.ops;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.Calls;
import org.hotpy.core.model.PyMethodDescr;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.types.function.PyFunction;

/**
 * Calling Python objects from Java. Every callable implements {@link PyObject#call} (vectorcall
 * convention: positional arguments, then keyword values named by {@code kwnames}); these
 * helpers add the common shapes and the special-method calling convention.
 */
public final class Call {
    private Call() {}

    private static final PyObject[] NO_ARGS = new PyObject[0];

    public static PyObject call(PyObject f) {
        return f.call(NO_ARGS, null);
    }

    public static PyObject call(PyObject f, PyObject a) {
        return f.call(new PyObject[] {a}, null);
    }

    public static PyObject call(PyObject f, PyObject a, PyObject b) {
        return f.call(new PyObject[] {a, b}, null);
    }

    public static PyObject call(PyObject f, PyObject a, PyObject b, PyObject c) {
        return f.call(new PyObject[] {a, b, c}, null);
    }

    public static PyObject callArgs(PyObject f, PyObject[] args, String[] kwnames) {
        return f.call(args, kwnames);
    }

    /**
     * Calls a special method found on the type of {@code self} (never on the instance), as
     * CPython's slot wrappers do: functions and method descriptors get {@code self} prepended
     * without creating a bound method; other descriptors are bound through {@code __get__}.
     */
    public static PyObject callSpecial(PyObject descr, PyObject self, PyObject... args) {
        if (descr instanceof PyMethodDescr md) {
            return md.callMethod(self, args, null);
        }
        if (descr instanceof PyFunction f) {
            return Calls.callPositional(f, self, args);
        }
        PyObject bound = Descriptors.get(descr, self, self.type());
        return bound.call(args, null);
    }

    /** Special method with no arguments ({@code __repr__}, {@code __len__} …), array-free for builtins. */
    public static PyObject callSpecial(PyObject descr, PyObject self) {
        if (descr instanceof PyMethodDescr md) {
            return md.callMethod0(self);
        }
        if (descr instanceof PyFunction f) {
            return Calls.callPositional(f, self);
        }
        return Descriptors.get(descr, self, self.type()).call(NO_ARGS, null);
    }

    /** Special method with one argument ({@code __add__}, {@code __getitem__} …). */
    public static PyObject callSpecial(PyObject descr, PyObject self, PyObject arg) {
        if (descr instanceof PyMethodDescr md) {
            return md.callMethod1(self, arg);
        }
        if (descr instanceof PyFunction f) {
            return Calls.callPositional(f, self, arg);
        }
        return Descriptors.get(descr, self, self.type()).call(new PyObject[] {arg}, null);
    }

    /** {@code obj.name(*args)}, without making a bound method when the attribute is a plain method. */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        PyObject[] pair = Attr.getMethod(obj, name);
        if (pair[1] != null) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = pair[1];
            System.arraycopy(args, 0, full, 1, args.length);
            return pair[0].call(full, null);
        }
        return pair[0].call(args, null);
    }

    /** The default {@link PyObject#call}: {@code type(obj).__call__(obj, ...)}. */
    public static PyObject callViaDunder(PyObject obj, PyObject[] args, String[] kwnames) {
        PyObject m = obj.type().lookup(Slot.CALL);
        if (m == null) {
            throw Errors.typeError("'%s' object is not callable", obj.type().tpName());
        }
        if (m instanceof PyFunction f) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = obj;
            System.arraycopy(args, 0, full, 1, args.length);
            return f.call(full, kwnames);
        }
        if (m instanceof PyMethodDescr md) {
            return md.callMethod(obj, args, kwnames);
        }
        return Descriptors.get(m, obj, obj.type()).call(args, kwnames);
    }

    /** The object itself when it is callable ({@code callable(o)}), else null. */
    public static PyObject callableOrNull(PyObject o) {
        if (o instanceof PyFunction || o instanceof PyType || o.type().lookup(Slot.CALL) != null) {
            return o;
        }
        return null;
    }

    /** {@code f(*args, **kwargs)} from a tuple and a dict of str keys. */
    public static PyObject callWithTupleDict(PyObject f, org.hotpy.core.types.collection.PyTuple args,
                                             org.hotpy.core.types.collection.PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return f.call(args.itemsUnsafe().clone(), null);
        }
        int n = args.size();
        java.util.List<PyObject[]> items = kwargs.itemsSnapshot();
        PyObject[] all = new PyObject[n + items.size()];
        String[] names = new String[items.size()];
        System.arraycopy(args.itemsUnsafe(), 0, all, 0, n);
        for (int i = 0; i < names.length; i++) {
            PyObject k = items.get(i)[0];
            if (!(k instanceof org.hotpy.core.types.text.PyStr s)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[i] = s.value();
            all[n + i] = items.get(i)[1];
        }
        return f.call(all, names);
    }
}
