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
     *
     * <p>A call with 0-3 positional arguments that bind to those arguments and the defaults of
     * the rest ({@code s.lower()}, {@code d.get(k, 0)}, {@code s.split()}) goes straight to the
     * body through {@code call0}..{@code call3}: which counts can is decided once, here, so that
     * the per-call test is one bit and the methods the JIT compiles for every call stay small.
     * Keywords, {@code *args} and missing required arguments go through {@link ArgSpec#bind}.
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
        /** Bit n set: n positional arguments, the rest left to defaults, call the body directly. */
        private final int direct;
        /** The defaults of parameters 0..2 where {@link #direct} relies on them (null for "?"). */
        private final PyObject default0;
        private final PyObject default1;
        private final PyObject default2;

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
            int bits = 0;
            for (int n = 0; n <= arity; n++) {
                if (n == arity ? spec.simplePositional(n) : spec.positionalThenDefaults(n)) {
                    bits |= 1 << n;
                }
            }
            this.direct = bits;
            this.default0 = defaultIfDirect(0);
            this.default1 = defaultIfDirect(1);
            this.default2 = defaultIfDirect(2);
        }

        /** Parameter i's default when some direct call leaves it out (i.e. fewer than i+1 arguments). */
        private PyObject defaultIfDirect(int i) {
            return i < arity && (direct & ((1 << (i + 1)) - 1)) != 0 ? spec.defaultFor(i) : null;
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
            int n = args.length;
            if (kwnames == null) {
                if (n <= 3 && (direct & (1 << n)) != 0) {
                    switch (n) {
                        case 0: return direct0(self);
                        case 1: return direct1(self, args[0]);
                        case 2: return direct2(self, args[0], args[1]);
                        default: return direct3(self, args[0], args[1], args[2]);
                    }
                }
                if (arity < 0 && n == spec.size() && spec.simplePositional(n)) {
                    // every parameter passed by position: the binding would be a copy of args, and
                    // callers pass a fresh array they do not reuse (the vectorcall convention)
                    return mn.call(self, args);
                }
            }
            return callBound(self, spec.bind(who, args, kwnames));
        }

        /** No arguments ({@code s.lower()}, {@code __repr__}, {@code __len__}). */
        public PyObject call0(Object self, FunctionStr who) {
            return (direct & 1) != 0 ? direct0(self) : call(self, new PyObject[0], null, who);
        }

        /** One positional argument ({@code l.append(x)}, {@code d.get(k)}, {@code __add__}). */
        public PyObject call1(Object self, PyObject a, FunctionStr who) {
            return (direct & 2) != 0 ? direct1(self, a) : call(self, new PyObject[] {a}, null, who);
        }

        /** Two positional arguments ({@code d.get(k, 0)}, {@code s.replace(a, b)}). */
        public PyObject call2(Object self, PyObject a, PyObject b, FunctionStr who) {
            return (direct & 4) != 0 ? direct2(self, a, b) : call(self, new PyObject[] {a, b}, null, who);
        }

        /** Three positional arguments ({@code s.find(x, i, j)}). */
        public PyObject call3(Object self, PyObject a, PyObject b, PyObject c, FunctionStr who) {
            return (direct & 8) != 0 ? direct3(self, a, b, c) : call(self, new PyObject[] {a, b, c}, null, who);
        }

        @SuppressWarnings("unchecked")
        private PyObject direct0(Object self) {
            switch (arity) {
                case 0: return m0.call(self);
                case 1: return m1.call(self, default0);
                case 2: return m2.call(self, default0, default1);
                default: return m3.call(self, default0, default1, default2);
            }
        }

        @SuppressWarnings("unchecked")
        private PyObject direct1(Object self, PyObject a) {
            switch (arity) {
                case 1: return m1.call(self, a);
                case 2: return m2.call(self, a, default1);
                default: return m3.call(self, a, default1, default2);
            }
        }

        @SuppressWarnings("unchecked")
        private PyObject direct2(Object self, PyObject a, PyObject b) {
            return arity == 2 ? m2.call(self, a, b) : m3.call(self, a, b, default2);
        }

        @SuppressWarnings("unchecked")
        private PyObject direct3(Object self, PyObject a, PyObject b, PyObject c) {
            return m3.call(self, a, b, c);
        }

        /** The body called with one bound value per parameter (keywords, *args, errors already handled). */
        @SuppressWarnings("unchecked")
        private PyObject callBound(Object self, PyObject[] a) {
            switch (arity) {
                case 0: return m0.call(self);
                case 1: return m1.call(self, a[0]);
                case 2: return m2.call(self, a[0], a[1]);
                case 3: return m3.call(self, a[0], a[1], a[2]);
                default: return mn.call(self, a);
            }
        }
    }
}
