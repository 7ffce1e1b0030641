package org.hotpy.core.ops;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code id()} values: unique among live objects and stable for each, assigned on first request.
 * The JVM moves objects, so addresses are not available; a weak identity map hands out
 * numbers instead and forgets objects once they are collected.
 */
final class ObjectIds {
    private ObjectIds() {}

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static final Map<Key, Long> IDS = new HashMap<>();
    private static long next = 0x7f3a00001000L;

    private static final class Key extends WeakReference<Object> {
        private final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            this.hash = System.identityHashCode(o);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            if (!(other instanceof Key k)) {
                return false;
            }
            Object a = get();
            return a != null && a == k.get();
        }
    }

    static synchronized long id(Object o) {
        for (Object r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            IDS.remove(r);
        }
        Long v = IDS.get(new Key(o, null));
        if (v == null) {
            v = next;
            next += 0x30;
            IDS.put(new Key(o, QUEUE), v);
        }
        return v;
    }
}
