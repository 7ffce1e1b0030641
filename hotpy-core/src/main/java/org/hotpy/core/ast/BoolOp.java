package org.hotpy.core.ast;

/** Short-circuit boolean operators. */
public enum BoolOp {
    AND, OR
}
