package org.hotpy.core.jsr223;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

import org.hotpy.api.Python;

/**
 * Makes HotPy engines for {@code javax.script} ({@code new ScriptEngineManager().getEngineByName("python")}).
 * Each engine owns a new interpreter, sandboxed with default limits unless the factory was made
 * with another configuration ({@link #HotPyScriptEngineFactory(Supplier)}).
 *
 * <p>{@code THREADING} is {@code "MULTITHREADED"}: an engine may be called from several threads,
 * which take turns (one lock per engine); scripts see each other's global state.
 */
public final class HotPyScriptEngineFactory implements ScriptEngineFactory {
    private static final List<String> NAMES = List.of("python", "hotpy", "py");
    private static final List<String> EXTENSIONS = List.of("py");
    private static final List<String> MIME_TYPES = List.of("text/x-python");
    static final String ENGINE_NAME = "HotPy";
    static final String ENGINE_VERSION = "0.1.0";
    static final String LANGUAGE_VERSION = "3.11";

    private final Supplier<Python.Builder> configuration;

    /** The factory {@code ServiceLoader} finds: sandboxed engines with default limits, output to the context. */
    public HotPyScriptEngineFactory() {
        this(Python::builder);
    }

    /** Engines configured by {@code configuration} (host policy, limits …); streams come from each context. */
    public HotPyScriptEngineFactory(Supplier<Python.Builder> configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
    }

    @Override
    public String getEngineName() {
        return ENGINE_NAME;
    }

    @Override
    public String getEngineVersion() {
        return ENGINE_VERSION;
    }

    @Override
    public List<String> getExtensions() {
        return EXTENSIONS;
    }

    @Override
    public List<String> getMimeTypes() {
        return MIME_TYPES;
    }

    @Override
    public List<String> getNames() {
        return NAMES;
    }

    @Override
    public String getLanguageName() {
        return "python";
    }

    @Override
    public String getLanguageVersion() {
        return LANGUAGE_VERSION;
    }

    @Override
    public Object getParameter(String key) {
        return switch (key) {
            case ScriptEngine.NAME -> NAMES.get(0);
            case ScriptEngine.ENGINE -> ENGINE_NAME;
            case ScriptEngine.ENGINE_VERSION -> ENGINE_VERSION;
            case ScriptEngine.LANGUAGE -> getLanguageName();
            case ScriptEngine.LANGUAGE_VERSION -> LANGUAGE_VERSION;
            case "THREADING" -> "MULTITHREADED";
            default -> null;
        };
    }

    @Override
    public String getMethodCallSyntax(String obj, String m, String... args) {
        return obj + "." + m + "(" + String.join(", ", args) + ")";
    }

    @Override
    public String getOutputStatement(String toDisplay) {
        return "print(" + literal(toDisplay) + ")";
    }

    @Override
    public String getProgram(String... statements) {
        StringBuilder sb = new StringBuilder();
        for (String s : statements) {
            sb.append(s).append('\n');
        }
        return sb.toString();
    }

    @Override
    public ScriptEngine getScriptEngine() {
        return new HotPyScriptEngine(this, configuration.get());
    }

    /** A Python string literal for {@code s} (escapes quotes, backslashes and control characters). */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\'' -> sb.append("\\'");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('\'').toString();
    }
}
