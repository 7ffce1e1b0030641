package org.hotpy.core.regex;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers that turn engine results into the shapes of the generated JSON tables. */
final class Py {
    private Py() {}

    static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    static int intArg(Map<String, Object> row, String key, int dflt) {
        Object v = row.get(key);
        if (v == null) {
            return dflt;
        }
        long l = (Long) v;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
    }

    static String typeName(RegexUsageException.Kind kind) {
        return switch (kind) {
            case VALUE_ERROR -> "ValueError";
            case TYPE_ERROR -> "TypeError";
            case INDEX_ERROR -> "IndexError";
            case OVERFLOW_ERROR -> "OverflowError";
            case RECURSION_ERROR -> "RecursionError";
            case MEMORY_ERROR -> "MemoryError";
            case SYSTEM_ERROR -> "SystemError";
        };
    }

    static Object matchResult(RegexMatch m) {
        if (m == null) {
            return null;
        }
        List<Object> spans = new ArrayList<>();
        for (int g = 0; g <= m.groupCount(); g++) {
            spans.add(List.of((long) m.start(g), (long) m.end(g)));
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("spans", spans);
        r.put("lastindex", m.lastIndex() < 0 ? null : (long) m.lastIndex());
        r.put("lastgroup", m.lastGroup());
        return r;
    }

    /** byte[] to latin-1 String, Object[] to List, recursively, so results compare by value. */
    static Object normalize(Object v) {
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        if (v instanceof Object[] a) {
            return normalize(List.of(a));
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object x : l) {
                out.add(normalize(x));
            }
            return out;
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, normalize(x)));
            return out;
        }
        return v;
    }

    static String repr(Object o) {
        return o instanceof String s ? PyText.repr(s) : String.valueOf(o);
    }
}
