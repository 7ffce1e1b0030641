package org.hotpy.core.model;

import java.util.Arrays;

import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.text.PyStr;

/** Attribute storage of {@link Instance}s: shape transitions, growth and the switch to dict mode. */
public final class InstanceAttrs {
    private InstanceAttrs() {}

    /** The instance attribute {@code name}, or null when absent. */
    public static PyObject get(Instance inst, String name) {
        Shape s = inst.shape();
        if (s != null) {
            int i = s.indexOf(name);
            return i < 0 ? null : inst.values()[i];
        }
        PyDict d = inst.dict();
        return d == null ? null : d.getStr(name);
    }

    public static void set(Instance inst, String name, PyObject value) {
        Shape s = inst.shape();
        if (s != null) {
            int i = s.indexOf(name);
            if (i >= 0) {
                inst.values()[i] = value;
                return;
            }
            Shape next = s.with(name);
            if (next != null) {
                int cap = next.capacity();
                PyObject[] v = inst.values();
                if (v.length < cap) {
                    v = Arrays.copyOf(v, Math.max(cap, v.length + 4));
                    inst.setValues(v);
                }
                v[cap - 1] = value;
                inst.setShape(next);
                s.type().noteCapacity(cap);
                return;
            }
        }
        dict(inst).put(PyStr.of(name), value);
    }

    /** Removes {@code name}; false when it was not there. */
    public static boolean delete(Instance inst, String name) {
        if (inst.shape() != null && inst.shape().indexOf(name) < 0) {
            return false;
        }
        return dict(inst).remove(PyStr.of(name)) != null;
    }

    /**
     * The instance's {@code __dict__}. Asking for it moves the instance to dict mode, since the
     * program may now change the dict behind the shape's back.
     */
    public static PyDict dict(Instance inst) {
        PyDict d = inst.dict();
        if (d != null) {
            return d;
        }
        Shape s = inst.shape();
        d = new PyDict();
        if (s != null) {
            PyObject[] v = inst.values();
            int base = s.capacity() - s.size();
            for (int i = 0; i < s.size(); i++) {
                d.put(PyStr.of(s.name(i)), v[base + i]);
                v[base + i] = null;
            }
        }
        inst.setDict(d);
        inst.setShape(null);
        return d;
    }

    /** Replaces the instance dict ({@code obj.__dict__ = d}). */
    public static void replaceDict(Instance inst, PyDict d) {
        dict(inst);
        inst.setDict(d);
    }
}
