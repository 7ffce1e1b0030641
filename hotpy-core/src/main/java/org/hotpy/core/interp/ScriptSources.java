package org.hotpy.core.interp;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.model.PyObject;

/**
 * The source text of code an embedder compiled from a string, so that tracebacks show its lines
 * although no file holds them (CPython's {@code linecache} only reads files, so its {@code exec}
 * of a string shows none). Keyed by the code objects themselves, weakly: a line is found only for
 * the code that was compiled from that text, never for other code that happens to share its file
 * name ({@code "<string>"}), and the text goes when the code does.
 */
public final class ScriptSources {
    private ScriptSources() {}

    // CodeObject keeps Object's identity equals/hashCode, so this is an identity map
    private static final Map<CodeObject, Text> SOURCES = Collections.synchronizedMap(new WeakHashMap<>());

    /** Remembers {@code source} as the text of {@code root} and of every code object nested in it. */
    public static void register(CodeObject root, String source) {
        Text text = new Text(source);
        register(root, text);
    }

    private static void register(CodeObject code, Text text) {
        SOURCES.put(code, text);
        for (PyObject c : code.consts) {
            if (c instanceof CodeObject nested) {
                register(nested, text);
            }
        }
    }

    /** Line {@code line} (1-based) of the text {@code code} was compiled from, or null if not registered. */
    static String line(CodeObject code, int line) {
        Text text = SOURCES.get(code);
        return text == null ? null : text.line(line);
    }

    /** The text, split into lines when a traceback first needs one. */
    private static final class Text {
        private final String source;
        private volatile String[] lines;

        Text(String source) {
            this.source = source;
        }

        String line(int n) {
            String[] ls = lines;
            if (ls == null) {
                ls = source.split("\\r\\n|\\r|\\n", -1);
                lines = ls;
            }
            return n >= 1 && n <= ls.length ? ls[n - 1] : null;
        }
    }
}
