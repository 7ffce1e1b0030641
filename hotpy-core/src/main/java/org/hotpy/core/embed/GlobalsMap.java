package org.hotpy.core.embed;

import java.util.Objects;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.text.PyStr;

/**
 * A namespace (module globals) as a live {@code Map<String, Object>}: the names a script binds
 * appear as it binds them, and puts are visible to the script at once. Keys are names, so they
 * must be non-empty strings (javax.script's {@code Bindings} contract). {@code __builtins__},
 * which {@code exec()} may insert, is never shown.
 */
public class GlobalsMap extends MapView<String> {
    private static final PyStr BUILTINS = PyStr.of("__builtins__");

    GlobalsMap(Interop in, PyDict dict) {
        super(in, dict, Object.class, Object.class);
    }

    /** Another view of the same namespace, for a subclass (the JSR-223 bindings). */
    protected GlobalsMap(GlobalsMap same) {
        this(same.in, same.dict);
    }

    @Override
    boolean hidden(PyObject key) {
        return key instanceof PyStr s && s.value().equals("__builtins__");
    }

    @Override
    PyObject[] hiddenKeys() {
        return new PyObject[] {BUILTINS};
    }

    @Override
    PyObject keyIn(Object key) {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof String s)) {
            throw new ClassCastException("names are strings, not " + key.getClass().getName());
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a name cannot be empty");
        }
        return PyStr.of(s);
    }

    /** The namespace's dict. */
    final PyDict dict() {
        return dict;
    }
}
