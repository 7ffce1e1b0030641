package org.hotpy.core.interp;

import org.hotpy.core.builtins.BuiltinsModule;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.PyMethodDescr;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyFunction;
import org.hotpy.core.types.function.PyGenerator;

/**
 * The CALL forms for generators: calling a generator function (CALL_PY_GENERATOR), {@code next(gen)}
 * (CALL_NEXT) and {@code gen.send(v)} (CALL_GEN_SEND). Each skips the generic call's argument array
 * and binding, and the builtin's or descriptor's dispatch, and resumes the generator on the
 * interpreter the caller runs on (no thread-local look-up).
 */
final class GeneratorCalls {
    private GeneratorCalls() {}

    /** The generator type's {@code send} descriptor: builtin types are immutable, so it never changes. */
    private static final PyObject SEND = PyGenerator.TYPE.lookup("send");

    /**
     * The specialised form for a call of {@code callable} with {@code nargs} positional arguments
     * ({@code self} included) and no keywords, or null when none of these fits.
     */
    static Opcode formFor(PyObject callable, int nargs, boolean nullFirst) {
        if (callable instanceof PyFunction f) {
            return f.code.generatorArgCount == nargs ? Opcode.CALL_PY_GENERATOR : null;
        }
        if (callable instanceof PyBuiltinFunction bf) {
            return nullFirst && nargs == 1 && BuiltinsModule.isNext(bf) ? Opcode.CALL_NEXT : null;
        }
        return callable == SEND && !nullFirst && nargs == 2 ? Opcode.CALL_GEN_SEND : null;
    }

    /**
     * CALL_PY_GENERATOR: a generator function called with exactly its positional parameters: the
     * arguments go straight into the new frame, which the generator object wraps (as
     * CALL_PY_EXACT_ARGS, the guard is the shape of the call, not the function's identity).
     */
    static int callPyGenerator(InterpreterState ts, Frame caller, CodeObject code, int pc, int word,
                               PyObject[] s, int sp) {
        int argc = word >>> 8;
        int base = sp - argc - 2;
        int self = Calls.selfSlots(s[base]);
        PyObject callable = s[base + 1 - self];
        int nargs = argc + self;
        if (caller.kwnames == null && callable instanceof PyFunction f && f.code.generatorArgCount == nargs) {
            CodeObject co = f.code;
            Frame fr = new Frame(co, f, f.globals, f.builtins, null);
            Calls.copyArgs(s, base + 2 - self, fr.stack, 0, nargs);
            ArgBinder.cellsIfAny(f, co, fr.stack);
            return Calls.finish(s, base, sp, new PyGenerator(fr, f.name, f.qualname));
        }
        Specializer.deoptimize(code, pc);
        return Calls.call(ts, caller, code, pc, word, s, sp);
    }

    /**
     * CALL_NEXT: the builtin {@code next} with one argument: a generator is resumed directly;
     * any other iterator goes through the builtin's body, as CALL_BUILTIN would.
     */
    static int callNext(InterpreterState ts, Frame caller, CodeObject code, int pc, int word,
                        PyObject[] s, int sp) {
        int base = sp - 3;
        if ((word >>> 8) == 1 && caller.kwnames == null && s[base] == null
                && s[base + 1] instanceof PyBuiltinFunction bf && BuiltinsModule.isNext(bf)) {
            PyObject it = s[base + 2];
            if (it instanceof PyGenerator g) {
                return Calls.finish(s, base, sp, g.next(ts));
            }
            return Calls.finish(s, base, sp, bf.call(new PyObject[] {it}, null));
        }
        Specializer.deoptimize(code, pc);
        return Calls.call(ts, caller, code, pc, word, s, sp);
    }

    /** CALL_GEN_SEND: {@code gen.send(v)} loaded by LOAD_METHOD: resumes the generator with v. */
    static int callGenSend(InterpreterState ts, Frame caller, CodeObject code, int pc, int word,
                           PyObject[] s, int sp) {
        int base = sp - 3;
        if ((word >>> 8) == 1 && caller.kwnames == null && s[base] == SEND && s[base + 1] instanceof PyGenerator g) {
            return Calls.finish(s, base, sp, g.send(ts, s[base + 2]));
        }
        Specializer.deoptimize(code, pc);
        return Calls.call(ts, caller, code, pc, word, s, sp);
    }
}
