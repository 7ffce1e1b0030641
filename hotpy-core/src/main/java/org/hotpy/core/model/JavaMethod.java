package org.hotpy.core.model;

/**
 * The calling conventions of builtins written in Java, by arity, so that a call with exactly the
 * declared positional arguments needs no argument array (CPython's METH_NOARGS, METH_O and
 * METH_FASTCALL). {@code S} is the Java class of {@code self}; optional parameters arrive as
 * their default, or {@code null} for a {@code ?} default.
 */
public final class JavaMethod {
    private JavaMethod() {}

    @FunctionalInterface
    public interface M0<S> {
        PyObject call(S self);
    }

    @FunctionalInterface
    public interface M1<S> {
        PyObject call(S self, PyObject a);
    }

    @FunctionalInterface
    public interface M2<S> {
        PyObject call(S self, PyObject a, PyObject b);
    }

    @FunctionalInterface
    public interface M3<S> {
        PyObject call(S self, PyObject a, PyObject b, PyObject c);
    }

    /** Any signature: {@code args} has one slot per parameter of the {@link ArgSpec}. */
    @FunctionalInterface
    public interface MN<S> {
        PyObject call(S self, PyObject[] args);
    }

    /** A setter for a get-set descriptor; {@code value} is null for {@code del}. */
    @FunctionalInterface
    public interface Setter<S> {
        void set(S self, PyObject value);
    }

    /**
     * One Java implementation with its signature, callable with a bound self. Shared by method
     * descriptors (unbound, self checked) and builtin functions (self = the module or null).
     */
    public static final class Impl {
        final String name;
        final ArgSpec spec;
        final int arity; // 0..3 for M0..M3, -1 for MN
        @SuppressWarnings("rawtypes") final M0 m0;
        @SuppressWarnings("rawtypes") final M1 m1;
        @SuppressWarnings("rawtypes") final M2 m2;
        @SuppressWarnings("rawtypes") final M3 m3;
        @SuppressWarnings("rawtypes") final MN mn;

        @SuppressWarnings("rawtypes")
        private Impl(String name, ArgSpec spec, int arity, M0 m0, M1 m1, M2 m2, M3 m3, MN mn) {
            this.name = name;
            this.spec = spec;
            this.arity = arity;
            this.m0 = m0;
            this.m1 = m1;
            this.m2 = m2;
            this.m3 = m3;
            this.mn = mn;
            if (arity >= 0 && (spec.size() != arity || spec.hasVarargs() || spec.hasVarkw())) {
                throw new IllegalArgumentException(name + ": signature '" + spec.text()
                        + "' does not have " + arity + " plain parameters");
            }
        }

        public static <S> Impl of0(String name, M0<S> f) {
            return new Impl(name, ArgSpec.NONE, 0, f, null, null, null, null);
        }

        public static <S> Impl of1(String name, String sig, M1<S> f) {
            return new Impl(name, ArgSpec.parse(sig), 1, null, f, null, null, null);
        }

        public static <S> Impl of2(String name, String sig, M2<S> f) {
            return new Impl(name, ArgSpec.parse(sig), 2, null, null, f, null, null);
        }

        public static <S> Impl of3(String name, String sig, M3<S> f) {
            return new Impl(name, ArgSpec.parse(sig), 3, null, null, null, f, null);
        }

        public static <S> Impl ofN(String name, String sig, MN<S> f) {
            return new Impl(name, ArgSpec.parse(sig), -1, null, null, null, null, f);
        }

        public static <S> Impl ofN(String name, String sig, ArgSpec.Style style, MN<S> f) {
            return new Impl(name, ArgSpec.parse(sig).withStyle(style), -1, null, null, null, null, f);
        }

        public String name() {
            return name;
        }

        /** The same implementation with argument errors worded after another of CPython's parsers. */
        public Impl withStyle(ArgSpec.Style style) {
            ArgSpec s = spec.withStyle(style);
            return s == spec ? this : new Impl(name, s, arity, m0, m1, m2, m3, mn);
        }

        public ArgSpec spec() {
            return spec;
        }

        /** Calls with self already bound; {@code who} names the callee in argument errors. */
        @SuppressWarnings("unchecked")
        public PyObject call(Object self, PyObject[] args, String[] kwnames, FunctionStr who) {
            if (kwnames == null && spec.simplePositional(args.length) && args.length == arity) {
                switch (arity) {
                    case 0: return m0.call(self);
                    case 1: return m1.call(self, args[0]);
                    case 2: return m2.call(self, args[0], args[1]);
                    case 3: return m3.call(self, args[0], args[1], args[2]);
                    default: break;
                }
            }
            if (kwnames == null && args.length < arity && spec.positionalThenDefaults(args.length)) {
                // trailing arguments left to their defaults (str.split(), s.find(x)): no binding array
                switch (arity) {
                    case 1: return m1.call(self, spec.argOrDefault(args, 0));
                    case 2: return m2.call(self, spec.argOrDefault(args, 0), spec.argOrDefault(args, 1));
                    case 3: return m3.call(self, spec.argOrDefault(args, 0), spec.argOrDefault(args, 1),
                            spec.argOrDefault(args, 2));
                    default: break;
                }
            }
            if (arity < 0 && kwnames == null && args.length == spec.size() && spec.simplePositional(args.length)) {
                // every parameter passed by position: the binding would be a copy of args, and
                // callers pass a fresh array they do not reuse (the vectorcall convention)
                return mn.call(self, args);
            }
            PyObject[] a = spec.bind(who, args, kwnames);
            switch (arity) {
                case 0: return m0.call(self);
                case 1: return m1.call(self, a[0]);
                case 2: return m2.call(self, a[0], a[1]);
                case 3: return m3.call(self, a[0], a[1], a[2]);
                default: return mn.call(self, a);
            }
        }

        /** Fast path for one positional argument (operators such as {@code __add__}). */
        @SuppressWarnings("unchecked")
        public PyObject call1(Object self, PyObject a, FunctionStr who) {
            if (arity == 1 && spec.simplePositional(1)) {
                return m1.call(self, a);
            }
            if (arity == 2 && spec.positionalThenDefaults(1)) {
                return m2.call(self, a, spec.defaultFor(1)); // d.get(k), s.split(sep)
            }
            return call(self, new PyObject[] {a}, null, who);
        }

        /** Fast path for no arguments (such as {@code __repr__}, {@code __len__}). */
        @SuppressWarnings("unchecked")
        public PyObject call0(Object self, FunctionStr who) {
            if (arity == 0 && spec.simplePositional(0)) {
                return m0.call(self);
            }
            return call(self, new PyObject[0], null, who);
        }
    }
}
