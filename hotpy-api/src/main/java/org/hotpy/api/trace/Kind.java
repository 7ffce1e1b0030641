package org.hotpy.api.trace;

/**
 * What a value's register holds. The tier-2 executor keeps one register file per kind
 * ({@code Object[]}, {@code long[]}, {@code double[]}, {@code boolean} in {@code long[]}), so the
 * kind decides where an op reads and writes. When a value of a primitive kind must become a Python
 * object (in a snapshot, a virtual object's field, a {@code return}), it is boxed as the kind says:
 * {@code INT64} as {@code int}, {@code FLOAT64} as {@code float}, {@code BOOL} as {@code bool}.
 */
public enum Kind {
    /** A reference to a Python object; constants are {@link ObjRef}s. Text prefix {@code p}. */
    OBJECT('p'),
    /** A signed 64-bit integer (a Python {@code int} that fits). Text prefix {@code i}. */
    INT64('i'),
    /** An IEEE 754 double (a Python {@code float}). Text prefix {@code f}. */
    FLOAT64('f'),
    /** A truth value (a Python {@code bool}). Text prefix {@code b}. */
    BOOL('b');

    private final char prefix;

    Kind(char prefix) {
        this.prefix = prefix;
    }

    /** The letter that starts the text name of a value of this kind ({@code p3}, {@code i4}). */
    public char prefix() {
        return prefix;
    }

    /** The kind whose text prefix is {@code c}, or {@code null} if none. */
    public static Kind ofPrefix(char c) {
        for (Kind k : values()) {
            if (k.prefix == c) {
                return k;
            }
        }
        return null;
    }
}
