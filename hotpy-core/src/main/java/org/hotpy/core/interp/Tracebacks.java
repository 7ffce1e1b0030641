package org.hotpy.core.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.exception.PyTraceback;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** Formats an exception and its chain exactly as CPython's default excepthook prints it. */
public final class Tracebacks {
    private Tracebacks() {}

    private static final Map<String, List<String>> SOURCES = new HashMap<>();

    /** The whole report: chained exceptions first, each with its traceback and message. */
    public static String format(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        formatChain(exc, sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void formatChain(PyBaseException exc, StringBuilder sb, Map<PyBaseException, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        PyBaseException cause = exc.cause();
        PyBaseException context = exc.context();
        if (cause != null && !seen.containsKey(cause)) {
            formatChain(cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != null && !exc.suppressContext() && !seen.containsKey(context)) {
            formatChain(context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        formatOne(exc, sb);
    }

    private static void formatOne(PyBaseException exc, StringBuilder sb) {
        if (exc.traceback() instanceof PyTraceback tb) {
            sb.append("Traceback (most recent call last):\n");
            formatEntries(tb, sb);
        }
        sb.append(formatExceptionOnly(exc));
    }

    private static void formatEntries(PyTraceback tb, StringBuilder sb) {
        String lastKey = null;
        int repeats = 0;
        for (PyObject t = tb; t instanceof PyTraceback e; t = e.next) {
            String key = e.frame.code.filename + ":" + e.line + ":" + e.frame.code.name;
            if (key.equals(lastKey)) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                flushRepeats(sb, repeats);
                repeats = 0;
                lastKey = key;
            }
            sb.append("  File \"").append(e.frame.code.filename).append("\", line ").append(e.line)
                    .append(", in ").append(e.frame.code.name).append('\n');
            String line = ScriptSources.line(e.frame.code, e.line); // embedding hook (issue 5): scripts from strings
            if (line == null) {
                line = sourceLine(e.frame.code.filename, e.line);
            }
            if (line != null && !line.isBlank()) {
                sb.append("    ").append(stripLeadingAndNewline(line)).append('\n');
                String carets = carets(e, line);
                if (carets != null) {
                    sb.append(carets).append('\n');
                }
            }
        }
        flushRepeats(sb, repeats);
    }

    /**
     * One traceback entry as the default hook prints it ({@code File} line, source line, caret
     * line), for the {@code traceback} module, which groups and limits entries itself.
     */
    public static String formatEntry(PyTraceback e) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(e.frame.code.filename).append("\", line ").append(e.line)
                .append(", in ").append(e.frame.code.name).append('\n');
        String line = sourceLine(e.frame.code.filename, e.line);
        if (line != null && !line.isBlank()) {
            sb.append("    ").append(stripLeadingAndNewline(line)).append('\n');
            String carets = carets(e, line);
            if (carets != null) {
                sb.append(carets).append('\n');
            }
        }
        return sb.toString();
    }

    /** CPython's default hook prints the line without its indentation but keeps trailing blanks. */
    private static String stripLeadingAndNewline(String line) {
        return line.stripLeading();
    }

    private static String carets(PyTraceback e, String line) {
        int[] pos = e.frame.code.positions;
        int i = e.lasti;
        if (pos == null || i < 0 || 3 * i + 2 >= pos.length || e.frame.code.lineAt(i) != e.line) {
            return null;
        }
        return TracebackCarets.caretLine(line, e.line, pos[3 * i], pos[3 * i + 1], pos[3 * i + 2]);
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s")
                    .append("]\n");
        }
    }

    /** The last line(s): {@code Type: message}, with SyntaxError's source and caret, and notes. */
    public static String formatExceptionOnly(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        PyType t = exc.type();
        String mod = t.moduleName();
        String name = mod.equals("builtins") || mod.equals("__main__") ? t.qualname() : mod + "." + t.qualname();
        if (t.isSubtypeOf(ExceptionTypes.SYNTAX_ERROR)) {
            formatSyntaxError(exc, sb, name);
        } else {
            String msg;
            try {
                msg = Protocols.str(exc).value();
            } catch (RuntimeException | StackOverflowError e) {
                // as CPython: an exception whose str() fails or recurses without end (its args
                // holding itself) is still reported, with this placeholder for its message
                msg = "<exception str() failed>";
            }
            sb.append(msg.isEmpty() ? name : name + ": " + msg).append('\n');
        }
        PyObject notes = exc.attr("__notes__");
        if (notes != null) {
            try {
                Iteration.forEach(notes, n -> sb.append(n instanceof PyStr s ? s.value() : Protocols.repr(n).value())
                        .append('\n'));
            } catch (RuntimeException e) {
                sb.append("<__notes__ iteration failed>\n");
            }
        }
        return sb.toString();
    }

    private static void formatSyntaxError(PyBaseException exc, StringBuilder sb, String name) {
        PyObject fn = exc.attr("filename");
        PyObject ln = exc.attr("lineno");
        PyObject text = exc.attr("text");
        PyObject offset = exc.attr("offset");
        PyObject endOffset = exc.attr("end_offset");
        PyObject endLine = exc.attr("end_lineno");
        if (fn instanceof PyStr f) {
            sb.append("  File \"").append(f.value()).append("\", line ")
                    .append(ln instanceof PyInt l ? String.valueOf(l.value) : "?").append('\n');
        }
        if (text instanceof PyStr tx) {
            String raw = tx.value();
            int nl = raw.indexOf('\n');
            String line = nl >= 0 ? raw.substring(0, nl) : raw;
            String stripped = line.stripLeading();
            int removed = line.length() - stripped.length();
            String shown = stripped.stripTrailing();
            sb.append("    ").append(shown).append('\n');
            if (offset instanceof PyInt o && o.value >= 1) {
                int start = (int) o.value - 1 - removed;
                int end = start + 1;
                boolean sameLine = !(endLine instanceof PyInt el) || !(ln instanceof PyInt l2) || el.value == l2.value;
                if (endOffset instanceof PyInt eo && sameLine && eo.value > o.value) {
                    end = (int) eo.value - 1 - removed;
                }
                start = Math.max(0, Math.min(start, shown.length()));
                end = Math.max(start + 1, Math.min(end, shown.length() + 1));
                sb.append("    ").append(" ".repeat(start)).append("^".repeat(end - start)).append('\n');
            }
        }
        PyObject msg = exc.attr("msg");
        String m = msg == null || msg == PyNone.NONE ? Protocols.str(exc).value() : Protocols.str(msg).value();
        sb.append(name).append(": ").append(m).append('\n');
    }

    /** A line of a source file, read once and cached (CPython's linecache). */
    public static String sourceLine(String filename, int line) {
        InterpreterState st = InterpreterState.currentOrNull(); // embedding hook (issue 5): file policy
        if (st != null && !st.hostAccess().mayReadTracebackSource(filename)) {
            return null;
        }
        List<String> lines;
        synchronized (SOURCES) {
            lines = SOURCES.get(filename);
            if (lines == null) {
                lines = readLines(filename);
                SOURCES.put(filename, lines);
            }
        }
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }

    private static List<String> readLines(String filename) {
        if (filename.startsWith("<")) {
            return List.of();
        }
        try {
            Path p = Path.of(filename);
            if (!Files.isRegularFile(p)) {
                return List.of();
            }
            String text = org.hotpy.core.lexer.SourceDecoder.decode(Files.readAllBytes(p), filename);
            return List.of(text.split("\\r\\n|\\r|\\n", -1));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Lines for a traceback entry list, for the {@code traceback} module. */
    public static List<String> entries(PyTraceback tb) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        formatEntries(tb, sb);
        for (String l : sb.toString().split("\n")) {
            out.add(l);
        }
        return out;
    }
}
