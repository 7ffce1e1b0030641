package org.hotpy.api.trace;

import java.util.List;
import java.util.Objects;

/**
 * An instruction's immediate: the compile-time datum written in brackets after the op name
 * ({@code binary_op[add]}, {@code load_attr[x]}, {@code get_slot[2]}). Which kind an op takes is
 * {@link Op#immKind()}. Runtime objects are never immediates: they are constant operands.
 */
public sealed interface Imm permits BinaryOperator, CompareOperator, Imm.Name, Imm.Index, Imm.Names, Intrinsic {

    /** An attribute or global name. */
    record Name(String name) implements Imm {
        public Name {
            Objects.requireNonNull(name, "name");
        }

        // equals and hashCode written out (as the record's would be), here and in the records
        // below: the record's own are linked through an invokedynamic call site on their first
        // call, about 10 ms on the interpreter's thread at the first trace recorded (issue 6)
        @Override
        public boolean equals(Object o) {
            return o instanceof Name n && name.equals(n.name);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    /** A non-negative integer, such as a slot number. */
    record Index(int value) implements Imm {
        public Index {
            if (value < 0) {
                throw new IllegalArgumentException("an index immediate must be >= 0, not " + value);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Index i && value == i.value;
        }

        @Override
        public int hashCode() {
            return Integer.hashCode(value);
        }
    }

    /** Keyword-argument names of a call, in argument order (possibly empty). */
    record Names(List<String> names) implements Imm {
        /** No keyword arguments. */
        public static final Names NONE = new Names(List.of());

        public Names {
            names = List.copyOf(names);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Names n && names.equals(n.names);
        }

        @Override
        public int hashCode() {
            return names.hashCode();
        }
    }

    /** Shorthand for {@link Name}. */
    static Name name(String name) {
        return new Name(name);
    }

    /** Shorthand for {@link Index}. */
    static Index index(int value) {
        return new Index(value);
    }

    /** Shorthand for {@link Names}. */
    static Names names(String... names) {
        return names.length == 0 ? Names.NONE : new Names(List.of(names));
    }
}
