package org.hotpy.api.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the values of one builder or editor: fresh results with provisional indices (the
 * assembler renumbers), and interned constants (one value per kind and constant).
 */
final class Values {
    private final Map<Object, Value> constants = new HashMap<>();
    private int next;

    Values(int firstIndex) {
        this.next = firstIndex;
    }

    /** Adopt the constants of an existing trace so equal constants stay one value. */
    void adopt(List<Value> existing) {
        for (Value c : existing) {
            constants.putIfAbsent(key(c.kind(), c.constantValue()), c);
        }
    }

    Value fresh(Kind kind, Value.Def def) {
        return new Value(kind, next++, def, null);
    }

    Value constant(Kind kind, Object value) {
        // not computeIfAbsent with a lambda: no call site to bootstrap in the optimiser's first, JVM-interpreted runs
        Object key = key(kind, value);
        Value c = constants.get(key);
        if (c == null) {
            c = new Value(kind, next++, Value.Def.CONSTANT, value);
            constants.put(key, c);
        }
        return c;
    }

    static Object key(Kind kind, Object value) {
        // -0.0 and 0.0 are different constants; every NaN is the one canonical NaN.
        Object v = value instanceof Double d ? (Object) Double.doubleToLongBits(d) : value;
        return List.of(kind, v);
    }

    Value constOf(Kind kind, Object value) {
        return switch (kind) {
            case INT64 -> constant(kind, (Long) value);
            case FLOAT64 -> constant(kind, (Double) value);
            case BOOL -> constant(kind, (Boolean) value);
            case OBJECT -> constant(kind, (ObjRef) value);
        };
    }
}
