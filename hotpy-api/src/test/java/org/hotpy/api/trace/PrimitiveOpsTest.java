package org.hotpy.api.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The primitives against CPython: the table comes from gen_primitive_ops.py next to this file. */
class PrimitiveOpsTest {

    @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
    @CsvFileSource(files = "src/test/java/org/hotpy/api/trace/primitive_ops.csv", numLinesToSkip = 1)
    void matchesCPython(String op, String a, String b, String expected) {
        boolean fail = expected.equals("fail");
        if (op.startsWith("float_")) {
            double x = parseFloat(a);
            double y = parseFloat(b);
            if (!op.equals("float_add") && !op.equals("float_sub") && !op.equals("float_mul")) {
                assertThat(PrimitiveOps.floatDivFails(y)).as("fails").isEqualTo(fail);
            }
            if (!fail) {
                double r = switch (op) {
                    case "float_add" -> x + y;
                    case "float_sub" -> x - y;
                    case "float_mul" -> x * y;
                    case "float_truediv" -> x / y;
                    case "float_floordiv" -> PrimitiveOps.floatFloorDiv(x, y);
                    case "float_mod" -> PrimitiveOps.floatMod(x, y);
                    default -> throw new AssertionError(op);
                };
                assertThat(Double.doubleToLongBits(r)).as("%s(%s, %s) = %s", op, a, b, r)
                        .isEqualTo(Double.doubleToLongBits(parseFloat(expected)));
            }
            return;
        }
        long x = Long.parseLong(a);
        long y = Long.parseLong(b);
        if (op.equals("int_truediv")) {
            assertThat(PrimitiveOps.intTrueDivFails(x, y)).isEqualTo(fail);
            if (!fail) {
                assertThat(PrimitiveOps.intTrueDiv(x, y)).isEqualTo(parseFloat(expected));
            }
            return;
        }
        boolean fails = switch (op) {
            case "int_add_ovf" -> PrimitiveOps.addOverflows(x, y);
            case "int_sub_ovf" -> PrimitiveOps.subOverflows(x, y);
            case "int_mul_ovf" -> PrimitiveOps.mulOverflows(x, y);
            case "int_floordiv" -> PrimitiveOps.floorDivFails(x, y);
            case "int_mod" -> PrimitiveOps.modFails(y);
            case "int_lshift_ovf" -> PrimitiveOps.lshiftFails(x, y);
            case "int_rshift" -> PrimitiveOps.rshiftFails(y);
            default -> false;
        };
        assertThat(fails).as("%s(%s, %s) fails", op, a, b).isEqualTo(fail);
        if (!fail) {
            long r = switch (op) {
                case "int_add_ovf" -> x + y;
                case "int_sub_ovf" -> x - y;
                case "int_mul_ovf" -> x * y;
                case "int_floordiv" -> PrimitiveOps.floorDiv(x, y);
                case "int_mod" -> PrimitiveOps.mod(x, y);
                case "int_lshift_ovf" -> PrimitiveOps.lshift(x, y);
                case "int_rshift" -> PrimitiveOps.rshift(x, y);
                case "int_and" -> x & y;
                case "int_or" -> x | y;
                case "int_xor" -> x ^ y;
                default -> throw new AssertionError(op);
            };
            assertThat(r).isEqualTo(Long.parseLong(expected));
        }
    }

    private static double parseFloat(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }
}
