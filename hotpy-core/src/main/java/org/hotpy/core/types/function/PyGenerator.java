package org.hotpy.core.types.function;

import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.Generators;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Call;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.text.PyStr;

/**
 * A generator: a suspended frame that runs to its next {@code yield} each time it is resumed.
 * {@link #step} is the one resume path (next, send, throw, yield from); it reports whether the
 * frame yielded or returned without raising StopIteration, so loops and {@code yield from}
 * over generators create no exceptions.
 */
public final class PyGenerator extends PyObject implements Protocols.Generatorlike {
    public static final PyType TYPE = PyType.builtin("generator", PyType.OBJECT, PyGenerator.class,
            FunctionTypeDefs.GENERATOR).notSubclassable();

    /** The outcome of one resumption: a yielded value, or the return value. */
    public record Step(PyObject value, boolean returned) {}

    private final Frame frame;
    private String name;
    private String qualname;
    private boolean running;
    private boolean finished;

    public PyGenerator(Frame frame, String name, String qualname) {
        this.frame = frame;
        this.name = name;
        this.qualname = qualname;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public boolean finished() {
        return finished;
    }

    /**
     * Resumes the frame with {@code value} sent in (ignored on the first start), or with
     * {@code toThrow} raised at the suspension point. Exceptions from the frame propagate,
     * StopIteration raised inside becoming RuntimeError (PEP 479).
     */
    public Step step(PyObject value, PyException toThrow) {
        if (running) {
            throw Errors.valueError("generator already executing");
        }
        if (finished) {
            if (toThrow != null) {
                throw toThrow;
            }
            return new Step(PyNone.NONE, true);
        }
        boolean started = frame.pc > 0;
        if (!started && toThrow == null && value != null && value != PyNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        if (toThrow != null) {
            if (!started) {
                finished = true;
                throw toThrow;
            }
            PyObject sub = yieldFrom();
            if (sub != null) {
                return throwIntoDelegate(sub, toThrow);
            }
            frame.pendingThrow = toThrow;
        } else if (started) {
            frame.stack[frame.sp++] = value == null ? PyNone.NONE : value;
        }
        return resume();
    }

    private Step resume() {
        PyObject r = resumeFrame();
        return new Step(r, finished);
    }

    /** Runs the frame to its next yield or return; a return (or an exception) finishes it. */
    private PyObject resumeFrame() {
        return resumeFrame(InterpreterState.current());
    }

    /** {@link #resumeFrame()} on {@code ts}, the interpreter running on this thread. */
    private PyObject resumeFrame(InterpreterState ts) {
        running = true;
        try {
            PyObject r = Generators.resume(ts, frame);
            // a store, not a branch (so ^, not !, which javac compiles to a jump): compiled loops
            // would trap at a branch never seen taken (no generator had returned yet) and be
            // thrown away when the first one returns
            finished = Generators.yielded(frame) ^ true;
            return r;
        } catch (PyException e) {
            finished = true;
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                PyException re = Errors.runtimeError("generator raised StopIteration");
                re.exception().setCause(e.exception());
                re.exception().setContext(e.exception());
                throw re;
            }
            throw e;
        } finally {
            running = false;
        }
    }

    /** The iterator this generator is delegating to with {@code yield from}, or null. */
    public PyObject yieldFrom() {
        if (finished || frame.pc <= 0 || frame.pc >= frame.code.code.length) {
            return null;
        }
        int next = frame.code.code[frame.pc];
        if (Opcode.of(next & 0xff) == Opcode.JUMP_BACKWARD) {
            int target = Opcode.argOf(next);
            if (Opcode.of(frame.code.code[target] & 0xff).family() == Opcode.SEND && frame.sp > frame.code.nlocalsplus()) {
                return frame.stack[frame.sp - 1];
            }
        }
        return null;
    }

    /** PEP 380: throw() while delegating goes to the delegate first. */
    private Step throwIntoDelegate(PyObject sub, PyException toThrow) {
        PyObject yielded;
        running = true;
        try {
            if (sub instanceof PyGenerator g) {
                if (toThrow.matches(ExceptionTypes.GENERATOR_EXIT)) {
                    g.close();
                    running = false;
                    frame.pendingThrow = toThrow;
                    return resume();
                }
                Step s = g.step(null, toThrow);
                if (!s.returned()) {
                    return new Step(s.value(), false);
                }
                yielded = null;
                running = false;
                return finishDelegation(s.value());
            }
            PyObject thrower = org.hotpy.core.ops.Attr.getOrNull(sub, "throw");
            if (thrower == null || toThrow.matches(ExceptionTypes.GENERATOR_EXIT)) {
                if (toThrow.matches(ExceptionTypes.GENERATOR_EXIT)) {
                    PyObject closer = org.hotpy.core.ops.Attr.getOrNull(sub, "close");
                    if (closer != null) {
                        Call.call(closer);
                    }
                }
                running = false;
                frame.pendingThrow = toThrow;
                return resume();
            }
            PyBaseException exc = toThrow.exception();
            yielded = Call.call(thrower, exc.type(), exc, exc.traceback());
            return new Step(yielded, false);
        } catch (PyException e) {
            running = false;
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                return finishDelegation(stopIterationValue(e.exception()));
            }
            frame.pendingThrow = e;
            return resume();
        } finally {
            running = false;
        }
    }

    /** The delegate returned: pop it, continue after the SEND loop with its value. */
    private Step finishDelegation(PyObject value) {
        int send = Opcode.argOf(frame.code.code[frame.pc]);
        frame.pc = Opcode.argOf(frame.code.code[send]);
        frame.stack[frame.sp - 1] = value;
        return resume();
    }

    /**
     * Resumes the generator with {@code value} sent in (None for next()), on {@code ts}, the
     * interpreter running on this thread: the value it yielded or, when {@link #finished()} is
     * then true, the value it returned; no Step record and no StopIteration. FOR_ITER over a
     * generator and {@code yield from} come through here.
     */
    public PyObject advance(InterpreterState ts, PyObject value) {
        Frame f = frame;
        // value first: next() and loops pass None, so the test folds away where this is inlined
        if (running || finished || value != PyNone.NONE && f.pc == 0) {
            return step(value, null).value(); // an error, or the None of a finished generator
        }
        // No branch on whether the frame has started: compiled loops would trap at one never
        // seen taken (no generator started since they were compiled) and be thrown away. A frame
        // that has not started gets no value (sp stays), and the None stored is overwritten.
        f.stack[f.sp] = value;
        f.sp += (-f.pc) >>> 31; // 1 once the frame has run (pc > 0), else 0
        return resumeFrame(ts);
    }

    @Override
    public PyObject nextOrNull() {
        PyObject r = advance(InterpreterState.current(), PyNone.NONE);
        return finished ? null : r;
    }

    /**
     * {@code next(gen)} on {@code ts}, the interpreter running on this thread: the value it
     * yielded, or StopIteration carrying the value it returned (CALL_NEXT comes through here).
     */
    public PyObject next(InterpreterState ts) {
        PyObject r = advance(ts, PyNone.NONE);
        if (finished) {
            throw Errors.stopIteration(r == PyNone.NONE ? null : r);
        }
        return r;
    }

    public PyObject send(PyObject value) {
        return send(InterpreterState.current(), value);
    }

    /** {@code gen.send(value)} on {@code ts}, the interpreter running on this thread (CALL_GEN_SEND). */
    public PyObject send(InterpreterState ts, PyObject value) {
        PyObject r = advance(ts, value == null ? PyNone.NONE : value);
        if (finished) {
            throw Errors.stopIteration(r == PyNone.NONE ? null : r);
        }
        return r;
    }

    public PyObject throwIn(PyException e) {
        Step s = step(null, e);
        if (s.returned()) {
            throw Errors.stopIteration(s.value() == PyNone.NONE ? null : s.value());
        }
        return s.value();
    }

    /** {@code close()}: raises GeneratorExit inside; a generator that yields again is an error. */
    public void close() {
        if (finished) {
            return;
        }
        if (frame.pc == 0) {
            finished = true;
            return;
        }
        try {
            Step s = step(null, Errors.withArgs(ExceptionTypes.GENERATOR_EXIT));
            if (!s.returned()) {
                throw Errors.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            if (!e.matches(ExceptionTypes.GENERATOR_EXIT) && !e.matches(ExceptionTypes.STOP_ITERATION)) {
                throw e;
            }
        }
    }

    /** The value a StopIteration carries ({@code e.value}). */
    public static PyObject stopIterationValue(PyBaseException e) {
        PyObject v = e.attr("value");
        if (v != null) {
            return v;
        }
        PyObject a = e.firstArg();
        return a == null ? PyNone.NONE : a;
    }

    static void define(TypeDef t) {
        t.method0("__iter__", Fn.ITER);
        t.method0("__next__", Fn.NEXT);
        t.method1("send", "value, /", Fn.SEND);
        t.method3("throw", "typ, val=None, tb=None, /", Fn.THROW);
        t.method0("close", Fn.CLOSE);
        t.getset("__name__", Fn.NAME, Fn.NAME);
        t.getset("__qualname__", Fn.QUALNAME, Fn.QUALNAME);
        t.getter("gi_frame", Fn.GI_FRAME);
        t.getter("gi_running", Fn.GI_RUNNING);
        t.getter("gi_code", Fn.GI_CODE);
        t.getter("gi_suspended", Fn.GI_SUSPENDED);
        t.getter("gi_yieldfrom", Fn.GI_YIELDFROM);
        t.method0("__repr__", Fn.REPR);
    }

    private static void setName(PyGenerator g, PyObject v) {
        g.name = Protocols.strArg(v, "__name__", "generator");
    }

    private static void setQualname(PyGenerator g, PyObject v) {
        g.qualname = Protocols.strArg(v, "__qualname__", "generator");
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyGenerator>, JavaMethod.M1<PyGenerator>, JavaMethod.M3<PyGenerator>,
            JavaMethod.Setter<PyGenerator> {
        ITER, NEXT, CLOSE, NAME, QUALNAME, GI_FRAME, GI_RUNNING, GI_CODE, GI_SUSPENDED, GI_YIELDFROM, REPR,
        SEND, THROW;

        @Override
        public PyObject call(PyGenerator self) {
            return switch (this) {
                case ITER -> self;
                case NEXT -> self.send(PyNone.NONE);
                case CLOSE -> { self.close(); yield PyNone.NONE; }
                case NAME -> PyStr.of(self.name);
                case QUALNAME -> PyStr.of(self.qualname);
                case GI_FRAME -> self.finished ? PyNone.NONE : self.frame;
                case GI_RUNNING -> PyBool.of(self.running);
                case GI_CODE -> self.frame.code;
                case GI_SUSPENDED -> PyBool.of(!self.finished && !self.running && self.frame.pc > 0);
                case GI_YIELDFROM -> { PyObject y = self.yieldFrom(); yield y == null ? PyNone.NONE : y; }
                case REPR -> PyStr.of("<generator object " + self.qualname + " at 0x" + Protocols.idHex(self) + ">");
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyGenerator self, PyObject a) {
            return switch (this) {
                case SEND -> self.send(a);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyGenerator self, PyObject a, PyObject b, PyObject c) {
            return switch (this) {
                case THROW -> self.throwIn(Generators.makeThrown(a, b, c));
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public void set(PyGenerator self, PyObject value) {
            switch (this) {
                case NAME -> setName(self, value);
                case QUALNAME -> setQualname(self, value);
                default -> throw new IllegalStateException(name() + " has no setter");
            }
        }
    }
}
