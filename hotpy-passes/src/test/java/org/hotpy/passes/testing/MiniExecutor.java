package org.hotpy.passes.testing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hotpy.api.trace.FrameState;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.PrimitiveOps;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.Value;
import org.hotpy.api.trace.VirtualObject;

/**
 * A reference evaluator for the numeric subset of the IR, for differential tests: Python ints are
 * {@code BigInteger}, floats {@code Double}, bools {@code Boolean}; generic ops follow Python's
 * rules for those types. It runs a trace until a guard fails, an exit is reached, or a step limit,
 * and reports where it left and with what state (every snapshot slot as a Python value), which is
 * all tier 1 would ever see. Not the executor: a check on the passes.
 */
public final class MiniExecutor {
    private MiniExecutor() {
    }

    /**
     * Run {@code t} from its start; when it leaves through a snapshot, resume the <em>reference</em>
     * trace {@code oracle} there (as tier 1 would resume the bytecode), binding the values that
     * snapshot of the oracle names to what was rebuilt. Returns where the run finally leaves, as
     * {@code exit [code:pc[slots] ...]}, or {@code step limit}.
     */
    public static String runAndResume(Trace t, Trace oracle, List<Object> inputs, int maxSteps) {
        Map<Value, Object> regs = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            regs.put(t.params().get(i), inputs.get(i));
        }
        Exit e = run(t, regs, 0, maxSteps);
        if (e == null || t == oracle) {
            return e == null ? "step limit" : e.text();
        }
        for (Instr in : oracle.instructions()) {
            Snapshot s = in.snapshot();
            if (s != null && sameFrames(s, e.snapshot)) {
                Map<Value, Object> resumed = new HashMap<>();
                List<Value> slots = new ArrayList<>();
                s.frames().forEach(f -> slots.addAll(f.slots()));
                for (int k = 0; k < slots.size(); k++) {
                    if (!slots.get(k).isConstant()) {
                        resumed.put(slots.get(k), e.values.get(k));
                    }
                }
                Exit r = run(oracle, resumed, in.position(), maxSteps);
                return r == null ? "step limit" : r.text();
            }
        }
        return e.text();
    }

    /** Run {@code t} alone. */
    public static String run(Trace t, List<Object> inputs, int maxSteps) {
        return runAndResume(t, t, inputs, maxSteps);
    }

    private record Exit(Snapshot snapshot, List<Object> values) {
        String text() {
            List<String> frames = new ArrayList<>();
            int k = 0;
            for (FrameState f : snapshot.frames()) {
                int n = f.slots().size();
                frames.add(f.code().refName() + ":" + f.pc() + values.subList(k, k + n));
                k += n;
            }
            return "exit " + frames;
        }
    }

    private static boolean sameFrames(Snapshot a, Snapshot b) {
        if (a.frames().size() != b.frames().size()) {
            return false;
        }
        for (int i = 0; i < a.frames().size(); i++) {
            FrameState x = a.frames().get(i);
            FrameState y = b.frames().get(i);
            if (!x.code().equals(y.code()) || x.pc() != y.pc() || x.slots().size() != y.slots().size()) {
                return false;
            }
        }
        return true;
    }

    private static Exit run(Trace t, Map<Value, Object> regs, int start, int maxSteps) {
        int pc = start;
        for (int steps = 0; steps < maxSteps; steps++) {
            Instr in = t.instruction(pc);
            switch (in.op()) {
                case JUMP -> {
                    List<Value> target = t.label() != null ? t.label().labelValues() : t.params();
                    List<Object> vals = in.args().stream().map(a -> get(regs, a)).toList();
                    for (int k = 0; k < target.size(); k++) {
                        regs.put(target.get(k), vals.get(k));
                    }
                    pc = t.label() != null ? t.label().position() + 1 : 0;
                    continue;
                }
                case LABEL -> {
                    for (int k = 0; k < in.argCount(); k++) {
                        regs.put(in.labelValues().get(k), get(regs, in.arg(k)));
                    }
                }
                case EXIT -> {
                    return leave(in.snapshot(), regs);
                }
                default -> {
                    Object r = eval(in, regs);
                    if (r == FAIL) {
                        return leave(in.snapshot(), regs);
                    }
                    if (in.result() != null) {
                        regs.put(in.result(), r);
                    }
                }
            }
            pc++;
        }
        return null;
    }

    /** A Python tuple. */
    record Tuple(List<Object> items) {
        Tuple {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return "tuple" + items;
        }
    }

    private static final Object FAIL = new Object();
    private static final Object NONE = new Object();

    private static Object eval(Instr in, Map<Value, Object> regs) {
        List<Object> a = in.args().stream().map(v -> get(regs, v)).toList();
        return switch (in.op()) {
            case GUARD_TRUE -> (Boolean) a.get(0) ? NONE : FAIL;
            case GUARD_FALSE -> (Boolean) a.get(0) ? FAIL : NONE;
            case GUARD_TYPE -> typeName(a.get(0)).equals(in.arg(1).refValue().refName()) ? NONE : FAIL;
            case GUARD_INT_VALUE -> a.get(0).equals(a.get(1)) ? NONE : FAIL;
            case UNBOX_INT -> a.get(0) instanceof BigInteger b && b.bitLength() < 64 ? (Object) b.longValue() : FAIL;
            case UNBOX_FLOAT -> (Double) a.get(0);
            case UNBOX_BOOL -> (Boolean) a.get(0);
            case BOX_INT -> BigInteger.valueOf((Long) a.get(0));
            case BOX_FLOAT, BOX_BOOL -> a.get(0);
            case BUILD_TUPLE -> new Tuple(a);
            case INT_ADD_OVF -> PrimitiveOps.addOverflows(l(a, 0), l(a, 1)) ? FAIL : (Object) (l(a, 0) + l(a, 1));
            case INT_SUB_OVF -> PrimitiveOps.subOverflows(l(a, 0), l(a, 1)) ? FAIL : (Object) (l(a, 0) - l(a, 1));
            case INT_MUL_OVF -> PrimitiveOps.mulOverflows(l(a, 0), l(a, 1)) ? FAIL : (Object) (l(a, 0) * l(a, 1));
            case INT_ADD -> l(a, 0) + l(a, 1);
            case INT_SUB -> l(a, 0) - l(a, 1);
            case INT_MUL -> l(a, 0) * l(a, 1);
            case INT_FLOORDIV -> PrimitiveOps.floorDivFails(l(a, 0), l(a, 1)) ? FAIL
                    : (Object) PrimitiveOps.floorDiv(l(a, 0), l(a, 1));
            case INT_MOD -> PrimitiveOps.modFails(l(a, 1)) ? FAIL : (Object) PrimitiveOps.mod(l(a, 0), l(a, 1));
            case INT_LT -> l(a, 0) < l(a, 1);
            case INT_LE -> l(a, 0) <= l(a, 1);
            case INT_EQ -> l(a, 0) == l(a, 1);
            case INT_IS_TRUE -> l(a, 0) != 0;
            case INT_TO_FLOAT -> (double) l(a, 0);
            case FLOAT_ADD -> d(a, 0) + d(a, 1);
            case FLOAT_MUL -> d(a, 0) * d(a, 1);
            case FLOAT_LT -> d(a, 0) < d(a, 1);
            case BOOL_NOT -> !(Boolean) a.get(0);
            case BINARY_OP -> generic(in, a);
            case COMPARE_OP -> python(a.get(0)).compareTo(python(a.get(1))) < 0;
            case TRUTH -> a.get(0) instanceof Boolean b ? b : python(a.get(0)).signum() != 0;
            default -> throw new IllegalArgumentException("MiniExecutor does not run " + in);
        };
    }

    /** Python {@code +}, {@code -}, {@code *} on ints (exact) and floats. */
    private static Object generic(Instr in, List<Object> a) {
        String op = in.binaryOperator().plain().textName();
        if (a.get(0) instanceof BigInteger x && a.get(1) instanceof BigInteger y) {
            return switch (op) {
                case "add" -> x.add(y);
                case "sub" -> x.subtract(y);
                case "mul" -> x.multiply(y);
                default -> throw new IllegalArgumentException(op);
            };
        }
        double x = toDouble(a.get(0));
        double y = toDouble(a.get(1));
        return switch (op) {
            case "add" -> x + y;
            case "sub" -> x - y;
            case "mul" -> x * y;
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static Exit leave(Snapshot s, Map<Value, Object> regs) {
        List<Object> values = new ArrayList<>();
        for (FrameState f : s.frames()) {
            for (Value v : f.slots()) {
                values.add(materialise(v, s, regs));
            }
        }
        return new Exit(s, values);
    }

    private static Object materialise(Value v, Snapshot s, Map<Value, Object> regs) {
        VirtualObject vo = s.virtualOf(v);
        if (vo != null) {
            List<Object> fields = new ArrayList<>();
            for (Value f : vo.args()) {
                fields.add(materialise(f, s, regs));
            }
            if (vo.op() != org.hotpy.api.trace.Op.BUILD_TUPLE) {
                throw new IllegalArgumentException("MiniExecutor builds only virtual tuples, not " + vo);
            }
            return new Tuple(fields);
        }
        if (v.isNull()) {
            return "NULL";
        }
        Object x = get(regs, v);
        return v.kind() == Kind.INT64 ? BigInteger.valueOf((Long) x) : x;
    }

    private static Object get(Map<Value, Object> regs, Value v) {
        if (v.isConstant()) {
            Object c = v.constantValue();
            return c instanceof org.hotpy.api.trace.ObjRef r ? constantObject(r) : c;
        }
        if (!regs.containsKey(v)) {
            throw new IllegalStateException("no value for " + v);
        }
        return regs.get(v);
    }

    /** Constant objects in these tests are ints named by their value ({@code @one} is 1). */
    private static Object constantObject(org.hotpy.api.trace.ObjRef r) {
        return switch (r.refName()) {
            case "one" -> BigInteger.ONE;
            case "two" -> BigInteger.TWO;
            case "half" -> 0.5;
            default -> r.refName();
        };
    }

    private static String typeName(Object o) {
        return o instanceof BigInteger ? "int" : o instanceof Double ? "float" : o instanceof Boolean ? "bool" : "object";
    }

    private static java.math.BigDecimal python(Object o) {
        return o instanceof BigInteger b ? new java.math.BigDecimal(b) : new java.math.BigDecimal((Double) o);
    }

    private static double toDouble(Object o) {
        return o instanceof BigInteger b ? b.doubleValue() : (Double) o;
    }

    private static long l(List<Object> a, int i) {
        return (Long) a.get(i);
    }

    private static double d(List<Object> a, int i) {
        return (Double) a.get(i);
    }

}
