package org.hotpy.core.ast;

/** Unary operators. */
public enum UnaryOp {
    INVERT("~"), NOT("not"), UADD("+"), USUB("-");

    public final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }
}
