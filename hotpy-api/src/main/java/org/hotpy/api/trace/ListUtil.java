package org.hotpy.api.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/** Small list helpers for value lists, where equality is identity. */
final class ListUtil {
    private ListUtil() {
    }

    /** {@code a} then {@code b}. */
    static <T> List<T> concat(List<T> a, List<T> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return Collections.unmodifiableList(out);
    }

    /** Element-wise identity. */
    static boolean sameValues(List<Value> a, List<Value> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code list} mapped; the same list object if no element changes. */
    static List<Value> map(List<Value> list, UnaryOperator<Value> f) {
        List<Value> out = null;
        for (int i = 0; i < list.size(); i++) {
            Value v = list.get(i);
            Value m = f.apply(v);
            if (m != v && out == null) {
                out = new ArrayList<>(list);
            }
            if (out != null) {
                out.set(i, m);
            }
        }
        return out == null ? list : List.copyOf(out);
    }
}
