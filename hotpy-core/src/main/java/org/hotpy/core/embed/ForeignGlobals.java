package org.hotpy.core.embed;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.text.PyStr;

/**
 * Globals kept in a Java map that is not one of the interpreter's own views (a {@code HashMap},
 * a {@code SimpleBindings}). Before a run the map is copied into a namespace dict (the same dict
 * each time the same map comes back, so functions defined by earlier runs see later values);
 * after the run only the names the script bound, rebound or deleted are written back, so a map
 * the script left alone is never written (it may be unmodifiable). A map that refuses a write
 * keeps its value; the script's value stays in the namespace.
 */
final class ForeignGlobals {
    private final Map<String, Object> map;
    private final PyDict dict;
    private final Map<String, PyObject> before = new java.util.HashMap<>();

    ForeignGlobals(Map<String, Object> map, PyDict dict) {
        this.map = map;
        this.dict = dict;
    }

    /** Copies the map into the dict (dropping names the map no longer has) and remembers what is there. */
    void copyIn(Interop in) {
        for (PyObject k : dict.keysArray()) {
            if (k instanceof PyStr s && !s.value().equals("__builtins__") && !map.containsKey(s.value())) {
                dict.remove(k);
            }
        }
        for (Map.Entry<String, Object> e : map.entrySet()) {
            PyObject old = dict.getStr(Conversions.name(e.getKey()));
            PyObject v = Conversions.toPython(in, e.getValue());
            if (old == null || !sameValue(in, old, e.getValue())) {
                dict.putStr(e.getKey(), v);
            }
        }
        before.clear();
        for (PyObject[] kv : dict.itemsSnapshot()) {
            if (kv[0] instanceof PyStr s) {
                before.put(s.value(), kv[1]);
            }
        }
    }

    /** Whether the Java value is what the dict already holds (a value written back by an earlier run). */
    private static boolean sameValue(Interop in, PyObject old, Object javaValue) {
        return javaValue instanceof PythonView v && v.interop() == in && v.pythonObject() == old;
    }

    /** Writes back the names the run bound, rebound or deleted. */
    void copyBack(Interop in) {
        Set<String> seen = new HashSet<>();
        for (PyObject[] kv : dict.itemsSnapshot()) {
            if (!(kv[0] instanceof PyStr s) || s.value().equals("__builtins__")) {
                continue;
            }
            String name = s.value();
            seen.add(name);
            if (before.get(name) != kv[1]) {
                try {
                    map.put(name, Conversions.toJava(in, kv[1]));
                } catch (UnsupportedOperationException e) {
                    // a read-only map keeps its value; the script's value stays in the namespace
                }
            }
        }
        for (String name : before.keySet()) {
            if (!seen.contains(name) && !name.equals("__builtins__")) {
                try {
                    map.remove(name);
                } catch (UnsupportedOperationException e) {
                    // a read-only map keeps the name
                }
            }
        }
    }
}
