package org.hotpy.core.trace;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hotpy.api.trace.BinaryOperator;
import org.hotpy.api.trace.CompareOperator;
import org.hotpy.api.trace.Feedback;
import org.hotpy.api.trace.Imm;
import org.hotpy.api.trace.ObjRef;
import org.hotpy.api.trace.Op;
import org.hotpy.api.trace.Snapshot;
import org.hotpy.api.trace.Value;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyInstance;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Compare;
import org.hotpy.core.ops.Operators;
import org.hotpy.core.ops.Operators.BinOp;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.function.PyCell;
import org.hotpy.core.types.number.PyBool;

/**
 * The data instructions of the recorder: each runs the instruction on the real frame exactly as
 * tier 1's generic form does (the same runtime operations) and emits what it means in the IR, with
 * the operand types seen as feedback and a snapshot of the state before it. Control flow and calls
 * are in {@link Recorder}. A method returns normally when the instruction was recorded; it stops
 * the frame ({@link RecFrame#abort}, {@link RecFrame#raise}) when it cannot be.
 */
final class RecordSteps {
    private static final Map<BinOp, BinaryOperator> BINARY = new EnumMap<>(BinOp.class);

    static {
        for (BinOp op : BinOp.values()) {
            for (BinaryOperator b : BinaryOperator.values()) {
                if (!b.isInPlace() && b.symbol().equals(op.symbol)) {
                    BINARY.put(op, b);
                }
            }
        }
    }

    private RecordSteps() {
    }

    /** The IR operator of a BINARY_OP argument (the core's operator order, in-place flag 0x20). */
    static BinaryOperator binaryOperator(int arg) {
        BinaryOperator plain = BINARY.get(BinOp.of(arg & 0x1f));
        return (arg & BinOp.INPLACE_FLAG) != 0 ? BinaryOperator.values()[plain.ordinal() + BinaryOperator.IADD.ordinal()]
                : plain;
    }

    static CompareOperator compareOperator(int arg) {
        return CompareOperator.valueOf(Compare.Op.of(arg).name());
    }

    static ObjRef typeRef(PyObject o) {
        return Ref.of(o.type());
    }

    static Feedback types(PyObject... os) {
        ObjRef[] t = new ObjRef[os.length];
        for (int i = 0; i < os.length; i++) {
            t[i] = typeRef(os[i]);
        }
        return Feedback.types(t);
    }

    /** Feedback for attribute access: the receiver's type and, for a shaped instance, its shape. */
    static Feedback attrFeedback(PyObject obj) {
        Feedback fb = types(obj);
        if (obj.getClass() == PyInstance.class && ((PyInstance) obj).shape != null) {
            fb = fb.withShape(Ref.of(((PyInstance) obj).shape));
        }
        return fb;
    }

    // ------------------------------------------------------------------ names

    static void loadFast(RecFrame rf, int arg) {
        PyObject o = rf.f.stack[arg];
        if (o == null) {
            rf.abort("unbound local");
            return;
        }
        rf.push(rf.slots[arg], o);
    }

    static void loadDeref(RecFrame rf, int pc, int arg) {
        PyObject cell = rf.f.stack[arg];
        if (!(cell instanceof PyCell c) || c.value == null || rf.slots[arg] == null) {
            rf.abort("empty cell");
            return;
        }
        rf.push(rf.emit(Op.LOAD_DEREF, rf.snap(pc), rf.slots[arg]), c.value);
    }

    static void storeDeref(RecFrame rf, int arg) {
        if (!(rf.f.stack[arg] instanceof PyCell c) || rf.slots[arg] == null) {
            rf.abort("no cell");
            return;
        }
        PyObject o = rf.peek(0);
        Value v = rf.popValue();
        rf.emit(Op.STORE_DEREF, rf.slots[arg], v);
        c.value = o;
    }

    /** LOAD_GLOBAL: the globals, then the builtins (tier 1 raises the NameError). */
    static void loadGlobal(RecFrame rf, int pc, int arg) {
        String name = rf.code.names[arg];
        PyObject v = rf.f.globals.getStr(name);
        if (v == null) {
            v = rf.f.builtins.getStr(name);
        }
        if (v == null) {
            rf.abort("name error");
            return;
        }
        Value r = rf.emit(Op.LOAD_GLOBAL, Imm.name(name), null, rf.snap(pc),
                List.of(rf.constRef(rf.f.globals), rf.constRef(rf.f.builtins))).result();
        rf.push(r, v);
    }

    /** LOAD_NAME with a plain dict as the locals mapping (module and class bodies). */
    static void loadName(RecFrame rf, int pc, int arg) {
        String name = rf.code.names[arg];
        if (!(rf.f.locals instanceof PyDict locals) || locals.getClass() != PyDict.class) {
            rf.abort("locals mapping is not a dict");
            return;
        }
        PyObject v = locals.getStr(name);
        if (v == null) {
            v = rf.f.globals.getStr(name);
        }
        if (v == null) {
            v = rf.f.builtins.getStr(name);
        }
        if (v == null) {
            rf.abort("name error");
            return;
        }
        Value r = rf.emit(Op.LOAD_NAME, Imm.name(name), null, rf.snap(pc),
                List.of(rf.constRef(locals), rf.constRef(rf.f.globals), rf.constRef(rf.f.builtins))).result();
        rf.push(r, v);
    }

    static void storeName(RecFrame rf, int pc, int arg) {
        String name = rf.code.names[arg];
        if (!(rf.f.locals instanceof PyDict locals) || locals.getClass() != PyDict.class) {
            rf.abort("locals mapping is not a dict");
            return;
        }
        Snapshot s = rf.snap(pc);
        PyObject o = rf.peek(0);
        Value v = rf.popValue();
        rf.emit(Op.STORE_NAME, Imm.name(name), types(o), s, List.of(rf.constRef(locals), v));
        locals.putStr(name, o);
    }

    static void storeGlobal(RecFrame rf, int pc, int arg) {
        String name = rf.code.names[arg];
        Snapshot s = rf.snap(pc);
        PyObject o = rf.peek(0);
        Value v = rf.popValue();
        rf.emit(Op.STORE_GLOBAL, Imm.name(name), types(o), s, List.of(rf.constRef(rf.f.globals), v));
        rf.f.globals.putStr(name, o);
    }

    // ------------------------------------------------------------------ attributes and subscripts

    /** LOAD_ATTR, and LOAD_METHOD in its bound form: {@code [NULL, obj.name]} where tier 1 may push {@code [meth, self]}. */
    static void loadAttr(RecFrame rf, int pc, int arg, boolean method) {
        String name = rf.code.names[arg];
        PyObject obj = rf.peek(0);
        Snapshot s = rf.snap(pc);
        PyObject r;
        try {
            r = Attr.get(obj, name);
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        Value objV = rf.popValue();
        Value rv = rf.emit(Op.LOAD_ATTR, Imm.name(name), attrFeedback(obj), s, List.of(objV)).result();
        if (method) {
            rf.push(null, null);
        }
        rf.push(rv, r);
    }

    /** STORE_ATTR: the object on top, the value below it. */
    static void storeAttr(RecFrame rf, int pc, int arg) {
        String name = rf.code.names[arg];
        PyObject obj = rf.peek(0);
        PyObject value = rf.peek(1);
        Snapshot s = rf.snap(pc);
        Feedback fb = attrFeedback(obj);
        try {
            Attr.set(obj, name, value);
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        Value objV = rf.popValue();
        Value valueV = rf.popValue();
        rf.emit(Op.STORE_ATTR, Imm.name(name), fb, s, List.of(objV, valueV));
    }

    static void binarySubscr(RecFrame rf, int pc) {
        PyObject c = rf.peek(1);
        PyObject k = rf.peek(0);
        Snapshot s = rf.snap(pc);
        PyObject r;
        try {
            r = Protocols.getItem(c, k);
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        Value kv = rf.popValue();
        Value cv = rf.popValue();
        rf.push(rf.emit(Op.BINARY_SUBSCR, null, types(c, k), s, List.of(cv, kv)).result(), r);
    }

    /** STORE_SUBSCR: stack value, container, key (top). */
    static void storeSubscr(RecFrame rf, int pc) {
        PyObject k = rf.peek(0);
        PyObject c = rf.peek(1);
        PyObject v = rf.peek(2);
        Snapshot s = rf.snap(pc);
        try {
            Protocols.setItem(c, k, v);
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        Value kv = rf.popValue();
        Value cv = rf.popValue();
        Value vv = rf.popValue();
        rf.emit(Op.STORE_SUBSCR, null, types(c, k, v), s, List.of(cv, kv, vv));
    }

    // ------------------------------------------------------------------ operators

    static void binaryOp(RecFrame rf, int pc, int arg) {
        PyObject a = rf.peek(1);
        PyObject b = rf.peek(0);
        Snapshot s = rf.snap(pc);
        BinOp op = BinOp.of(arg & 0x1f);
        PyObject r;
        try {
            r = (arg & BinOp.INPLACE_FLAG) != 0 ? Operators.inplace(a, b, op) : Operators.binary(a, b, op);
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        Value bv = rf.popValue();
        Value av = rf.popValue();
        rf.push(rf.emit(Op.BINARY_OP, binaryOperator(arg), types(a, b), s, List.of(av, bv)).result(), r);
    }

    static void compareOp(RecFrame rf, int pc, int arg) {
        PyObject a = rf.peek(1);
        PyObject b = rf.peek(0);
        Snapshot s = rf.snap(pc);
        PyObject r;
        try {
            r = Compare.richCompare(a, b, Compare.Op.of(arg));
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        Value bv = rf.popValue();
        Value av = rf.popValue();
        rf.push(rf.emit(Op.COMPARE_OP, compareOperator(arg), types(a, b), s, List.of(av, bv)).result(), r);
    }

    /** UNARY_NEGATIVE, UNARY_INVERT, UNARY_NOT. */
    static void unary(RecFrame rf, int pc, Opcode opcode) {
        PyObject a = rf.peek(0);
        Snapshot s = rf.snap(pc);
        PyObject r;
        Op op;
        try {
            switch (opcode) {
                case UNARY_NEGATIVE -> {
                    r = Operators.negative(a);
                    op = Op.UNARY_NEGATIVE;
                }
                case UNARY_INVERT -> {
                    r = Operators.invert(a);
                    op = Op.UNARY_INVERT;
                }
                default -> {
                    r = PyBool.of(!Protocols.isTrue(a));
                    op = Op.UNARY_NOT;
                }
            }
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        Value av = rf.popValue();
        rf.push(rf.emit(op, null, types(a), s, List.of(av)).result(), r);
    }

    /** IS_OP: {@code obj_is}, negated for {@code is not}, boxed. */
    static void isOp(RecFrame rf, int arg) {
        PyObject b = rf.peek(0);
        PyObject a = rf.peek(1);
        Value bv = rf.popValue();
        Value av = rf.popValue();
        Value t = rf.emit(Op.OBJ_IS, av, bv);
        if (arg == 1) {
            t = rf.emit(Op.BOOL_NOT, t);
        }
        rf.push(rf.emit(Op.BOX_BOOL, t), PyBool.of((a == b) != (arg == 1)));
    }

    /** CONTAINS_OP: {@code contains_op(item, container)}; {@code not in} negates its truth. */
    static void containsOp(RecFrame rf, int pc, int arg) {
        PyObject container = rf.peek(0);
        PyObject item = rf.peek(1);
        Snapshot s = rf.snap(pc);
        boolean in;
        try {
            in = Protocols.contains(container, item);
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        Value cv = rf.popValue();
        Value iv = rf.popValue();
        Value r = rf.emit(Op.CONTAINS_OP, null, types(item, container), s, List.of(iv, cv)).result();
        if (arg == 1) {
            // contains_op gives True or False: "not in" is "is not True"
            Value t = rf.emit(Op.OBJ_IS, r, rf.constRef(PyBool.TRUE));
            r = rf.emit(Op.BOX_BOOL, rf.emit(Op.BOOL_NOT, t));
        }
        rf.push(r, PyBool.of(in != (arg == 1)));
    }

    // ------------------------------------------------------------------ building and unpacking

    static void buildTuple(RecFrame rf, int arg) {
        PyObject[] items = new PyObject[arg];
        List<Value> vs = popN(rf, arg, items);
        rf.push(rf.emit(Op.BUILD_TUPLE, null, null, null, vs).result(), PyTuple.of(items));
    }

    static void buildList(RecFrame rf, int arg) {
        PyObject[] items = new PyObject[arg];
        List<Value> vs = popN(rf, arg, items);
        rf.push(rf.emit(Op.BUILD_LIST, null, null, null, vs).result(), PyList.wrap(items));
    }

    /** BUILD_MAP: pairs of key and value, inserted in order (hashing may run Python code). */
    static void buildMap(RecFrame rf, int pc, int arg) {
        Snapshot s = rf.snap(pc);
        PyObject[] kv = new PyObject[2 * arg];
        for (int i = 0; i < kv.length; i++) {
            kv[i] = rf.f.stack[rf.sp - kv.length + i];
        }
        PyDict d = new PyDict(arg);
        try {
            for (int i = 0; i < arg; i++) {
                d.put(kv[2 * i], kv[2 * i + 1]);
            }
        } catch (PyException e) {
            rf.raise(e);
            return;
        }
        List<Value> vs = popN(rf, kv.length, new PyObject[kv.length]);
        rf.push(rf.emit(Op.BUILD_MAP, null, null, s, vs).result(), d);
    }

    private static List<Value> popN(RecFrame rf, int n, PyObject[] into) {
        List<Value> vs = new ArrayList<>(n);
        int base = rf.sp - n;
        for (int i = 0; i < n; i++) {
            vs.add(rf.slots[base + i]);
            into[i] = rf.f.stack[base + i];
        }
        for (int i = 0; i < n; i++) {
            rf.popValue();
        }
        return vs;
    }

    /** LIST_APPEND in a comprehension: the list is {@code arg} below the value. */
    static void listAppend(RecFrame rf, int arg) {
        PyObject list = rf.peek(arg);
        if (list.getClass() != PyList.class) {
            rf.abort("list_append to a non-list");
            return;
        }
        PyObject o = rf.peek(0);
        Value lv = rf.peekValue(arg);
        Value v = rf.popValue();
        rf.emit(Op.LIST_APPEND, lv, v);
        ((PyList) list).append(o);
    }

    /**
     * UNPACK_SEQUENCE of an exact tuple or list of the right length: guarded type and length, then
     * item reads, last item pushed first. Other iterables end the recording.
     */
    static void unpackSequence(RecFrame rf, int pc, int n) {
        PyObject seq = rf.peek(0);
        Class<?> c = seq.getClass();
        PyObject[] items;
        Op get;
        if (c == PyTuple.class && ((PyTuple) seq).size() == n) {
            items = ((PyTuple) seq).toArray();
            get = Op.TUPLE_GET_ITEM;
        } else if (c == PyList.class && ((PyList) seq).size() == n) {
            items = ((PyList) seq).toArray();
            get = Op.LIST_GET_ITEM;
        } else {
            rf.abort("unpacking a " + seq.type().name());
            return;
        }
        Snapshot s = rf.snap(pc);
        Value sv = rf.popValue();
        rf.emit(Op.GUARD_TYPE, s, sv, rf.constRef(seq.type()));
        Value len = rf.emit(Op.LEN, sv);
        rf.emit(Op.GUARD_INT_VALUE, s, len, rf.b.constInt(n));
        for (int i = n - 1; i >= 0; i--) {
            rf.push(rf.emit(get, s, sv, rf.b.constInt(i)), items[i]);
        }
    }
}
