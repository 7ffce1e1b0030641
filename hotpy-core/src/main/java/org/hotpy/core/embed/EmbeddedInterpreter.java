package org.hotpy.core.embed;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.hotpy.api.CompiledCode;
import org.hotpy.api.HostPolicy;
import org.hotpy.api.Interpreter;
import org.hotpy.api.InterpreterConfig;
import org.hotpy.api.PyHandle;
import org.hotpy.api.TraceSettings;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.Bootstrap;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.RuntimeConfig;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Call;
import org.hotpy.core.sandbox.HostAccess;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Interpreter} of the embedding API: one {@link InterpreterState} behind a
 * {@link Gate}. Public (beyond the API) only for the JSR-223 engine, which switches the streams
 * per script context and supplies the {@code GLOBAL_SCOPE} fallback.
 */
public final class EmbeddedInterpreter implements Interpreter {
    private final InterpreterConfig config;
    private final Redirect.Out out;
    private final Redirect.Out err;
    private final Redirect.In in;
    private final InterpreterState st;
    private final Gate gate;
    private final Interop interop;
    private final PyModule main;
    private final GlobalsMap mainGlobals;
    private Map<String, Object> lastForeign;
    private PyDict lastForeignDict;

    /** What a global-name fallback returns for "no such name" (null means None). */
    public static final Object NO_VALUE = new Object();

    /** A new interpreter (what {@link HotPyInterpreterProvider} creates). */
    public static EmbeddedInterpreter create(InterpreterConfig config) {
        return new EmbeddedInterpreter(config);
    }

    EmbeddedInterpreter(InterpreterConfig config) {
        TraceTier tier2 = TraceTier.plan(config.trace(), Thread.currentThread().getContextClassLoader());
        this.config = config;
        this.out = new Redirect.Out(config.stdout());
        this.err = new Redirect.Out(config.stderr());
        this.in = new Redirect.In(config.stdin());
        HostPolicy policy = config.hostPolicy();
        RuntimeConfig rc = new RuntimeConfig(out, err, in, config.argv(), config.modulePath(), policy.isTrusted(),
                policy.fileRoot().map(Object::toString).orElse(null), config.limits().maxObjectSize());
        this.st = Bootstrap.create(rc);
        tier2.install(st);
        st.setHostAccess(HostAccess.of(policy, config.modulePath()));
        this.gate = new Gate(st, config.limits(), this::flush);
        this.interop = Interop.attach(st, gate);
        gate.setInterop(interop);
        interop.setApi(this);
        interop.setClassLoader(Thread.currentThread().getContextClassLoader());
        this.main = new PyModule("__main__");
        main.dict().putStr("__builtins__", st.builtinsModule());
        st.modules().putStr("__main__", main);
        this.mainGlobals = new GlobalsMap(interop, main.dict());
        capRecursion(config.limits().maxRecursionDepth());
    }

    /** The recursion limit starts at the cap, and {@code sys.setrecursionlimit} can only lower it. */
    private void capRecursion(int cap) {
        st.setRecursionLimit(cap);
        PyModule sys = st.sysModule();
        PyObject original = sys.get("setrecursionlimit");
        sys.put("setrecursionlimit", PyBuiltinFunction.of("setrecursionlimit", "limit, /", a -> {
            PyObject limit = a[0];
            if (limit instanceof PyInt i && !(limit instanceof PyBool) && i.value > cap) {
                limit = PyInt.of(cap);
            }
            return Call.call(original, limit);
        }).inModule(sys));
    }

    /** The settings this interpreter was built with. */
    public InterpreterConfig config() {
        return config;
    }

    /** The interpreter's state (for tests in this package, which check that closed ones are collected). */
    InterpreterState state() {
        return st;
    }

    /**
     * The trace settings this interpreter was built with. {@link TraceSettings#DEFAULT} runs tier 1
     * only, as the command line does with {@code -X trace=off}; any other settings run tier 2
     * with them (see {@link TraceTier}).
     */
    public TraceSettings traceSettings() {
        return config.trace();
    }

    /** Looked up when first needed: initialising slf4j is a measurable part of a cold start. */
    private Logger log() {
        return LoggerFactory.getLogger(config.loggerName());
    }

    private <T> T enter(Supplier<T> body) {
        return gate.call(body);
    }

    private void flush() {
        try {
            out.flush();
            err.flush();
        } catch (IOException e) {
            log().warn("could not flush the script's output", e);
        }
    }

    // ---- running code ----

    @Override
    public void exec(String source) {
        exec(source, mainGlobals);
    }

    @Override
    public void exec(String source, Map<String, Object> globals) {
        Objects.requireNonNull(source, "source");
        enter(() -> inGlobals(globals, d -> Scripts.compile(source, "<string>").run(st, d)));
    }

    @Override
    public Object eval(String expression) {
        return eval(expression, mainGlobals);
    }

    @Override
    public Object eval(String expression, Map<String, Object> globals) {
        Objects.requireNonNull(expression, "expression");
        return enter(() -> Conversions.toJava(interop,
                inGlobals(globals, d -> Scripts.expression(expression, "<string>").run(st, d))));
    }

    @Override
    public CompiledCode compile(String source, String fileName) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        Scripts code = enter(() -> Scripts.compile(source, fileName));
        return new Compiled(this, code, fileName);
    }

    /** Runs compiled code (for {@link Compiled}); the converted value of a trailing expression. */
    Object run(Scripts code, Map<String, Object> globals) {
        return enter(() -> Conversions.toJava(interop, inGlobals(globals, d -> code.run(st, d))));
    }

    /**
     * Runs {@code body} in the namespace of {@code globals}: the dict itself for this interpreter's
     * own maps, else a namespace synchronised with the map around the run.
     */
    private PyObject inGlobals(Map<String, Object> globals, Function<PyDict, PyObject> body) {
        Objects.requireNonNull(globals, "globals");
        if (globals instanceof GlobalsMap g && g.interop() == interop) {
            return body.apply(g.dict());
        }
        ForeignGlobals sync = new ForeignGlobals(globals, foreignDict(globals));
        sync.copyIn(interop);
        try {
            return body.apply(foreignDict(globals));
        } finally {
            sync.copyBack(interop);
        }
    }

    /** The namespace for a foreign map: the same dict while the same map keeps coming back. */
    private PyDict foreignDict(Map<String, Object> globals) {
        if (lastForeign != globals) {
            lastForeign = globals;
            lastForeignDict = new PyDict();
            lastForeignDict.putStr("__builtins__", st.builtinsModule());
        }
        return lastForeignDict;
    }

    // ---- globals ----

    @Override
    public Map<String, Object> globals() {
        return mainGlobals;
    }

    @Override
    public Map<String, Object> newGlobals() {
        return enter(() -> {
            PyDict d = new PyDict();
            d.putStr("__builtins__", st.builtinsModule());
            return new GlobalsMap(interop, d);
        });
    }

    @Override
    public Object get(String name) {
        return mainGlobals.get(name);
    }

    @Override
    public <T> T get(String name, Class<T> type) {
        return enter(() -> {
            PyObject v = main.dict().getStr(name);
            if (v == null) {
                throw Errors.nameError(name);
            }
            return TypedConversions.cast(type, type.isInterface() && !isContainer(type)
                    ? InterfaceProxy.checked(interop, v, type) : TypedConversions.convert(interop, v, type));
        });
    }

    static boolean isContainer(Class<?> type) {
        return type == List.class || type == Map.class || type == java.util.Set.class
                || type == java.util.Collection.class || type == Iterable.class || type == PyHandle.class
                || type == CharSequence.class;
    }

    @Override
    public void set(String name, Object value) {
        mainGlobals.put(name, value);
    }

    @Override
    public Object remove(String name) {
        return mainGlobals.remove(name);
    }

    @Override
    public boolean contains(String name) {
        return mainGlobals.containsKey(name);
    }

    // ---- calls and objects ----

    @Override
    public Object call(String function, Object... args) {
        return callWithKeywords(function, java.util.Arrays.asList(args), Map.of());
    }

    @Override
    public Object callWithKeywords(String function, List<?> args, Map<String, ?> kwargs) {
        return enter(() -> {
            PyObject f = main.dict().getStr(function);
            if (f == null) {
                throw Errors.nameError(function);
            }
            return Conversions.toJava(interop, Calling.call(interop, f, args, kwargs));
        });
    }

    @Override
    public PyHandle importModule(String name) {
        return enter(() -> {
            st.imports().importAbsolute(name);
            return new Handle(interop, st.modules().getStr(name));
        });
    }

    @Override
    public PyHandle toPython(Object value) {
        return enter(() -> new Handle(interop, Conversions.toPython(interop, value)));
    }

    @Override
    public <T> T asInterface(Class<T> iface) {
        return enter(() -> InterfaceProxy.overNamespace(interop, main.dict(), iface));
    }

    @Override
    public <T> T asInterface(Object pythonObject, Class<T> iface) {
        return enter(() -> InterfaceProxy.checked(interop, Conversions.toPython(interop, pythonObject), iface));
    }

    // ---- for the JSR-223 engine ----

    /**
     * Runs {@code body} holding the interpreter as one run (lock and limits): the API calls it makes
     * are nested in that run, so streams and fallbacks set inside stay the run's own.
     */
    public <T> T exclusive(Supplier<T> body) {
        return enter(body);
    }

    /**
     * {@code iface} implemented by the functions of {@code globals} (when {@code target} is null)
     * or by {@code target}'s attributes; null when a method is missing (JSR-223's contract).
     */
    public <T> T interfaceOrNull(Map<String, Object> globals, Object target, Class<T> iface) {
        return enter(() -> {
            if (target != null) {
                return InterfaceProxy.orNull(interop, Conversions.toPython(interop, target), null, iface);
            }
            PyDict d = globals instanceof GlobalsMap g && g.interop() == interop ? g.dict() : null;
            if (d == null) {
                d = new PyDict();
                for (Map.Entry<String, Object> e : globals.entrySet()) {
                    d.putStr(Conversions.name(e.getKey()), Conversions.toPython(interop, e.getValue()));
                }
            }
            return InterfaceProxy.orNull(interop, null, d, iface);
        });
    }

    /** Whether {@code map} is a live view of one of this interpreter's namespaces. */
    public boolean isOwnGlobals(Map<String, Object> map) {
        return map instanceof GlobalsMap g && g.interop() == interop;
    }

    /** Points {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin} at new targets (inside {@link #exclusive}). */
    public void redirect(Writer stdout, Writer stderr, Reader stdin) {
        flush();
        out.setTarget(Objects.requireNonNull(stdout, "stdout"));
        err.setTarget(Objects.requireNonNull(stderr, "stderr"));
        in.setTarget(Objects.requireNonNull(stdin, "stdin"));
    }

    /** Points the streams back at the configured ones. */
    public void restoreStreams() {
        redirect(config.stdout(), config.stderr(), config.stdin());
    }

    /**
     * Sets what global names found neither in the script's globals nor in builtins resolve to
     * (JSR-223's {@code GLOBAL_SCOPE}); the function returns {@link #NO_VALUE} for "not there".
     * Null: no fallback.
     */
    public void setGlobalFallback(Function<String, ?> fallback) {
        if (fallback == null) {
            st.setGlobalFallback(null);
            return;
        }
        st.setGlobalFallback(name -> {
            Object v = fallback.apply(name);
            return v == NO_VALUE ? null : Conversions.toPython(interop, v);
        });
    }

    // ---- lifecycle ----

    @Override
    public void interrupt() {
        gate.interrupt();
    }

    @Override
    public boolean isClosed() {
        return gate.isClosed();
    }

    @Override
    public void close() {
        gate.close(() -> {
            flush();
            main.dict().clear();
            st.modules().clear();
            st.setGlobalFallback(null);
            st.setTier2(null); // its traces hold the closed interpreter's objects
            lastForeign = null;
            lastForeignDict = null;
        });
    }

    @Override
    public String toString() {
        return "HotPy interpreter (" + config.hostPolicy() + ", " + config.limits() + (isClosed() ? ", closed)" : ")");
    }
}
