package org.hotpy.core.interp;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyInt;

/**
 * BINARY_SUBSCR and STORE_SUBSCR with list, tuple and dict specialisations. Each specialised form
 * is a small method the JIT inlines into the dispatch loop; a failed type test deoptimises.
 */
final class SubscrHandlers {
    private SubscrHandlers() {}

    static PyObject subscrListInt(CodeObject code, int pc, PyObject container, PyObject key) {
        if (container.getClass() == PyList.class && key.getClass() == PyInt.class) {
            return ((PyList) container).getItem(((PyInt) key).value);
        }
        return subscrMiss(code, pc, container, key);
    }

    static PyObject subscrTupleInt(CodeObject code, int pc, PyObject container, PyObject key) {
        if (container.getClass() == PyTuple.class && key.getClass() == PyInt.class) {
            PyTuple t = (PyTuple) container;
            long i = ((PyInt) key).value;
            if (i < 0) {
                i += t.size();
            }
            if (i < 0 || i >= t.size()) {
                throw Errors.indexError("tuple index out of range");
            }
            return t.get((int) i);
        }
        return subscrMiss(code, pc, container, key);
    }

    static PyObject subscrDict(CodeObject code, int pc, PyObject container, PyObject key) {
        if (container.getClass() == PyDict.class) {
            PyObject r = ((PyDict) container).get(key);
            if (r == null) {
                throw Errors.keyError(key);
            }
            return r;
        }
        return subscrMiss(code, pc, container, key);
    }

    private static PyObject subscrMiss(CodeObject code, int pc, PyObject container, PyObject key) {
        Specializer.deoptimize(code, pc);
        return subscr(code, pc, container, key);
    }

    /** BINARY_SUBSCR: the generic protocol, counting towards specialisation. */
    static PyObject subscr(CodeObject code, int pc, PyObject container, PyObject key) {
        if (Specializer.warm(code, pc)) {
            Class<?> c = container.getClass();
            if (c == PyList.class && key.getClass() == PyInt.class) {
                Specializer.rewrite(code, pc, Opcode.BINARY_SUBSCR_LIST_INT);
            } else if (c == PyTuple.class && key.getClass() == PyInt.class) {
                Specializer.rewrite(code, pc, Opcode.BINARY_SUBSCR_TUPLE_INT);
            } else if (c == PyDict.class) {
                Specializer.rewrite(code, pc, Opcode.BINARY_SUBSCR_DICT);
            }
        }
        return Protocols.getItem(container, key);
    }

    static void storeListInt(CodeObject code, int pc, PyObject container, PyObject key, PyObject value) {
        if (container.getClass() == PyList.class && key.getClass() == PyInt.class) {
            ((PyList) container).setItem(((PyInt) key).value, value);
            return;
        }
        storeMiss(code, pc, container, key, value);
    }

    static void storeDict(CodeObject code, int pc, PyObject container, PyObject key, PyObject value) {
        if (container.getClass() == PyDict.class) {
            ((PyDict) container).put(key, value);
            return;
        }
        storeMiss(code, pc, container, key, value);
    }

    private static void storeMiss(CodeObject code, int pc, PyObject container, PyObject key, PyObject value) {
        Specializer.deoptimize(code, pc);
        store(code, pc, container, key, value);
    }

    /** STORE_SUBSCR: the generic protocol, counting towards specialisation. */
    static void store(CodeObject code, int pc, PyObject container, PyObject key, PyObject value) {
        if (Specializer.warm(code, pc)) {
            Class<?> c = container.getClass();
            if (c == PyList.class && key.getClass() == PyInt.class) {
                Specializer.rewrite(code, pc, Opcode.STORE_SUBSCR_LIST_INT);
            } else if (c == PyDict.class) {
                Specializer.rewrite(code, pc, Opcode.STORE_SUBSCR_DICT);
            }
        }
        Protocols.setItem(container, key, value);
    }
}
