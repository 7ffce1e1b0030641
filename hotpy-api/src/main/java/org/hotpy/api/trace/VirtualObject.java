package org.hotpy.api.trace;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An object a snapshot names but the trace never allocated (escape analysis kept it virtual): the
 * deoptimiser builds it when the snapshot is used. {@code value} is the placeholder the snapshot's
 * slots (and other virtuals' fields) refer to; it must not be defined before the instruction that
 * owns the snapshot. Materialisation allocates every virtual of a snapshot first and fills fields
 * after, so virtuals may refer to each other in cycles.
 *
 * <p>Text form, after the frames of a snapshot: {@code ; p5 = new_instance(@C, @S, i0, p2)}.
 *
 * @param value  the placeholder value (kind {@code OBJECT})
 * @param op     how to build it: {@link Op#NEW_INSTANCE}, {@link Op#BUILD_TUPLE},
 *               {@link Op#BUILD_LIST} or {@link Op#NEW_BOUND_METHOD}
 * @param args   the op's operands; fields of primitive kind are boxed by kind
 */
public record VirtualObject(Value value, Op op, List<Value> args) {
    /** The ops a virtual object may be described with. */
    public static final Set<Op> OPS = Set.of(Op.NEW_INSTANCE, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.NEW_BOUND_METHOD);

    public VirtualObject {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(op, "op");
        if (!OPS.contains(op)) {
            throw new IllegalArgumentException(op.textName() + " cannot describe a virtual object; use one of " + OPS);
        }
        args = List.copyOf(args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VirtualObject v && value == v.value && op == v.op && ListUtil.sameValues(args, v.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(value), op, args.size());
    }
}
