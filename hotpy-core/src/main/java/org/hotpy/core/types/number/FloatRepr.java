package org.hotpy.core.types.number;

/** CPython's {@code repr(float)}; see {@link NumberFormatting#floatRepr}. */
public final class FloatRepr {
    private FloatRepr() {}

    public static String repr(double v) {
        return NumberFormatting.floatRepr(v);
    }
}
