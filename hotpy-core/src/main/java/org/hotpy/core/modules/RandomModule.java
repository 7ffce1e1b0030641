package org.hotpy.core.modules;

import java.math.BigInteger;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.Instance;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Shape;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.modules.random.MersenneTwister;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;

/**
 * The {@code _random} module: {@code Random}, the MT19937 core that {@code random.py} subclasses.
 * Arguments are checked and converted here, with CPython's messages; the generator itself is
 * {@link MersenneTwister}.
 */
final class RandomModule {
    private RandomModule() {}

    static PyModule create() {
        PyModule m = new PyModule("_random");
        m.put("Random", PyRandom.TYPE);
        return m;
    }

    /** {@code _random.Random}; Python subclasses get {@link Derived} instances. */
    static class PyRandom extends PyObject {
        static final PyType TYPE = PyType.builtin("Random", PyType.OBJECT, PyRandom.class, PyRandom::define)
                .inModule("_random").withInstantiator(Derived::new);

        /** All-zero state until seeded, as CPython's freshly allocated object. */
        final MersenneTwister mt = new MersenneTwister();

        @Override
        public PyType type() {
            return TYPE;
        }

        private static void define(TypeDef t) {
            t.doc("Random() -> create a random number generator with its own internal state.");
            t.newMethod("*args, **kwargs", (cls, a) -> cls == TYPE ? new PyRandom() : new Derived(cls));
            t.methodN("__init__", "*args, **kwargs", (PyRandom r, PyObject[] a) -> {
                PyTuple args = (PyTuple) a[0];
                if (r.type() == TYPE && ((PyDict) a[1]).size() > 0) {
                    throw Errors.typeError("Random() takes no keyword arguments");
                }
                if (args.size() > 1) {
                    throw Errors.typeError("Random() requires 0 or 1 argument");
                }
                r.seed(args.size() == 1 ? args.get(0) : PyNone.NONE);
                return PyNone.NONE;
            });
            t.methodN("seed", "*args", (PyRandom r, PyObject[] a) -> {
                PyTuple args = (PyTuple) a[0];
                if (args.size() > 1) {
                    throw Errors.typeError("seed expected at most 1 argument, got %d", args.size());
                }
                r.seed(args.size() == 1 ? args.get(0) : PyNone.NONE);
                return PyNone.NONE;
            });
            t.method0("random", (PyRandom r) -> new PyFloat(r.mt.random()));
            t.method1("getrandbits", "k, /", (PyRandom r, PyObject k) -> {
                Number n = r.mt.getrandbits(intArg(k));
                return n instanceof BigInteger b ? PyInt.of(b) : PyInt.of(n.longValue());
            });
            t.method0("getstate", (PyRandom r) -> {
                long[] state = r.mt.getstate();
                PyObject[] items = new PyObject[state.length];
                for (int i = 0; i < state.length; i++) {
                    items[i] = PyInt.of(state[i]);
                }
                return PyTuple.of(items);
            });
            t.method1("setstate", "state, /", (PyRandom r, PyObject s) -> {
                r.setstate(s);
                return PyNone.NONE;
            });
        }

        /** CPython's {@code random_seed}: None draws entropy, an int its absolute value, else its hash. */
        void seed(PyObject arg) {
            if (arg == PyNone.NONE) {
                mt.seedFromEntropy();
            } else if (arg instanceof PyInt i) {
                mt.seed(i.value);
            } else if (IntMath.isInt(arg)) {
                mt.seed(IntMath.big(arg));
            } else {
                mt.seedFromHash(Protocols.hash(arg));
            }
        }

        /** An argument C declares {@code int}: through {@code __index__}, overflowing past 32 bits. */
        private static int intArg(PyObject k) {
            PyObject i = Protocols.index(k);
            if (!(i instanceof PyInt p) || p.value != (int) p.value) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            return (int) p.value;
        }

        private void setstate(PyObject s) {
            if (!(s instanceof PyTuple t)) {
                throw Errors.typeError("state vector must be a tuple");
            }
            if (t.size() != 625) {
                throw Errors.valueError("state vector is the wrong size");
            }
            Number[] words = new Number[625];
            for (int i = 0; i < 624; i++) {
                PyObject w = t.get(i);
                if (!IntMath.isInt(w)) {
                    throw Errors.typeError("an integer is required");
                }
                words[i] = w instanceof PyInt p ? (Number) p.value : IntMath.big(w);
            }
            PyObject index = Protocols.index(t.get(624));
            words[624] = index instanceof PyInt p ? (Number) p.value : IntMath.big(index);
            mt.setstate(words);
        }
    }

    /** A Python subclass of {@code _random.Random} (such as {@code random.Random}). */
    static final class Derived extends PyRandom implements Instance {
        private PyType type;
        private Shape shape;
        private PyObject[] values;
        private PyDict dict;

        Derived(PyType type) {
            this.type = type;
            this.shape = type.rootShape();
            this.values = new PyObject[type.expectedCapacity()];
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType type) {
            this.type = type;
        }

        @Override
        public Shape shape() {
            return shape;
        }

        @Override
        public void setShape(Shape shape) {
            this.shape = shape;
        }

        @Override
        public PyObject[] values() {
            return values;
        }

        @Override
        public void setValues(PyObject[] values) {
            this.values = values;
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        public void setDict(PyDict dict) {
            this.dict = dict;
        }
    }
}
