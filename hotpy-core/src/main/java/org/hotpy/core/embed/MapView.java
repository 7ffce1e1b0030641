package org.hotpy.core.embed;

import java.lang.reflect.Type;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyDict;

/**
 * A Python dict as a live Java {@code Map}: lookups use Python's hash and equality, writes go to
 * the dict as they happen, under the interpreter's lock. Iteration walks a snapshot of the keys
 * taken when the iterator is made; {@code Entry.setValue} and {@code Iterator.remove} write through.
 */
class MapView<K> extends AbstractMap<K, Object> implements PythonView {
    final Interop in;
    final PyDict dict;
    private final Type keyType;
    private final Type valueType;

    MapView(Interop in, PyDict dict, Type keyType, Type valueType) {
        this.in = in;
        this.dict = dict;
        this.keyType = keyType;
        this.valueType = valueType;
    }

    @Override
    public Interop interop() {
        return in;
    }

    @Override
    public PyObject pythonObject() {
        return dict;
    }

    /** Keys the view does not show (a namespace's {@code __builtins__}). */
    boolean hidden(PyObject key) {
        return false;
    }

    PyObject keyIn(Object key) {
        return Conversions.toPython(in, key);
    }

    @SuppressWarnings("unchecked") // K is String only for namespaces, whose keys are all str
    private K keyOut(PyObject k) {
        return (K) (keyType == Object.class ? Conversions.toJava(in, k) : TypedConversions.convert(in, k, keyType));
    }

    private Object valueOut(PyObject v) {
        return valueType == Object.class ? Conversions.toJava(in, v) : TypedConversions.convert(in, v, valueType);
    }

    @Override
    public Object get(Object key) {
        return in.call(() -> {
            PyObject k = keyIn(key);
            PyObject v = hidden(k) ? null : dict.get(k);
            return v == null ? null : valueOut(v);
        });
    }

    @Override
    public boolean containsKey(Object key) {
        return in.call(() -> {
            PyObject k = keyIn(key);
            return !hidden(k) && dict.containsKey(k);
        });
    }

    @Override
    public Object put(K key, Object value) {
        return in.call(() -> {
            PyObject k = keyIn(key);
            PyObject old = dict.get(k);
            dict.put(k, Conversions.toPython(in, value));
            return old == null || hidden(k) ? null : valueOut(old);
        });
    }

    @Override
    public Object remove(Object key) {
        return in.call(() -> {
            PyObject k = keyIn(key);
            if (hidden(k)) {
                return null;
            }
            PyObject old = dict.remove(k);
            return old == null ? null : valueOut(old);
        });
    }

    @Override
    public int size() {
        return in.call(() -> {
            int n = dict.size();
            for (PyObject k : hiddenKeys()) {
                if (dict.containsKey(k)) {
                    n--;
                }
            }
            return n;
        });
    }

    /** The hidden keys to discount from the size. */
    PyObject[] hiddenKeys() {
        return new PyObject[0];
    }

    @Override
    public void clear() {
        in.call(() -> {
            for (PyObject k : dict.keysArray()) {
                if (!hidden(k)) {
                    dict.remove(k);
                }
            }
            return null;
        });
    }

    @Override
    public Set<Map.Entry<K, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<K, Object>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return MapView.this.size();
            }
        };
    }

    /** Iterates a snapshot of the keys; values are read when each entry is reached. */
    private final class Entries implements Iterator<Map.Entry<K, Object>> {
        private final PyObject[] keys = in.call(dict::keysArray);
        private int next;
        private PyObject last;

        @Override
        public boolean hasNext() {
            return in.call(() -> {
                while (next < keys.length && (hidden(keys[next]) || !dict.containsKey(keys[next]))) {
                    next++;
                }
                return next < keys.length;
            });
        }

        @Override
        public Map.Entry<K, Object> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            PyObject k = keys[next++];
            last = k;
            return in.call(() -> new Entry(k, keyOut(k), valueOut(dict.get(k))));
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException("next() has not been called");
            }
            PyObject k = last;
            last = null;
            in.call(() -> dict.remove(k));
        }
    }

    private final class Entry extends AbstractMap.SimpleEntry<K, Object> {
        private final transient PyObject pyKey;

        Entry(PyObject pyKey, K key, Object value) {
            super(key, value);
            this.pyKey = pyKey;
        }

        @Override
        public Object setValue(Object value) {
            in.call(() -> {
                dict.put(pyKey, Conversions.toPython(in, value));
                return null;
            });
            return super.setValue(value);
        }
    }
}
