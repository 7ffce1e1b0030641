package org.hotpy.passes.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.hotpy.api.pass.BuiltinType;
import org.hotpy.api.pass.RuntimeFacts.AttributeKind;
import org.hotpy.api.trace.Feedback;
import org.hotpy.api.trace.Imm;
import org.hotpy.api.trace.Instr;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Value;

/**
 * Attribute access on shaped instances, subscripts of lists and tuples, iteration over range and
 * list iterators, and calls whose callee the trace knows. CPython's attribute rule matched: a data
 * descriptor on the class wins over the instance's attribute, which wins over any other class
 * attribute; the type-version guard keeps that answer valid, the shape guard the slot number.
 */
final class ObjectRules {
    private ObjectRules() {
    }

    static boolean loadAttr(Rewriter r, Instr in) {
        Value obj = in.arg(0);
        Optional<ObjRef> type = r.typeOf(0);
        Optional<ObjRef> shape = shapeOf(r, in);
        if (type.isEmpty() || shape.isEmpty() || !r.view.hasStandardAttributes(type.get())) {
            return false;
        }
        OptionalLong version = r.view.typeVersion(type.get());
        Optional<ObjRef> classAttr = r.view.lookupClassAttribute(type.get(), in.name());
        Optional<AttributeKind> kind = classAttr.flatMap(r.view::attributeKind);
        if (version.isEmpty() || (classAttr.isPresent() && kind.isEmpty())
                || kind.map(k -> k == AttributeKind.DATA_DESCRIPTOR).orElse(false)) {
            return false;
        }
        OptionalInt slot = r.view.slotIndex(shape.get(), in.name());
        if (slot.isEmpty() && !(kind.isPresent()
                && (kind.get() == AttributeKind.FUNCTION || kind.get() == AttributeKind.PLAIN))) {
            return false;
        }
        if (!guardInstance(r, obj, type.get(), version.getAsLong(), shape.get())) {
            return false;
        }
        if (slot.isPresent()) {
            r.replaceWith(r.emit(Op.GET_SLOT, Imm.index(slot.getAsInt()), null, obj));
        } else if (kind.get() == AttributeKind.FUNCTION) {
            r.replaceWith(r.emit(Op.NEW_BOUND_METHOD, r.ed.constRef(classAttr.get()), obj));
        } else {
            r.replaceWith(r.ed.constRef(classAttr.get()));
        }
        return true;
    }

    static boolean storeAttr(Rewriter r, Instr in) {
        Value obj = in.arg(0);
        Optional<ObjRef> type = r.typeOf(0);
        Optional<ObjRef> shape = shapeOf(r, in);
        if (type.isEmpty() || shape.isEmpty() || !r.view.hasStandardAttributes(type.get())) {
            return false;
        }
        OptionalLong version = r.view.typeVersion(type.get());
        Optional<ObjRef> classAttr = r.view.lookupClassAttribute(type.get(), in.name());
        if (version.isEmpty() || classAttr.isPresent() && classAttr.flatMap(r.view::attributeKind)
                .map(k -> k == AttributeKind.DATA_DESCRIPTOR).orElse(true)) {
            return false;
        }
        OptionalInt slot = r.view.slotIndex(shape.get(), in.name());
        Optional<ObjRef> grown = slot.isPresent() ? Optional.empty() : r.view.shapeWithAttribute(shape.get(), in.name());
        OptionalInt newSlot = grown.isPresent() ? r.view.slotIndex(grown.get(), in.name()) : OptionalInt.empty();
        if (slot.isEmpty() && newSlot.isEmpty()) {
            return false;
        }
        if (!guardInstance(r, obj, type.get(), version.getAsLong(), shape.get())) {
            return false;
        }
        if (slot.isPresent()) {
            r.emit(Op.SET_SLOT, Imm.index(slot.getAsInt()), null, obj, in.arg(1));
        } else {
            r.emit(Op.SET_SHAPE, obj, r.ed.constRef(grown.get()));
            r.emit(Op.SET_SLOT, Imm.index(newSlot.getAsInt()), null, obj, in.arg(1));
        }
        r.ed.remove(in);
        r.ctx.stats().increment("specialised");
        return true;
    }

    private static Optional<ObjRef> shapeOf(Rewriter r, Instr in) {
        Optional<ObjRef> known = r.facts.knownShape(in.arg(0));
        return known.isPresent() || in.feedback() == null ? known : Optional.ofNullable(in.feedback().shape());
    }

    private static boolean guardInstance(Rewriter r, Value obj, ObjRef type, long version, ObjRef shape) {
        if (!r.ensureType(obj, type)) {
            return false;
        }
        if (r.facts.knownVersion(Op.GUARD_TYPE_VERSION, type).map(v -> v != version).orElse(true)) {
            r.guarded(Op.GUARD_TYPE_VERSION, r.ed.constRef(type), r.ed.constInt(version));
        }
        if (!r.facts.knownShape(obj).map(shape::equals).orElse(false)) {
            r.guarded(Op.GUARD_SHAPE, obj, r.ed.constRef(shape));
        }
        return true;
    }

    static boolean subscript(Rewriter r, Instr in) {
        Optional<BuiltinType> tc = r.builtinOf(0);
        Optional<BuiltinType> tk = r.builtinOf(1);
        if (tc.isEmpty() || tk.isEmpty() || tk.get() != BuiltinType.INT) {
            return false;
        }
        boolean store = in.op() == Op.STORE_SUBSCR;
        Op typed = tc.get() == BuiltinType.LIST ? (store ? Op.LIST_SET_ITEM : Op.LIST_GET_ITEM)
                : tc.get() == BuiltinType.TUPLE && !store ? Op.TUPLE_GET_ITEM : null;
        if (typed == null || !r.ensureBuiltin(in.arg(0), tc.get()) || !r.ensureBuiltin(in.arg(1), BuiltinType.INT)) {
            return false;
        }
        Value i = r.asInt(in.arg(1));
        if (store) {
            r.guarded(typed, in.arg(0), i, in.arg(2));
            r.ed.remove(in);
            r.ctx.stats().increment("specialised");
        } else {
            r.replaceWith(r.guarded(typed, in.arg(0), i));
        }
        return true;
    }

    static boolean forIter(Rewriter r, Instr in) {
        Optional<BuiltinType> t = r.builtinOf(0);
        if (t.isEmpty()) {
            return false;
        }
        if (t.get() == BuiltinType.RANGE_ITERATOR && r.ensureBuiltin(in.arg(0), t.get())) {
            r.replaceWith(r.box(r.guarded(Op.RANGE_ITER_NEXT, in.arg(0))));
            return true;
        }
        if (t.get() == BuiltinType.LIST_ITERATOR && r.ensureBuiltin(in.arg(0), t.get())) {
            r.replaceWith(r.guarded(Op.LIST_ITER_NEXT, in.arg(0)));
            return true;
        }
        return false;
    }

    /** {@code len(x)} of an exact list, tuple, str or dict: the length op, boxed (CPython's {@code len} calls {@code __len__}, which these types define). */
    private static boolean builtinLen(Rewriter r, Instr in) {
        if (in.argCount() != 2 || !in.keywordNames().isEmpty()
                || !r.view.builtinFunctionName(in.arg(0).refValue()).map("len"::equals).orElse(false)) {
            return false;
        }
        Optional<ObjRef> t = r.facts.knownType(in.arg(1));
        if (t.isEmpty() && in.feedback() != null) {
            t = Optional.ofNullable(in.feedback().type(1));
        }
        Optional<BuiltinType> b = t.flatMap(r.view::asBuiltin);
        if (b.isEmpty() || !LEN_TYPES.contains(b.get()) || !r.ensureBuiltin(in.arg(1), b.get())) {
            return false;
        }
        r.replaceWith(r.box(r.emit(Op.LEN, in.arg(1))));
        return true;
    }

    private static final java.util.Set<BuiltinType> LEN_TYPES = java.util.EnumSet.of(BuiltinType.LIST,
            BuiltinType.TUPLE, BuiltinType.STR, BuiltinType.DICT);

    /**
     * {@code call(bound, args)} where the trace made the bound method: call its function with self
     * first. {@code call(p, args)} whose feedback saw a function: guard its identity, so call
     * inlining sees a constant callee (bound methods are fresh objects each time, so never them).
     */
    static boolean call(Rewriter r, Instr in) {
        Value callee = in.arg(0);
        if (callee.isConstant() && builtinLen(r, in)) {
            return true;
        }
        Instr def = r.ed.definition(callee);
        List<Value> args = new ArrayList<>(in.args().subList(1, in.argCount()));
        if (def != null && def.op() == Op.NEW_BOUND_METHOD) {
            args.add(0, def.arg(1));
            args.add(0, def.arg(0));
            Feedback fb = def.arg(0).isConstant() ? new Feedback(List.of(), null, def.arg(0).refValue()) : null;
            r.ed.rewrite(in, Op.CALL, in.imm(), fb, in.snapshot(), args);
            r.ctx.stats().increment("calls-unbound");
            return true;
        }
        ObjRef seen = in.feedback() == null ? null : in.feedback().value();
        if (seen == null || callee.isConstant() || r.facts.knownIdentity(callee).isPresent()) {
            return false;
        }
        Optional<BuiltinType> t = r.view.typeOf(seen).flatMap(r.view::asBuiltin);
        if (t.isEmpty() || (t.get() != BuiltinType.FUNCTION && t.get() != BuiltinType.BUILTIN_FUNCTION
                && t.get() != BuiltinType.TYPE)) {
            return false;
        }
        Value known = r.ed.constRef(seen);
        r.guarded(Op.GUARD_IS, callee, known);
        args.add(0, known);
        r.ed.rewrite(in, Op.CALL, in.imm(), in.feedback(), in.snapshot(), args);
        r.ctx.stats().increment("callees-guarded");
        return true;
    }
}
