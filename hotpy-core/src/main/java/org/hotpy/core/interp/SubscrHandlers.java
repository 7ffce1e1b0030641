package org.hotpy.core.interp;

import static org.hotpy.core.bytecode.Ops.*;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyInt;

/** BINARY_SUBSCR and STORE_SUBSCR with list, tuple and dict specialisations. */
final class SubscrHandlers {
    private SubscrHandlers() {}

    static int binarySubscr(CodeObject code, int pc, int word, PyObject[] s, int sp) {
        PyObject container = s[sp - 2];
        PyObject key = s[sp - 1];
        PyObject r = null;
        switch (word & 0xff) {
            case BINARY_SUBSCR_LIST_INT:
                if (container.getClass() == PyList.class && key.getClass() == PyInt.class) {
                    r = ((PyList) container).getItem(((PyInt) key).value);
                }
                break;
            case BINARY_SUBSCR_TUPLE_INT:
                if (container.getClass() == PyTuple.class && key.getClass() == PyInt.class) {
                    PyTuple t = (PyTuple) container;
                    long i = ((PyInt) key).value;
                    if (i < 0) {
                        i += t.size();
                    }
                    if (i < 0 || i >= t.size()) {
                        throw Errors.indexError("tuple index out of range");
                    }
                    r = t.get((int) i);
                }
                break;
            case BINARY_SUBSCR_DICT:
                if (container.getClass() == PyDict.class) {
                    r = ((PyDict) container).get(key);
                    if (r == null) {
                        throw Errors.keyError(key);
                    }
                }
                break;
            default:
                r = generic(code, pc, container, key);
                break;
        }
        if (r == null) {
            Specializer.deoptimize(code, pc);
            r = generic(code, pc, container, key);
        }
        s[sp - 2] = r;
        s[sp - 1] = null;
        return sp - 1;
    }

    private static PyObject generic(CodeObject code, int pc, PyObject container, PyObject key) {
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

    /** Stack: value, container, key (top). */
    static int storeSubscr(CodeObject code, int pc, int word, PyObject[] s, int sp) {
        PyObject value = s[sp - 3];
        PyObject container = s[sp - 2];
        PyObject key = s[sp - 1];
        boolean done = false;
        switch (word & 0xff) {
            case STORE_SUBSCR_LIST_INT:
                if (container.getClass() == PyList.class && key.getClass() == PyInt.class) {
                    ((PyList) container).setItem(((PyInt) key).value, value);
                    done = true;
                }
                break;
            case STORE_SUBSCR_DICT:
                if (container.getClass() == PyDict.class) {
                    ((PyDict) container).put(key, value);
                    done = true;
                }
                break;
            default:
                storeGeneric(code, pc, container, key, value);
                done = true;
                break;
        }
        if (!done) {
            Specializer.deoptimize(code, pc);
            storeGeneric(code, pc, container, key, value);
        }
        s[sp - 1] = null;
        s[sp - 2] = null;
        s[sp - 3] = null;
        return sp - 3;
    }

    private static void storeGeneric(CodeObject code, int pc, PyObject container, PyObject key, PyObject value) {
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
