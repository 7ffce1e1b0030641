package org.hotpy.passes.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hotpy.api.pass.BuiltinType;
import org.hotpy.api.pass.GuardFacts;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.RuntimeView;
import org.hotpy.api.trace.Emitter;
import org.hotpy.api.trace.Imm;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.Kind;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.TraceEditor;
import org.hotpy.api.trace.Value;

/**
 * The state of one specialisation run: the editor, the facts proved so far, unboxed forms of
 * values already unboxed, and helpers that emit guards only when the facts do not already prove them.
 * Every instruction it emits goes before the generic instruction being replaced and reuses that
 * instruction's snapshot, so a failing guard resumes tier 1 at the generic instruction.
 */
final class Rewriter {
    final TraceEditor ed;
    final GuardFacts facts;
    final RuntimeView view;
    final PassContext ctx;
    private final Map<Value, Value> unboxed = new IdentityHashMap<>();
    private Instr at;
    private Emitter out;

    Rewriter(TraceEditor ed, PassContext ctx) {
        this.ed = ed;
        this.ctx = ctx;
        this.view = ctx.runtime();
        this.facts = new GuardFacts(view);
    }

    /** Start rewriting before {@code in}. */
    void at(Instr in) {
        this.at = in;
        this.out = ed.before(in);
    }

    Instr current() {
        return at;
    }

    Snapshot snapshot() {
        return at.snapshot();
    }

    /** Emit before the current instruction and learn from it. */
    Value emit(Op op, Imm imm, Snapshot s, Value... args) {
        Instr in = out.emit(op, imm, null, s, List.of(args));
        facts.learn(in);
        if (in.isGuard()) {
            ctx.stats().increment("guards-added");
        }
        return in.result();
    }

    Value emit(Op op, Value... args) {
        return emit(op, null, null, args);
    }

    Value guarded(Op op, Value... args) {
        return emit(op, null, snapshot(), args);
    }

    /** The current instruction's result now comes from {@code v}; the instruction goes. */
    void replaceWith(Value v) {
        ed.replace(at, v);
        ctx.stats().increment("specialised");
    }

    /** The exact type of operand {@code i} of the current instruction: proved, else from feedback. */
    Optional<ObjRef> typeOf(int i) {
        Optional<ObjRef> known = facts.knownType(at.arg(i));
        if (known.isPresent() || at.feedback() == null) {
            return known;
        }
        return Optional.ofNullable(at.feedback().type(i));
    }

    /** Which builtin operand {@code i} is (proved or from feedback), if any. */
    Optional<BuiltinType> builtinOf(int i) {
        Optional<ObjRef> t = typeOf(i);
        return t.isPresent() ? view.asBuiltin(t.get()) : Optional.empty();
    }

    /**
     * Which builtin type the object {@code ref} has, or null. (Optional's methods are not chained
     * with lambdas here: the passes' first runs are in the JVM's interpreter, on the interpreter's
     * thread, where each lambda call site costs a bootstrap.)
     */
    BuiltinType builtinOfRef(ObjRef ref) {
        Optional<ObjRef> t = view.typeOf(ref);
        return t.isPresent() ? view.asBuiltin(t.get()).orElse(null) : null;
    }

    /** Guard that {@code v} has exact type {@code type} unless already proved; false if proved otherwise. */
    boolean ensureType(Value v, ObjRef type) {
        Optional<ObjRef> known = facts.knownType(v);
        if (known.isPresent()) {
            return known.get().equals(type);
        }
        if (v.isConstant()) {
            return false;
        }
        guarded(Op.GUARD_TYPE, v, ed.constRef(type));
        return true;
    }

    /** Guard {@code v} to be the builtin {@code t}; false if impossible. */
    boolean ensureBuiltin(Value v, BuiltinType t) {
        Optional<ObjRef> ref = view.builtinType(t);
        return ref.isPresent() && ensureType(v, ref.get());
    }

    /** {@code v} (an int object whose type is established) as an {@code INT64}. */
    Value asInt(Value v) {
        if (v.isConstant() && v.kind() == Kind.OBJECT && view.intValue(v.refValue()).isPresent()) {
            return ed.constInt(view.intValue(v.refValue()).getAsLong());
        }
        Instr def = ed.definition(v);
        if (def != null && def.op() == Op.BOX_INT) {
            return def.arg(0);
        }
        Value u = unboxed.get(v);
        if (u == null) {
            u = guarded(Op.UNBOX_INT, v);
            unboxed.put(v, u);
        }
        return u;
    }

    /** {@code v} (a float, or an int, object whose type is established) as a {@code FLOAT64}. */
    Value asFloat(Value v, BuiltinType type) {
        if (type == BuiltinType.INT) {
            Value i = asInt(v);
            return i.isConstant() ? ed.constFloat((double) i.longValue()) : emit(Op.INT_TO_FLOAT, i);
        }
        if (v.isConstant() && v.kind() == Kind.OBJECT && view.floatValue(v.refValue()).isPresent()) {
            return ed.constFloat(view.floatValue(v.refValue()).getAsDouble());
        }
        Instr def = ed.definition(v);
        if (def != null && def.op() == Op.BOX_FLOAT) {
            return def.arg(0);
        }
        return unboxedBy(Op.UNBOX_FLOAT, v);
    }

    /** {@code v} (a bool object whose type is established) as a {@code BOOL}. */
    Value asBool(Value v) {
        if (v.isConstant() && v.kind() == Kind.OBJECT && view.boolValue(v.refValue()).isPresent()) {
            return ed.constBool(view.boolValue(v.refValue()).get());
        }
        Instr def = ed.definition(v);
        if (def != null && def.op() == Op.BOX_BOOL) {
            return def.arg(0);
        }
        return unboxedBy(Op.UNBOX_BOOL, v);
    }

    /** The result of {@code unbox} (an unguarded unboxing op) on {@code v}, emitted the first time it is asked for. */
    private Value unboxedBy(Op unbox, Value v) {
        Value u = unboxed.get(v);
        if (u == null) {
            u = emit(unbox, v);
            unboxed.put(v, u);
        }
        return u;
    }

    /** Box a primitive result by kind. */
    Value box(Value v) {
        return switch (v.kind()) {
            case INT64 -> emit(Op.BOX_INT, v);
            case FLOAT64 -> emit(Op.BOX_FLOAT, v);
            case BOOL -> emit(Op.BOX_BOOL, v);
            case OBJECT -> v;
        };
    }
}
