package org.hotpy.api.trace;

import java.util.List;

/** A trace broke the IR's rules; {@link #problems()} lists every broken rule found. */
public final class TraceVerificationException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    TraceVerificationException(List<String> problems, String traceText) {
        super("invalid trace (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
                + String.join("\n  ", problems) + "\nin:\n" + traceText);
        this.problems = List.copyOf(problems);
    }

    /** The problems, one sentence each, naming the instruction and value. */
    public List<String> problems() {
        return problems;
    }
}
