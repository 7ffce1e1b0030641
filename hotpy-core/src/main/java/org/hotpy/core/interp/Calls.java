package org.hotpy.core.interp;

import static org.hotpy.core.bytecode.Ops.*;

import org.hotpy.core.builtins.BuiltinsModule;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.model.PyMethodDescr;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeMethods;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.function.PyBoundMethod;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyCell;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.function.PyGenerator;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * Calls: the CALL family (including CALL_PY_EXACT_ARGS, which copies arguments straight from the
 * caller's stack into the new frame), CALL_FUNCTION_EX, MAKE_FUNCTION, and calling a Python
 * function from Java.
 */
public final class Calls {
    private Calls() {}

    /**
     * Calls a Python function from Java (vectorcall convention). A plain function given exactly its
     * positional parameters (a sort key, a callback of map or filter) runs in a reused frame, as a
     * call from Python code does ({@link FrameReuse}).
     */
    public static PyObject callFunction(PyFunction f, PyObject[] args, String[] kwnames) {
        if (kwnames == null && f.code.exactArgCount == args.length) {
            Frame fr = FrameReuse.frameFor(f);
            System.arraycopy(args, 0, fr.stack, 0, args.length);
            return enterReused(InterpreterState.current(), f, fr);
        }
        Frame frame = ArgBinder.bind(f, args, 0, args.length, kwnames);
        return run(InterpreterState.current(), f, frame);
    }

    /**
     * Calls a Python function with the one positional argument {@code a} (a special method's
     * {@code self}): for a plain function of one parameter, straight into a new frame, without an
     * argument array or binding.
     */
    public static PyObject callPositional(PyFunction f, PyObject a) {
        CodeObject co = f.code;
        if (co.exactArgCount != 1) {
            return callFunction(f, new PyObject[] {a}, null);
        }
        Frame fr = FrameReuse.frameFor(f);
        fr.stack[0] = a;
        return enterReused(InterpreterState.current(), f, fr);
    }

    /**
     * Calls a Python function with the positional arguments {@code a} and {@code b} (a binary
     * operator's special method, {@code self} and the other operand): for a plain function of two
     * parameters, straight into a new frame. In raytrace, whose vector operators are Python
     * methods, the argument array, its copy (a call of the array-copy stub) and the binding were
     * 3% of the time.
     */
    public static PyObject callPositional(PyFunction f, PyObject a, PyObject b) {
        CodeObject co = f.code;
        if (co.exactArgCount != 2) {
            return callFunction(f, new PyObject[] {a, b}, null);
        }
        Frame fr = FrameReuse.frameFor(f);
        PyObject[] s = fr.stack;
        s[0] = a;
        s[1] = b;
        return enterReused(InterpreterState.current(), f, fr);
    }

    /**
     * Calls a Python function with the positional arguments {@code self} and then {@code args} (a
     * special method such as {@code __setitem__} or {@code __get__}): for a plain function of that
     * many parameters, straight into a new frame, without joining them in an array first.
     */
    public static PyObject callPositional(PyFunction f, PyObject self, PyObject[] args) {
        CodeObject co = f.code;
        int n = args.length;
        if (co.exactArgCount != n + 1) {
            PyObject[] full = new PyObject[n + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, n);
            return callFunction(f, full, null);
        }
        Frame fr = FrameReuse.frameFor(f);
        PyObject[] s = fr.stack;
        s[0] = self;
        System.arraycopy(args, 0, s, 1, n);
        return enterReused(InterpreterState.current(), f, fr);
    }

    private static PyObject run(InterpreterState ts, PyFunction f, Frame frame) {
        if (f.code.isGenerator()) {
            return new PyGenerator(frame, f.name, f.qualname);
        }
        if ((f.code.flags & (CodeObject.CO_COROUTINE | CodeObject.CO_ASYNC_GENERATOR)) != 0) {
            return new org.hotpy.core.types.function.PyCoroutine(frame, f.qualname,
                    (f.code.flags & CodeObject.CO_ASYNC_GENERATOR) != 0);
        }
        ts.checkInterrupt();
        return Interpreter.execute(ts, frame);
    }

    /**
     * CALL_PY_EXACT_ARGS: the callable is a Python function called with exactly its positional
     * parameters: the arguments go straight from the caller's stack into the new frame, with no
     * binding. The guard is the shape of the call, not the function's identity, so a site that
     * calls methods of several classes (a polymorphic {@code obj.method(x)}) stays on this path.
     */
    static int callPyExactArgs(InterpreterState ts, Frame caller, CodeObject code, int pc, int word,
                               PyObject[] s, int sp) {
        int argc = word >>> 8;
        int base = sp - argc - 2;
        int self = selfSlots(s[base]);
        PyObject callable = s[base + 1 - self];
        int nargs = argc + self;
        if (caller.kwnames == null && callable instanceof PyFunction f && f.code.exactArgCount == nargs) {
            Frame fr = FrameReuse.frameFor(f);
            copyArgs(s, base + 2 - self, fr.stack, 0, nargs);
            return finish(s, base, sp, enterReused(ts, f, fr));
        }
        return missed(ts, caller, code, pc, word, s, sp);
    }

    /**
     * A specialised call whose guard failed: back to the generic CALL. Out of line, to keep the
     * compiled code of the specialised forms small.
     */
    private static int missed(InterpreterState ts, Frame caller, CodeObject code, int pc, int word,
                              PyObject[] s, int sp) {
        Specializer.deoptimize(code, pc);
        return call(ts, caller, code, pc, word, s, sp);
    }

    /**
     * Cache of CALL_TYPE: a class whose construction is plain (see
     * {@link TypeMethods#isPlainConstruction}) and the code of its {@code __init__} (null when it
     * is {@code object.__init__} and the site passes no arguments).
     */
    record TypeCallCache(PyType type, int version, PyType meta, int metaVersion, CodeObject init) {}

    /**
     * CALL_TYPE: instantiating a Python class: allocate the instance and run {@code __init__} in a
     * frame filled straight from the caller's stack, without the generic type-call machinery.
     */
    static int callType(InterpreterState ts, Frame caller, CodeObject code, int pc, int word,
                        PyObject[] s, int sp) {
        int argc = word >>> 8;
        int base = sp - argc - 2;
        if (code.caches[pc] instanceof TypeCallCache tc) {
            int r = callType(tc, ts, caller, s, sp, argc);
            if (r >= 0) {
                return r;
            }
        }
        return missed(ts, caller, code, pc, word, s, sp);
    }

    /**
     * CALL_TYPE with the cache entry {@code tc}: the new stack pointer, or -1 when the call does not
     * match it (nothing has run then).
     */
    static int callType(TypeCallCache tc, InterpreterState ts, Frame caller, PyObject[] s, int sp, int argc) {
        int base = sp - argc - 2;
        if (caller.kwnames == null && s[base] == null && s[base + 1] == tc.type()
                && tc.type().version() == tc.version() && tc.meta().version() == tc.metaVersion()) {
            PyType t = tc.type();
            CodeObject co = tc.init();
            if (co == null) {
                return finish(s, base, sp, t.allocate());
            }
            if (t.lookup(Slot.INIT) instanceof PyFunction f && f.code == co) {
                PyObject obj = t.allocate();
                Frame fr = FrameReuse.frameFor(f);
                fr.stack[0] = obj;
                copyArgs(s, base + 2, fr.stack, 1, argc);
                TypeMethods.checkInitReturnedNone(enterReused(ts, f, fr));
                return finish(s, base, sp, obj);
            }
        }
        return -1;
    }

    // selfSlots and ArgBinder.cellsIfAny hold branches that every call path shares. HotSpot
    // compiles a branch it has never seen taken as a trap that throws the whole compiled dispatch
    // loop away; one shared profile has seen both ways long before a hot loop meets the rarer one.

    /** 1 when the slot below the callable holds {@code self} (a method call), 0 for null. */
    static int selfSlots(PyObject x) {
        return x == null ? 0 : 1;
    }

    /** Runs a frame whose arguments are in place: cells for the parameters, then the body. */
    private static PyObject enter(InterpreterState ts, PyFunction f, Frame fr) {
        ArgBinder.cellsIfAny(f, f.code, fr.stack);
        ts.checkInterrupt();
        return Interpreter.execute(ts, fr);
    }

    /** {@link #enter} for a frame {@link FrameReuse} gave, which goes back to it when the call returns. */
    private static PyObject enterReused(InterpreterState ts, PyFunction f, Frame fr) {
        PyObject r = enter(ts, f, fr);
        FrameReuse.returned(f, fr);
        return r;
    }

    /**
     * The builtin methods programs call most, {@code d.get(k, dflt)} (counting: {@code d[k] =
     * d.get(k, 0) + 1}) and {@code xs.append(x)}, called straight on an exact dict or list. The
     * general path (descriptor, self check, arity, the type's {@code Fn} switch, which HotSpot is
     * told not to inline) cost a counting loop 8-12% of its time once compiled, and more before.
     */
    static final PyObject DICT_GET = PyDict.TYPE.lookup("get");
    static final PyObject LIST_APPEND = PyList.TYPE.lookup("append");

    private static PyObject append(PyList list, PyObject x) {
        list.append(x);
        return PyNone.NONE;
    }

    /** CALL_METHOD_DESCRIPTOR: a builtin method loaded by LOAD_METHOD, called without binding. */
    static int callMethodDescriptor(InterpreterState ts, Frame caller, CodeObject code, int pc, int word,
                                    PyObject[] s, int sp) {
        int argc = word >>> 8;
        int base = sp - argc - 2;
        if (s[base] instanceof PyMethodDescr md) {
            String[] kwnames = caller.kwnames;
            caller.kwnames = null;
            if (kwnames == null && argc <= 3) { // l.append(x), d.get(k, 0), s.lower(): no argument array
                PyObject self = s[base + 1];
                PyObject r = switch (argc) {
                    case 0 -> md.callMethod0(self);
                    case 1 -> md == LIST_APPEND && self.getClass() == PyList.class
                            ? append((PyList) self, s[base + 2])
                            : md.callMethod1(self, s[base + 2]);
                    case 2 -> md == DICT_GET && self.getClass() == PyDict.class
                            ? ((PyDict) self).getOr(s[base + 2], s[base + 3])
                            : md.callMethod2(self, s[base + 2], s[base + 3]);
                    default -> md.callMethod3(self, s[base + 2], s[base + 3], s[base + 4]);
                };
                return finish(s, base, sp, r);
            }
            PyObject[] args = new PyObject[argc];
            System.arraycopy(s, base + 2, args, 0, argc);
            return finish(s, base, sp, md.callMethod(s[base + 1], args, kwnames));
        }
        Specializer.deoptimize(code, pc);
        return call(ts, caller, code, pc, word, s, sp);
    }

    /**
     * CALL_BUILTIN: a builtin function ({@code len}, {@code math.sqrt}, a bound builtin method), or
     * a class that CALL_TYPE does not take ({@code range(n)}, {@code set(xs)}, a class with its own
     * {@code __new__}), called without keywords: straight to its Java call, without the generic
     * call's specialisation bookkeeping and type tests. A class call left generic counted as a miss
     * at every execution in compiled code, and got its function compiled again (richards'
     * {@code for i in range(DATA_SIZE)}).
     */
    static int callBuiltin(InterpreterState ts, Frame caller, CodeObject code, int pc, int word,
                           PyObject[] s, int sp) {
        int argc = word >>> 8;
        int base = sp - argc - 2;
        PyObject callable = s[base + 1];
        if (caller.kwnames == null && s[base] == null
                && (callable instanceof PyBuiltinFunction || callable instanceof PyType)) {
            PyObject[] args = new PyObject[argc];
            copyArgs(s, base + 2, args, 0, argc); // sin(x): no call of the array-copy stub for one
            return finish(s, base, sp, callable.call(args, null));
        }
        Specializer.deoptimize(code, pc);
        return call(ts, caller, code, pc, word, s, sp);
    }

    /**
     * CALL_LEN: the builtin {@code len} with one argument, called straight: no argument array, nor
     * the call through the builtin's signature and switch (tier 1, a loop of a million
     * {@code len(list)} calls: 21.0 -> 15.6 ms). A form of its own rather than a test in
     * {@link #callBuiltin}: there the test was a branch that C2 compiled as never taken until the
     * program's first {@code len}, whose trap then recompiled the call path every builtin call shares.
     */
    static int callLen(InterpreterState ts, Frame caller, CodeObject code, int pc, int word, PyObject[] s, int sp) {
        int base = sp - 3;
        if ((word >>> 8) == 1 && caller.kwnames == null && s[base] == null
                && s[base + 1] instanceof PyBuiltinFunction bf && BuiltinsModule.isLen(bf)) {
            return finish(s, base, sp, PyInt.of(Protocols.lenLong(s[base + 2])));
        }
        return missed(ts, caller, code, pc, word, s, sp);
    }

    /** CALL argc: stack [X, Y, arg1..argc]; X null means Y is the callable, else Y is X's first argument. */
    static int call(InterpreterState ts, Frame caller, CodeObject code, int pc, int word, PyObject[] s, int sp) {
        int argc = word >>> 8;
        String[] kwnames = caller.kwnames;
        caller.kwnames = null;
        int base = sp - argc - 2;
        int self = selfSlots(s[base]);
        PyObject callable = s[base + 1 - self];
        int argStart = base + 2 - self;
        int nargs = argc + self;
        PyObject result;
        if (Specializer.warm(code, pc)) {
            specialize(code, pc, callable, nargs, kwnames, self == 0);
        }
        if (callable instanceof PyFunction f) {
            Frame fr = ArgBinder.bind(f, s, argStart, nargs, kwnames);
            result = run(ts, f, fr);
        } else if (callable instanceof PyBoundMethod m && m.function instanceof PyFunction f) {
            PyObject[] args = new PyObject[nargs + 1];
            args[0] = m.self;
            System.arraycopy(s, argStart, args, 1, nargs);
            result = run(ts, f, ArgBinder.bind(f, args, 0, args.length, kwnames));
        } else {
            PyObject[] args = new PyObject[nargs];
            System.arraycopy(s, argStart, args, 0, nargs);
            result = callable.call(args, kwnames);
        }
        return finish(s, base, sp, result);
    }

    /**
     * Copies a call's arguments into the new frame: a plain loop, which HotSpot inlines into the
     * shared call paths (and unrolls where the count is a constant). A switch with straight-line
     * stores for one to four arguments and System.arraycopy for more was compiled on its own, large
     * with the copy's checks, and then called from each call path rather than inlined: 2.4% of
     * richards' main thread was in it.
     */
    static void copyArgs(PyObject[] from, int at, PyObject[] to, int start, int n) {
        for (int i = 0; i < n; i++) {
            to[start + i] = from[at + i];
        }
    }

    static int finish(PyObject[] s, int base, int sp, PyObject result) {
        // a plain loop, not Arrays.fill: with a constant argument count it unrolls in compiled code
        for (int i = base + 1; i < sp; i++) {
            s[i] = null;
        }
        s[base] = result;
        return base + 1;
    }

    private static void specialize(CodeObject code, int pc, PyObject callable, int nargs, String[] kwnames,
                                   boolean nullFirst) {
        if (kwnames != null) {
            return;
        }
        Opcode generatorForm = GeneratorCalls.formFor(callable, nargs, nullFirst);
        if (generatorForm != null) {
            Specializer.rewrite(code, pc, generatorForm);
        } else if (callable instanceof PyFunction f) {
            CodeObject co = f.code;
            if (co.exactArgCount == nargs) {
                Specializer.rewrite(code, pc, Opcode.CALL_PY_EXACT_ARGS);
            }
        } else if (callable instanceof PyMethodDescr) {
            Specializer.rewrite(code, pc, Opcode.CALL_METHOD_DESCRIPTOR);
        } else if (callable instanceof PyBuiltinFunction bf && nullFirst) {
            Specializer.rewrite(code, pc, nargs == 1 && BuiltinsModule.isLen(bf) ? Opcode.CALL_LEN : Opcode.CALL_BUILTIN);
        } else if (callable instanceof PyType t && nullFirst) {
            Specializer.rewrite(code, pc, typeCallForm(code, pc, t, nargs));
        }
    }

    /** CALL_TYPE (with its cache) for a plain construction whose {@code __init__} fits, else CALL_BUILTIN. */
    private static Opcode typeCallForm(CodeObject code, int pc, PyType t, int nargs) {
        if (!TypeMethods.isPlainConstruction(t)) {
            return Opcode.CALL_BUILTIN;
        }
        PyObject init = t.lookup(Slot.INIT);
        CodeObject co = null;
        if (init instanceof PyFunction f) {
            co = f.code;
            if (co.exactArgCount != nargs + 1) {
                return Opcode.CALL_BUILTIN;
            }
        } else if (!TypeMethods.isObjectInit(init) || nargs != 0) {
            return Opcode.CALL_BUILTIN;
        }
        PyType meta = t.type();
        code.caches[pc] = new TypeCallCache(t, t.version(), meta, meta.version(), co);
        return Opcode.CALL_TYPE;
    }

    /** A frame running a class body with {@code ns} as its locals (for __build_class__). */
    public static Frame classBodyFrame(PyFunction body, PyObject ns) {
        CodeObject co = body.code;
        Frame f = new Frame(co, body, body.globals, body.builtins, ns);
        ArgBinder.cellsIfAny(body, co, f.stack);
        return f;
    }

    /** KW_NAMES: the tuple constant of keyword names as Java strings. */
    static String[] kwnames(PyObject constant) {
        PyObject[] items = ((PyTuple) constant).itemsUnsafe();
        String[] names = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            names[i] = ((PyStr) items[i]).value();
        }
        return names;
    }

    /** CALL_FUNCTION_EX: stack [null, func, args, kwargs if flags & 1]. */
    static int callFunctionEx(PyObject[] s, int sp, int flags) {
        PyDict kwargs = null;
        if ((flags & 1) != 0) {
            kwargs = (PyDict) s[--sp];
            s[sp] = null;
        }
        PyObject args = s[--sp];
        s[sp] = null;
        PyObject func = s[sp - 1];
        PyTuple tuple;
        if (args instanceof PyTuple t) {
            tuple = t;
        } else {
            try {
                tuple = PyTuple.of(Iteration.toArray(args));
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TYPE_ERROR) && args.type().lookup(org.hotpy.core.model.Slot.ITER) == null
                        && args.type().lookup(org.hotpy.core.model.Slot.GETITEM) == null) {
                    throw Errors.typeError("%s argument after * must be an iterable, not %s", describe(func),
                            args.type().tpName());
                }
                throw e;
            }
        }
        PyObject result = Call.callWithTupleDict(func, tuple, kwargs);
        s[sp - 1] = null;
        s[sp - 2] = result;
        return sp - 1;
    }

    /** How CPython names a callable in argument errors: {@code f()}, {@code A.m()}, {@code print()}. */
    static String describe(PyObject func) {
        if (func instanceof PyFunction f) {
            return f.qualname + "()";
        }
        if (func instanceof PyBoundMethod m) {
            return describe(m.function);
        }
        if (func instanceof PyBuiltinFunction b) {
            return b.name() + "()";
        }
        if (func instanceof PyType t) {
            return t.name() + "()";
        }
        PyObject n = Attr.getOrNull(func, "__qualname__");
        return n instanceof PyStr str ? str.value() + "()" : func.type().tpName() + " object";
    }

    /** MAKE_FUNCTION: [defaults?, kwdefaults?, annotations?, closure?, code] becomes a function. */
    static int makeFunction(Frame f, PyObject[] s, int sp, int flags) {
        CodeObject code = (CodeObject) s[--sp];
        s[sp] = null;
        PyCell[] closure = null;
        if ((flags & 0x08) != 0) {
            PyObject[] cells = ((PyTuple) s[--sp]).itemsUnsafe();
            s[sp] = null;
            closure = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                closure[i] = (PyCell) cells[i];
            }
        }
        PyObject annotations = null;
        if ((flags & 0x04) != 0) {
            annotations = s[--sp];
            s[sp] = null;
        }
        PyDict kwdefaults = null;
        if ((flags & 0x02) != 0) {
            kwdefaults = (PyDict) s[--sp];
            s[sp] = null;
        }
        PyObject[] defaults = null;
        if ((flags & 0x01) != 0) {
            defaults = ((PyTuple) s[--sp]).toArray();
            s[sp] = null;
        }
        PyFunction fn = new PyFunction(code, f.globals, f.builtins, closure);
        if (code.exactArgCount >= 0) { // a generator expression's function in a loop: no frame for nothing
            FrameReuse.prepare(fn);
        }
        fn.defaults = defaults;
        fn.kwdefaults = kwdefaults;
        if (annotations instanceof PyTuple pairs) {
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                d.put(pairs.get(i), pairs.get(i + 1));
            }
            fn.annotations = d;
        } else if (annotations != null) {
            fn.annotations = annotations;
        }
        s[sp++] = fn;
        return sp;
    }
}
