package org.hotpy.core.model;

import java.util.HashMap;
import java.util.Map;

/**
 * A hidden class: the ordered attribute names of instances built the same way, each with its
 * position in the values array. Shapes form a transition tree rooted at one empty shape per
 * type, so two instances that received the same attributes in the same order share a shape and
 * an attribute load specialises to "guard shape, read position i".
 *
 * <p>Shapes are immutable; transitions are cached in the parent. A shape belongs to exactly one
 * type, so a shape guard also proves the type.
 */
public final class Shape {
    /** Past this many attributes an instance switches to dict mode instead of growing shapes. */
    public static final int MAX_ATTRIBUTES = 128;

    private final PyType type;
    private final String[] names;
    private final int base; // first position used by shape attributes (after __slots__)
    private Map<String, Shape> transitions;
    private Map<String, Integer> index; // built lazily for larger shapes

    private Shape(PyType type, String[] names, int base) {
        this.type = type;
        this.names = names;
        this.base = base;
    }

    static Shape root(PyType type) {
        return new Shape(type, new String[0], type.slotCount());
    }

    public PyType type() {
        return type;
    }

    /** Number of attributes in this shape. */
    public int size() {
        return names.length;
    }

    /** Length a values array needs to hold every position of this shape. */
    public int capacity() {
        return base + names.length;
    }

    public String name(int i) {
        return names[i];
    }

    /** The values-array position of {@code name}, or -1. */
    public int indexOf(String name) {
        String[] n = names;
        if (n.length <= 8) {
            for (int i = 0; i < n.length; i++) {
                String s = n[i];
                if (s == name || s.equals(name)) {
                    return base + i;
                }
            }
            return -1;
        }
        Map<String, Integer> idx = index;
        if (idx == null) {
            idx = new HashMap<>();
            for (int i = 0; i < n.length; i++) {
                idx.put(n[i], base + i);
            }
            index = idx;
        }
        Integer i = idx.get(name);
        return i == null ? -1 : i;
    }

    /** The shape with {@code name} appended, or null when the shape is full (go to dict mode). */
    public Shape with(String name) {
        if (names.length >= MAX_ATTRIBUTES) {
            return null;
        }
        Map<String, Shape> t = transitions;
        if (t == null) {
            t = transitions = new HashMap<>(4);
        }
        Shape s = t.get(name);
        if (s == null) {
            String[] n = java.util.Arrays.copyOf(names, names.length + 1);
            n[names.length] = name;
            s = new Shape(type, n, base);
            t.put(name, s);
        }
        return s;
    }

    @Override
    public String toString() {
        return "Shape" + java.util.Arrays.toString(names) + "@" + type.name();
    }
}
