package org.hotpy.api.trace;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Edits a trace for a pass, keeping it SSA: operands are rewritten through substitutions
 * ({@link #replaceAllUses}), instructions are removed or inserted around others, and
 * {@link #finish()} assembles a new immutable {@link Trace} (or returns the original if nothing
 * changed, so a driver can tell "unchanged" by identity).
 *
 * <p>{@link #instructions()} walks forward <em>live</em>: each instruction is handed out with the
 * substitutions made so far already applied, so a result folded to a constant is seen as that
 * constant by every later instruction. Instructions inserted before the current one are not
 * visited; instructions inserted after it are.
 *
 * <pre>{@code
 * TraceEditor ed = trace.edit();
 * for (Instr in : ed.instructions()) {
 *     if (in.op() == Op.INT_ADD && in.arg(1).isConstant() && in.arg(1).longValue() == 0) {
 *         ed.replace(in, in.arg(0));
 *     }
 * }
 * return ed.finish();
 * }</pre>
 */
public final class TraceEditor {
    private static final class Node {
        Instr instr;
        Node prev;
        Node next;
        boolean removed;

        Node(Instr instr) {
            this.instr = instr;
        }
    }

    private final Trace original;
    private final Values values;
    private final Node head = new Node(null);
    private final Node tail = new Node(null);
    private final Map<Instr, Node> nodes = new IdentityHashMap<>();
    private final Map<Value, Node> definitions = new IdentityHashMap<>();
    private final Map<Value, Value> subst = new IdentityHashMap<>();
    private final Map<Value, Value> snapSubst = new IdentityHashMap<>();
    private final Map<Snapshot, Snapshot> snapMemo = new IdentityHashMap<>();
    private int changes;
    private boolean finished;

    TraceEditor(Trace original) {
        this.original = original;
        this.values = new Values(original.valueCount());
        values.adopt(original.constants());
        head.next = tail;
        tail.prev = head;
        for (Instr in : original.instructions()) {
            Node n = new Node(in);
            link(n, tail);
            nodes.put(in, n);
            if (in.result() != null) {
                definitions.put(in.result(), n);
            }
        }
    }

    /** The trace being edited. */
    public Trace original() {
        return original;
    }

    /** The parameters (unchanged by editing). */
    public List<Value> params() {
        return original.params();
    }

    /** The number of edits made so far. */
    public int changes() {
        return changes;
    }

    /** A live forward walk over the instructions not removed (see the class comment). */
    public Iterable<Instr> instructions() {
        // Anonymous classes rather than lambdas here and below: every pass runs this, the first
        // times in the JVM's interpreter on the interpreter's thread, where a lambda call site
        // costs a bootstrap
        return new Iterable<>() {
            @Override
            public Iterator<Instr> iterator() {
                return new LiveIterator();
            }
        };
    }

    /** The walk {@link #instructions()} hands out. */
    private final class LiveIterator implements Iterator<Instr> {
        private Node cursor = head;

        @Override
        public boolean hasNext() {
            return nextLive(cursor) != tail;
        }

        @Override
        public Instr next() {
            Node n = nextLive(cursor);
            if (n == tail) {
                throw new NoSuchElementException();
            }
            cursor = n;
            return refresh(n);
        }
    }

    /** The instructions as they stand now, substitutions applied. */
    public List<Instr> currentInstructions() {
        List<Instr> out = new ArrayList<>();
        for (Node n = nextLive(head); n != tail; n = nextLive(n)) {
            out.add(refresh(n));
        }
        return out;
    }

    /** The current form of {@code in} (substitutions applied). */
    public Instr current(Instr in) {
        return refresh(node(in));
    }

    /** Whether {@code in} was removed. */
    public boolean isRemoved(Instr in) {
        return node(in).removed;
    }

    /** The terminator as it stands now. */
    public Instr terminator() {
        Node n = tail.prev;
        while (n != head && n.removed) {
            n = n.prev;
        }
        return n == head ? null : refresh(n);
    }

    /**
     * The instruction that now defines {@code v} (substitutions applied), or {@code null} for a
     * parameter, label value, constant, or a value whose instruction was removed. Unlike
     * {@link Value#definition()}, this knows the instructions inserted during the edit.
     */
    public Instr definition(Value v) {
        Node n = definitions.get(resolve(v));
        return n == null || n.removed ? null : refresh(n);
    }

    /** What {@code v} stands for now in operands. */
    public Value resolve(Value v) {
        Value r = v;
        for (int guard = 0; guard < 10_000; guard++) {
            Value s = subst.get(r);
            if (s == null) {
                return r;
            }
            r = s;
        }
        throw new IllegalStateException("substitution cycle through " + v);
    }

    /** What {@code v} stands for now in snapshots (operand substitutions, then snapshot-only ones). */
    public Value resolveInSnapshot(Value v) {
        Value r = resolve(v);
        for (int guard = 0; guard < 10_000; guard++) {
            Value s = snapSubst.get(r);
            if (s == null) {
                return r;
            }
            r = resolve(s);
        }
        throw new IllegalStateException("snapshot substitution cycle through " + v);
    }

    /** {@code s} with the substitutions made so far applied. */
    public Snapshot resolve(Snapshot s) {
        if (s == null || (subst.isEmpty() && snapSubst.isEmpty())) {
            return s;
        }
        Snapshot r = snapMemo.get(s);
        if (r == null) {
            r = s.map(new UnaryOperator<Value>() {
                @Override
                public Value apply(Value v) {
                    return resolveInSnapshot(v);
                }
            });
            snapMemo.put(s, r);
        }
        return r;
    }

    // ------------------------------------------------------------------ inserting

    /** An emitter inserting, in order, before {@code anchor}. */
    public Emitter before(Instr anchor) {
        return new Cursor(node(anchor), false);
    }

    /** An emitter inserting, in order, after {@code anchor} (the live walk will visit what it inserts). */
    public Emitter after(Instr anchor) {
        return new Cursor(node(anchor), true);
    }

    /**
     * Insert before {@code anchor} an instruction that defines {@code result}, an existing value
     * whose defining instruction was removed (escape analysis materialising an object where it
     * escapes keeps the value, so earlier snapshots may still describe it as virtual).
     */
    public Instr emitDefining(Instr anchor, Value result, Op op, Imm imm, Feedback feedback, Snapshot snapshot,
            List<Value> args) {
        Objects.requireNonNull(result, "result");
        Instr in = InstrFactory.make(values, op, imm, feedback, snapshot, args, result);
        insertBefore(node(anchor), in);
        return in;
    }

    /** A fresh value of {@code kind} to be defined by a rewritten {@code label} ({@link #rewriteLabel}). */
    public Value newLabelValue(Kind kind) {
        return values.fresh(kind, Value.Def.LABEL);
    }

    // ------------------------------------------------------------------ replacing and removing

    /** Every use of {@code old} (operands and snapshots, earlier and later) becomes {@code neu}, of the same kind. */
    public void replaceAllUses(Value old, Value neu) {
        Objects.requireNonNull(neu, "neu");
        Value from = resolve(old);
        Value to = resolve(neu);
        if (from == to) {
            return;
        }
        if (from.kind() != to.kind()) {
            throw new IllegalArgumentException("cannot replace " + from + " (" + from.kind() + ") by " + to + " ("
                    + to.kind() + "): kinds differ; use replaceInSnapshots for a snapshot-only change");
        }
        if (from.isConstant()) {
            throw new IllegalArgumentException("cannot replace the constant " + from);
        }
        subst.put(from, to);
        snapMemo.clear();
        changes++;
    }

    /**
     * In snapshots only, {@code old} becomes {@code neu}, which may be of another kind (a box
     * replaced by the primitive it boxes: the deoptimiser boxes by kind).
     */
    public void replaceInSnapshots(Value old, Value neu) {
        Value from = resolve(old);
        if (from == neu) {
            return;
        }
        snapSubst.put(from, Objects.requireNonNull(neu, "neu"));
        snapMemo.clear();
        changes++;
    }

    /**
     * Uses of {@code old} in the instructions after {@code position} (operands and snapshots)
     * become {@code neu}: what a guard proves holds only after it.
     */
    public void replaceUsesAfter(Instr position, Value old, Value neu) {
        if (old.kind() != neu.kind()) {
            throw new IllegalArgumentException("cannot replace " + old + " by " + neu + ": kinds differ");
        }
        boolean any = false;
        for (Node n = nextLive(node(position)); n != tail; n = nextLive(n)) {
            Instr in = refresh(n);
            Value[] args = in.argArray().clone();
            boolean changed = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i] == old) {
                    args[i] = neu;
                    changed = true;
                }
            }
            Snapshot s = in.snapshot() == null ? null : in.snapshot().map(new UnaryOperator<Value>() {
                @Override
                public Value apply(Value v) {
                    return v == old ? neu : v;
                }
            });
            if (changed || s != in.snapshot()) {
                replaceNode(n, in.with(args, s));
                any = true;
            }
        }
        if (any) {
            changes++;
        }
    }

    /** Uses of {@code in}'s result become {@code v}; {@code in} is removed. */
    public void replace(Instr in, Value v) {
        Instr cur = current(in);
        if (cur.result() == null) {
            throw new IllegalArgumentException("replace: " + cur + " has no result");
        }
        replaceAllUses(cur.result(), v);
        remove(cur);
    }

    /** Uses of {@code in}'s result become the constant {@code c}; {@code in} is removed. */
    public void replaceWithConstant(Instr in, Value c) {
        if (!c.isConstant()) {
            throw new IllegalArgumentException("replaceWithConstant: " + c + " is not a constant");
        }
        replace(in, c);
    }

    /** Remove {@code in}. Its result must lose all uses (the verifier reports any left). */
    public void remove(Instr in) {
        Node n = node(in);
        if (n.instr.op().isTerminator()) {
            throw new IllegalArgumentException("cannot remove the terminator " + n.instr);
        }
        if (!n.removed) {
            n.removed = true;
            changes++;
        }
    }

    /** Replace {@code in}'s operands (any op, terminators included; the verifier checks kinds). */
    public Instr setArgs(Instr in, List<Value> args) {
        Node n = node(in);
        Instr cur = refresh(n);
        return replaceNode(n, cur.with(args.toArray(new Value[0]), cur.snapshot()));
    }

    /** Replace {@code in}'s snapshot. */
    public Instr setSnapshot(Instr in, Snapshot snapshot) {
        Node n = node(in);
        Instr cur = refresh(n);
        if (cur.snapshot() == null) {
            throw new IllegalArgumentException(cur + " has no snapshot to replace");
        }
        return replaceNode(n, cur.with(cur.argArray(), Objects.requireNonNull(snapshot, "snapshot")));
    }

    /** Replace {@code in} by another op that defines the same result value (checked like an emit). */
    public Instr rewrite(Instr in, Op op, Imm imm, Feedback feedback, Snapshot snapshot, List<Value> args) {
        Node n = node(in);
        Instr cur = refresh(n);
        return replaceNode(n, InstrFactory.make(values, op, imm, feedback, snapshot, args, cur.result()));
    }

    /** Replace the {@code label} by one with other incoming values and other defined values. */
    public Instr rewriteLabel(Instr label, List<Value> args, List<Value> labelValues) {
        Node n = node(label);
        if (n.instr.op() != Op.LABEL) {
            throw new IllegalArgumentException(n.instr + " is not a label");
        }
        return replaceNode(n, new Instr(Op.LABEL, null, args.toArray(new Value[0]), null,
                labelValues.toArray(new Value[0]), null, null));
    }

    /** The new trace, or the original if nothing changed. The editor cannot be used afterwards. */
    public Trace finish() {
        if (finished) {
            throw new IllegalStateException("finish() was already called");
        }
        finished = true;
        if (changes == 0) {
            return original;
        }
        return TraceAssembler.assemble(original.anchor(), original.params(), currentInstructions());
    }

    // ------------------------------------------------------------------ constants

    /** The {@code INT64} constant. */
    public Value constInt(long v) {
        return values.constant(Kind.INT64, v);
    }

    /** The {@code FLOAT64} constant. */
    public Value constFloat(double v) {
        return values.constant(Kind.FLOAT64, v);
    }

    /** The {@code BOOL} constant. */
    public Value constBool(boolean v) {
        return values.constant(Kind.BOOL, v);
    }

    /** The {@code OBJECT} constant. */
    public Value constRef(ObjRef r) {
        return values.constant(Kind.OBJECT, Objects.requireNonNull(r, "ref"));
    }

    /** The {@link ObjRef#NULL} constant. */
    public Value constNull() {
        return constRef(ObjRef.NULL);
    }

    /** This editor's constant equal to {@code c}, a constant of any trace (for copying instructions between traces). */
    public Value constOfValue(Value c) {
        if (!c.isConstant()) {
            throw new IllegalArgumentException(c + " is not a constant");
        }
        return values.constOf(c.kind(), c.constantValue());
    }

    // ------------------------------------------------------------------ internals

    private Node node(Instr in) {
        checkOpen();
        Node n = nodes.get(Objects.requireNonNull(in, "instr"));
        if (n == null) {
            throw new IllegalArgumentException("not an instruction of this editor: " + in);
        }
        return n;
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the editor is finished");
        }
    }

    private Node nextLive(Node n) {
        Node m = n.next;
        while (m != tail && m.removed) {
            m = m.next;
        }
        return m;
    }

    private Instr refresh(Node n) {
        Instr in = n.instr;
        if (subst.isEmpty() && snapSubst.isEmpty()) {
            return in;
        }
        Value[] args = in.argArray();
        Value[] mapped = null;
        for (int i = 0; i < args.length; i++) {
            Value r = resolve(args[i]);
            if (r != args[i]) {
                if (mapped == null) {
                    mapped = args.clone();
                }
                mapped[i] = r;
            }
        }
        Snapshot s = resolve(in.snapshot());
        if (mapped == null && s == in.snapshot()) {
            return in;
        }
        Instr fresh = in.with(mapped == null ? args : mapped, s);
        n.instr = fresh;
        nodes.put(fresh, n);
        return fresh;
    }

    private Instr replaceNode(Node n, Instr in) {
        n.instr = in;
        nodes.put(in, n);
        if (in.result() != null) {
            definitions.put(in.result(), n);
        }
        changes++;
        return in;
    }

    private void insertBefore(Node at, Instr in) {
        Node n = new Node(in);
        link(n, at);
        nodes.put(in, n);
        if (in.result() != null) {
            definitions.put(in.result(), n);
        }
        changes++;
    }

    private static void link(Node n, Node before) {
        n.prev = before.prev;
        n.next = before;
        before.prev.next = n;
        before.prev = n;
    }

    /** Emits at a fixed place: before a node, or after it (then after each instruction it inserted). */
    private final class Cursor implements Emitter {
        private final Node at;
        private Node last;
        private final boolean after;

        Cursor(Node at, boolean after) {
            this.at = at;
            this.after = after;
            this.last = at;
        }

        @Override
        public Instr emit(Op op, Imm imm, Feedback feedback, Snapshot snapshot, List<Value> args) {
            checkOpen();
            Instr in = InstrFactory.make(values, op, imm, feedback, snapshot, args, null);
            if (after) {
                insertBefore(last.next, in);
                last = nodes.get(in);
            } else {
                insertBefore(at, in);
            }
            return in;
        }

        @Override
        public Value constInt(long v) {
            return TraceEditor.this.constInt(v);
        }

        @Override
        public Value constFloat(double v) {
            return TraceEditor.this.constFloat(v);
        }

        @Override
        public Value constBool(boolean v) {
            return TraceEditor.this.constBool(v);
        }

        @Override
        public Value constRef(ObjRef r) {
            return TraceEditor.this.constRef(r);
        }
    }
}
