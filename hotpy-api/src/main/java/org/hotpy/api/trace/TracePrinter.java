package org.hotpy.api.trace;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prints the text form (grammar in {@link TraceText}). Values are named in order of first
 * appearance ({@code p0, i1, ...}), so two traces that differ only in numbering print the same.
 */
final class TracePrinter {
    static final Pattern BARE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.$]*");

    private final Map<Value, String> names = new IdentityHashMap<>();
    private final Map<ObjRef, String> refNames = new HashMap<>();
    private final Map<String, ObjRef> takenRefNames = new HashMap<>();
    private final boolean contextFree;
    private int counter;

    private TracePrinter(boolean contextFree) {
        this.contextFree = contextFree;
    }

    static String print(Trace t, boolean exitNumbers) {
        return new TracePrinter(false).trace(t, exitNumbers);
    }

    /** A printer that has named every value of {@code t} as {@link #print} does, for messages. */
    static TracePrinter namedFor(Trace t) {
        TracePrinter p = new TracePrinter(false);
        p.trace(t, false);
        return p;
    }

    /** {@code in} with the names this printer gave. */
    String text(Instr in) {
        StringBuilder sb = new StringBuilder();
        instr(sb, in);
        return sb.toString();
    }

    /** {@code v} with the name this printer gave. */
    String text(Value v) {
        return name(v);
    }

    /** One instruction, values named by their index (for messages and debugging). */
    static String instrText(Instr in) {
        StringBuilder sb = new StringBuilder();
        new TracePrinter(true).instr(sb, in);
        return sb.toString();
    }

    /** A constant's text. */
    static String constantText(Value c) {
        return new TracePrinter(true).constant(c);
    }

    private String trace(Trace t, boolean exitNumbers) {
        StringBuilder sb = new StringBuilder();
        if (!t.anchor().equals(Anchor.UNKNOWN)) {
            sb.append(t.anchor().type() == Anchor.Type.LOOP ? "loop " : "entry ")
                    .append(ref(t.anchor().code())).append(':').append(t.anchor().pc()).append('\n');
        }
        sb.append('[');
        values(sb, t.params());
        sb.append("]\n");
        Snapshot previous = null;
        for (Instr in : t.instructions()) {
            previous = instr(sb, in, previous);
            if (exitNumbers && in.exitIndex() >= 0) {
                sb.append("  # exit ").append(in.exitIndex());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private void instr(StringBuilder sb, Instr in) {
        instr(sb, in, null);
    }

    private Snapshot instr(StringBuilder sb, Instr in, Snapshot previous) {
        if (in.op() == Op.LABEL) {
            sb.append('[');
            values(sb, in.labelValues());
            sb.append("] = ");
        } else if (in.result() != null) {
            sb.append(name(in.result())).append(" = ");
        }
        sb.append(in.op().textName());
        imm(sb, in.imm());
        sb.append('(');
        values(sb, in.args());
        sb.append(')');
        if (in.feedback() != null && !in.feedback().isEmpty()) {
            feedback(sb, in.feedback());
        }
        Snapshot s = in.snapshot();
        if (s != null) {
            if (s.equals(previous)) {
                sb.append(" {=}");
            } else {
                snapshot(sb, s);
            }
            return s;
        }
        return previous;
    }

    private void imm(StringBuilder sb, Imm imm) {
        if (imm == null) {
            return;
        }
        String text;
        if (imm instanceof BinaryOperator b) {
            text = b.textName();
        } else if (imm instanceof CompareOperator c) {
            text = c.textName();
        } else if (imm instanceof Imm.Name n) {
            text = word(n.name());
        } else if (imm instanceof Imm.Index i) {
            text = Integer.toString(i.value());
        } else if (imm instanceof Imm.Names ns) {
            text = ns.names().isEmpty() ? null : String.join(", ", ns.names().stream().map(TracePrinter::word).toList());
        } else {
            text = word(((Intrinsic) imm).name());
        }
        if (text != null) {
            sb.append('[').append(text).append(']');
        }
    }

    private void feedback(StringBuilder sb, Feedback f) {
        sb.append(" <");
        for (int i = 0; i < f.types().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(ref(f.types().get(i)));
        }
        if (f.shape() != null) {
            sb.append("; shape=").append(ref(f.shape()));
        }
        if (f.value() != null) {
            sb.append("; value=").append(ref(f.value()));
        }
        sb.append('>');
    }

    private void snapshot(StringBuilder sb, Snapshot s) {
        sb.append(" {");
        for (int i = 0; i < s.frames().size(); i++) {
            FrameState f = s.frames().get(i);
            sb.append(i == 0 ? "" : ", ").append(ref(f.code())).append(':').append(f.pc());
            if (f.function() != null) {
                sb.append('(').append(name(f.function())).append(')');
            }
            sb.append(" [");
            values(sb, f.locals());
            if (!f.stack().isEmpty()) {
                sb.append(f.locals().isEmpty() ? "| " : " | ");
                values(sb, f.stack());
            }
            sb.append(']');
        }
        for (VirtualObject v : s.virtuals()) {
            sb.append("; ").append(name(v.value())).append(" = ").append(v.op().textName()).append('(');
            values(sb, v.args());
            sb.append(')');
        }
        sb.append('}');
    }

    private void values(StringBuilder sb, List<Value> vs) {
        for (int i = 0; i < vs.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(name(vs.get(i)));
        }
    }

    private String name(Value v) {
        if (v.isConstant()) {
            return constant(v);
        }
        if (contextFree) {
            return v.kind().prefix() + Integer.toString(v.index());
        }
        return names.computeIfAbsent(v, k -> k.kind().prefix() + Integer.toString(counter++));
    }

    private String constant(Value c) {
        return switch (c.kind()) {
            case INT64 -> Long.toString(c.longValue());
            case FLOAT64 -> floatText(c.doubleValue());
            case BOOL -> Boolean.toString(c.boolValue());
            case OBJECT -> c.isNull() ? "null" : ref(c.refValue());
        };
    }

    static String floatText(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return Double.toString(d);
    }

    private String ref(ObjRef r) {
        String n = refNames.get(r);
        if (n == null) {
            String base = r.refName();
            n = base;
            for (int k = 2; takenRefNames.containsKey(n) && !takenRefNames.get(n).equals(r); k++) {
                n = base + "~" + k;
            }
            takenRefNames.put(n, r);
            refNames.put(r, n);
        }
        return "@" + word(n);
    }

    /** A name, bare if it is a plain word, else quoted with Java escapes. */
    static String word(String s) {
        if (BARE.matcher(s).matches()) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
