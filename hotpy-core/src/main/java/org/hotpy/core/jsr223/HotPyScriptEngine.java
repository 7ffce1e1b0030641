package org.hotpy.core.jsr223;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;

import org.hotpy.api.Interpreter;
import org.hotpy.api.PyHandle;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.hotpy.core.embed.EmbeddedInterpreter;
import org.hotpy.core.embed.GlobalsMap;

/**
 * A {@code javax.script} engine over one HotPy interpreter. {@code ENGINE_SCOPE} bindings are the
 * script's module globals: the engine's own bindings ({@link #createBindings()}) live, any other
 * {@code Bindings} copied in before and the names the script bound written back after (nothing
 * else is ever written to them, so they may be unmodifiable). Names missing from the globals and
 * from builtins are looked up in {@code GLOBAL_SCOPE} as the script reads them. {@code print},
 * {@code sys.stdout}/{@code sys.stderr} and {@code input()} use the context's writers and reader;
 * {@link ScriptEngine#FILENAME} names the script in tracebacks. {@code eval} returns the value of
 * a final expression statement, else null. Every failure is a {@link ScriptException} whose cause
 * is the {@link PythonException} (a limit hit: {@code ResourceLimitException}); the engine stays
 * usable. {@link #close()} frees the interpreter.
 */
public final class HotPyScriptEngine extends AbstractScriptEngine implements Compilable, Invocable, AutoCloseable {
    private static final String DEFAULT_FILE_NAME = "<script>";

    private final HotPyScriptEngineFactory factory;
    private final EmbeddedInterpreter py;

    HotPyScriptEngine(HotPyScriptEngineFactory factory, Python.Builder builder) {
        this.factory = factory;
        // the interpreter's own streams follow the engine's default context, which callers may replace
        builder.stdout(new Forward(() -> context.getWriter()))
                .stderr(new Forward(() -> context.getErrorWriter()))
                .stdin(new ForwardReader(() -> context.getReader()));
        this.py = EmbeddedInterpreter.create(builder.config());
        context.setBindings(createBindings(), ScriptContext.ENGINE_SCOPE);
    }

    /** The interpreter behind this engine (to reach the embedding API, for example {@code interrupt()}). */
    public Interpreter interpreter() {
        return py;
    }

    /** Stops the script running in this engine (from any thread), as {@link Interpreter#interrupt()}. */
    public void interrupt() {
        py.interrupt();
    }

    @Override
    public Bindings createBindings() {
        return new HotPyBindings((GlobalsMap) py.newGlobals());
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        Objects.requireNonNull(script, "script");
        String file = fileName(ctx);
        return run(ctx, globals -> py.compile(script, file).run(globals));
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        return eval(readAll(reader), ctx);
    }

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        Objects.requireNonNull(script, "script");
        try {
            return new HotPyCompiledScript(this, py.compile(script, fileName(context)));
        } catch (PythonException e) {
            throw scriptException(e);
        }
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        Objects.requireNonNull(name, "name");
        Object[] fn = new Object[1];
        Object result = run(context, globals -> {
            fn[0] = globals.containsKey(name) ? globals.get(name) : globalScope(context, name);
            return fn[0] instanceof PyHandle h ? h.call(args) : null;
        });
        if (!(fn[0] instanceof PyHandle)) {
            throw new NoSuchMethodException("no Python function named '" + name + "'");
        }
        return result;
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        PyHandle h = pythonObject(thiz);
        Objects.requireNonNull(name, "name");
        boolean[] found = new boolean[1];
        Object result = run(context, globals -> {
            found[0] = h.hasAttr(name);
            return found[0] ? h.invoke(name, args) : null;
        });
        if (!found[0]) {
            throw new NoSuchMethodException("the Python " + h.typeName() + " object has no method '" + name + "'");
        }
        return result;
    }

    @Override
    public <T> T getInterface(Class<T> clasz) {
        checkInterface(clasz);
        Bindings b = context.getBindings(ScriptContext.ENGINE_SCOPE);
        return py.interfaceOrNull(b, null, clasz);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> clasz) {
        PyHandle h = pythonObject(thiz);
        checkInterface(clasz);
        return py.interfaceOrNull(null, h, clasz);
    }

    /** Frees the interpreter; the engine cannot be used afterwards. */
    @Override
    public void close() {
        py.close();
    }

    // ---- running in a context ----

    /** Runs {@code body} on the context's globals, streams and GLOBAL_SCOPE, as one run of the interpreter. */
    Object run(ScriptContext ctx, Function<Map<String, Object>, Object> body) throws ScriptException {
        Objects.requireNonNull(ctx, "context");
        try {
            return py.exclusive(() -> {
                Bindings engineScope = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
                Map<String, Object> globals = engineScope != null ? engineScope : py.newGlobals();
                boolean own = py.isOwnGlobals(globals);
                py.redirect(orNull(ctx.getWriter()), orNull(ctx.getErrorWriter()),
                        ctx.getReader() != null ? ctx.getReader() : Reader.nullReader());
                py.setGlobalFallback(name -> !own && globals.containsKey(name) ? globals.get(name)
                        : globalScope(ctx, name));
                try {
                    return body.apply(globals);
                } finally {
                    py.setGlobalFallback(null);
                    py.restoreStreams();
                }
            });
        } catch (PythonException e) {
            throw scriptException(e);
        }
    }

    private static Object globalScope(ScriptContext ctx, String name) {
        Bindings g = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
        return g != null && g.containsKey(name) ? g.get(name) : EmbeddedInterpreter.NO_VALUE;
    }

    private static Writer orNull(Writer w) {
        return w != null ? w : Writer.nullWriter();
    }

    private static String fileName(ScriptContext ctx) {
        Object f = ctx.getAttribute(ScriptEngine.FILENAME);
        return f != null ? f.toString() : DEFAULT_FILE_NAME;
    }

    private PyHandle pythonObject(Object thiz) {
        if (thiz instanceof PyHandle h && h.interpreter() == py) {
            return h;
        }
        throw new IllegalArgumentException("not a Python object of this engine: " + thiz);
    }

    private static void checkInterface(Class<?> clasz) {
        if (clasz == null || !clasz.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + clasz);
        }
    }

    /** A ScriptException with the Python message, file, line and column; the PythonException is its cause. */
    static ScriptException scriptException(PythonException e) {
        String file = e.fileName();
        ScriptException se = new ScriptException(e.getMessage(), file, e.lineNumber(), e.columnNumber());
        se.initCause(e);
        return se;
    }

    private static String readAll(Reader reader) throws ScriptException {
        Objects.requireNonNull(reader, "reader");
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            ScriptException se = new ScriptException("cannot read the script: " + e.getMessage());
            se.initCause(e);
            throw se;
        }
        return sb.toString();
    }

    /** A writer that writes to whatever the engine's default context's writer is at the moment. */
    private static final class Forward extends Writer {
        private final Supplier<Writer> target;

        Forward(Supplier<Writer> target) {
            this.target = target;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            orNull(target.get()).write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            orNull(target.get()).flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A reader that reads from the engine's default context's reader at the moment. */
    private static final class ForwardReader extends Reader {
        private final Supplier<Reader> target;

        ForwardReader(Supplier<Reader> target) {
            this.target = target;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            Reader r = target.get();
            return r == null ? -1 : r.read(buf, off, len);
        }

        @Override
        public void close() {
            // the context owns its reader
        }
    }
}
