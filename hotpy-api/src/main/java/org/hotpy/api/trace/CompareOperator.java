package org.hotpy.api.trace;

import java.util.Locale;

/** The operator of {@link Op#COMPARE_OP}, in CPython's rich-comparison order ({@code Py_LT} = 0 ... {@code Py_GE} = 5). */
public enum CompareOperator implements Imm {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">=");

    private static final CompareOperator[] VALUES = values();
    private final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The Python operator symbol. */
    public String symbol() {
        return symbol;
    }

    /** The text-form name ({@code lt}). */
    public String textName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The operator for a CPython rich-comparison code. */
    public static CompareOperator ofOparg(int oparg) {
        if (oparg < 0 || oparg >= VALUES.length) {
            throw new IllegalArgumentException("no COMPARE_OP operator " + oparg);
        }
        return VALUES[oparg];
    }

    /** The operator with this text name, or {@code null}. */
    public static CompareOperator byTextName(String name) {
        for (CompareOperator op : VALUES) {
            if (op.textName().equals(name)) {
                return op;
            }
        }
        return null;
    }
}
