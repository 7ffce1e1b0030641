package org.hotpy.api.trace;

/**
 * The operator of {@link Op#BINARY_OP}, in CPython 3.11's {@code NB_*} oparg order so the recorder
 * converts with {@link #ofOparg(int)}. In-place forms ({@code +=}) come after the plain ones.
 */
public enum BinaryOperator implements Imm {
    ADD("+"), AND("&"), FLOORDIV("//"), LSHIFT("<<"), MATMUL("@"), MUL("*"), MOD("%"), OR("|"),
    POW("**"), RSHIFT(">>"), SUB("-"), TRUEDIV("/"), XOR("^"),
    IADD("+="), IAND("&="), IFLOORDIV("//="), ILSHIFT("<<="), IMATMUL("@="), IMUL("*="), IMOD("%="),
    IOR("|="), IPOW("**="), IRSHIFT(">>="), ISUB("-="), ITRUEDIV("/="), IXOR("^=");

    private static final BinaryOperator[] VALUES = values();
    private final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The Python operator symbol ({@code +}, {@code //=}). */
    public String symbol() {
        return symbol;
    }

    /** The text-form name: the enum name in lower case ({@code add}, {@code ifloordiv}). */
    public String textName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this is an in-place form ({@code +=} ...). */
    public boolean isInPlace() {
        return ordinal() >= IADD.ordinal();
    }

    /**
     * The plain form: {@code IADD -> ADD}. For immutable operands ({@code int}, {@code float})
     * CPython's in-place operator falls back to the plain one, so specialisation treats them alike.
     */
    public BinaryOperator plain() {
        return isInPlace() ? VALUES[ordinal() - IADD.ordinal()] : this;
    }

    /** The operator for CPython 3.11's BINARY_OP oparg ({@code NB_ADD} = 0 ... {@code NB_INPLACE_XOR} = 25). */
    public static BinaryOperator ofOparg(int oparg) {
        if (oparg < 0 || oparg >= VALUES.length) {
            throw new IllegalArgumentException("no BINARY_OP oparg " + oparg);
        }
        return VALUES[oparg];
    }

    /** The operator with this text name, or {@code null}. */
    public static BinaryOperator byTextName(String name) {
        for (BinaryOperator op : VALUES) {
            if (op.textName().equals(name)) {
                return op;
            }
        }
        return null;
    }
}
