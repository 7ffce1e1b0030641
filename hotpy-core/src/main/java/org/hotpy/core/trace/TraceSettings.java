package org.hotpy.core.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The controls of tier 2, the same for the CLI's {@code -X} options ({@link #parseXOptions}) and
 * for embedders ({@link #builder()}).
 *
 * @param enabled          record and run traces at all
 * @param loopThreshold    back-edges of a loop before its trace is recorded (1: at once)
 * @param entryThreshold   calls of a function before its entry trace is recorded
 * @param bridgeThreshold  failures of one guard before a trace (bridge) is recorded from its exit
 * @param passes           pass selection, as {@code -X passes=} ({@code all}, {@code none},
 *                         {@code a,b}, {@code -a}, {@code none,+a})
 * @param verify           run the IR verifier on recorded traces and after every pass
 * @param dump             passes around which traces are dumped ({@code *}: all; {@code recorded}:
 *                         also the recorded traces); empty: no dumps
 * @param dumpBefore       dump before the chosen passes
 * @param dumpAfter        dump after the chosen passes
 * @param stats            print statistics at exit
 * @param bisectLimit      opt-bisect: run only the first N pass applications; negative: all
 * @param maxTraces        how many compiled traces the cache keeps (the oldest go first)
 * @param maxTraceLength   recorded IR instructions after which a trace ends with an exit
 * @param maxFollowDepth   how deep the recorder follows calls to record callee traces
 * @param passOptions      pass options ({@code call-inlining.max-depth=3})
 * @param passPath         extra jar files or folders searched for passes
 * @param jit              compile optimised traces to JVM bytecode (else the executor interprets them)
 * @param jitMaxBytes      JVM bytecode size above which a trace is not compiled to bytecode
 * @param minWorkPerRun    IR instructions a trace must run per entry, on average, to stay installed
 * @param cacheBytes       bytes of trace code (class files) the cache keeps (the oldest go first)
 * @param selective        trace only loops predicted to pay off ({@link LoopCandidates}, {@link LoopProbe}):
 *                         no function-entry traces, and the passes are found at the first such loop
 */
public record TraceSettings(boolean enabled, int loopThreshold, int entryThreshold, int bridgeThreshold,
        String passes, boolean verify, List<String> dump, boolean dumpBefore, boolean dumpAfter, boolean stats,
        long bisectLimit, int maxTraces, int maxTraceLength, int maxFollowDepth, Map<String, String> passOptions,
        List<String> passPath, boolean jit, int jitMaxBytes, int minWorkPerRun, long cacheBytes, boolean selective) {

    /** Back-edges before a loop is traced: prime, so loop trip counts rarely line up with it (PyPy's lesson). */
    public static final int DEFAULT_LOOP_THRESHOLD = 53;
    /** Calls before a function's entry is traced. */
    public static final int DEFAULT_ENTRY_THRESHOLD = 211;
    /** Guard failures before a bridge is recorded. */
    public static final int DEFAULT_BRIDGE_THRESHOLD = 67;
    /**
     * JVM bytecode size above which a trace is not compiled (and so not installed). HotSpot compiles
     * nothing above 8000 bytes, and C2's time grows much faster than the size: on pystone a 5000-byte
     * trace took 9.9 s of C2 time, a 1200-byte one 0.7 s.
     */
    public static final int DEFAULT_JIT_MAX_BYTES = 2000;
    /** The largest method HotSpot compiles ({@code -XX:-DontCompileHugeMethods} aside), less room for the prologue. */
    public static final int HOTSPOT_MAX_BYTES = 7900;
    /**
     * Bytes of trace code kept installed. The benchmarks in shared/bench peak at 20 KB (see
     * {@code -X trace-stats}) well below this; it bounds what a program with very many hot
     * paths costs in metaspace and code cache.
     */
    public static final long DEFAULT_CACHE_BYTES = 1L << 20;
    /** Average IR instructions per trace run below which a trace is dropped as not paying off. */
    public static final int DEFAULT_MIN_WORK_PER_RUN = 16;

    public TraceSettings {
        Objects.requireNonNull(passes, "passes");
        dump = List.copyOf(dump);
        passOptions = Map.copyOf(passOptions);
        passPath = List.copyOf(passPath);
        if (loopThreshold < 1 || entryThreshold < 1 || bridgeThreshold < 1) {
            throw new IllegalArgumentException("trace thresholds must be at least 1");
        }
    }

    /** Tracing on, every installed pass, the default thresholds. */
    public static TraceSettings defaults() {
        return builder().build();
    }

    /** Tracing off: tier 1 only. */
    public static TraceSettings off() {
        return builder().enabled(false).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Settings from CPython-style {@code -X} options. Options that are not tier 2's are ignored (as
     * CPython ignores unknown {@code -X} options); a tier-2 option with a malformed value is an
     * {@link IllegalArgumentException} naming it.
     *
     * <ul>
     *   <li>{@code trace=auto|on|off} ({@code auto} unless given: {@link #selective} tier 2, loops
     *       predicted to pay off only); {@code trace-threshold=N} (loops and entries; N > 0 turns
     *       tracing on for everything, 0 off),
     *       {@code trace-entry-threshold=N}, {@code trace-bridge-threshold=N}</li>
     *   <li>{@code passes=SPEC}; {@code NAME.KEY=VALUE} sets a pass option; {@code pass-path=JAR:DIR}</li>
     *   <li>{@code trace-verify=on|off} (off unless given); {@code trace-dump=PASS,...|*|recorded};
     *       {@code trace-dump-sides=before|after|both}; {@code trace-stats};
     *       {@code opt-bisect=N}; {@code trace-cache-size=N}; {@code trace-cache-bytes=N}; {@code trace-max-length=N};
     *       {@code trace-jit=on|off}; {@code trace-jit-max-bytes=N};
     *       {@code trace-min-work=N}</li>
     * </ul>
     */
    public static TraceSettings parseXOptions(List<String> xoptions) {
        // The command line traces selectively unless told otherwise: tier 2 for every loop and
        // function entry does not pay off on the whole-process benchmarks (0.69x CPython against
        // tier 1's 0.68x), tier 2 for the loops it is predicted to pay off on does (issue 6).
        // The IR verifier is a debugging aid (-X trace-verify=on): on the command line its cost,
        // and HotSpot's compiling it, would count against every traced program.
        Builder b = builder().enabled(true).selective(true).verify(false);
        for (String x : xoptions) {
            int eq = x.indexOf('=');
            String key = eq < 0 ? x : x.substring(0, eq);
            String value = eq < 0 ? null : x.substring(eq + 1);
            b.applyOption(key, value);
        }
        return b.build();
    }

    /** Builds {@link TraceSettings}. */
    public static final class Builder {
        private boolean enabled = true;
        private int loop = DEFAULT_LOOP_THRESHOLD;
        private int entry = DEFAULT_ENTRY_THRESHOLD;
        private Integer entrySet;
        private int bridge = DEFAULT_BRIDGE_THRESHOLD;
        private String passes = "all";
        private boolean verify = true;
        private final List<String> dump = new ArrayList<>();
        private boolean dumpBefore = true;
        private boolean dumpAfter = true;
        private boolean stats;
        private long bisect = -1;
        private int maxTraces = 4096;
        private int maxLength = 1500;
        private int followDepth = 3;
        private final Map<String, String> options = new LinkedHashMap<>();
        private final List<String> passPath = new ArrayList<>();
        private boolean jit = true;
        private int jitMaxBytes = DEFAULT_JIT_MAX_BYTES;
        private int minWork = DEFAULT_MIN_WORK_PER_RUN;
        private boolean jitMaxSet;
        private long cacheBytes = DEFAULT_CACHE_BYTES;
        private boolean minWorkSet;
        private boolean selective;

        private Builder() {
        }

        public Builder enabled(boolean on) {
            this.enabled = on;
            return this;
        }

        /** Trace only loops predicted to pay off, and no function entries (see {@link TraceSettings#selective}). */
        public Builder selective(boolean on) {
            this.selective = on;
            return this;
        }

        /**
         * The loop threshold, and the entry threshold unless set on its own. Threshold 1 traces
         * everything at once, for testing the tiers against each other: it also keeps every trace
         * however little it pays off, and compiles traces up to HotSpot's size limit (unless
         * {@link #minWorkPerRun} or {@link #jitMaxBytes} are set on their own).
         */
        public Builder threshold(int n) {
            this.loop = n;
            if (entrySet == null) {
                this.entry = n == 1 ? 1 : Math.max(n, DEFAULT_ENTRY_THRESHOLD * n / DEFAULT_LOOP_THRESHOLD);
            }
            if (!minWorkSet) {
                this.minWork = n == 1 ? 0 : DEFAULT_MIN_WORK_PER_RUN;
            }
            if (!jitMaxSet) {
                this.jitMaxBytes = n == 1 ? HOTSPOT_MAX_BYTES : DEFAULT_JIT_MAX_BYTES;
            }
            return this;
        }

        public Builder entryThreshold(int n) {
            this.entry = n;
            this.entrySet = n;
            return this;
        }

        public Builder bridgeThreshold(int n) {
            this.bridge = n;
            return this;
        }

        public Builder passes(String spec) {
            this.passes = spec;
            return this;
        }

        public Builder verify(boolean on) {
            this.verify = on;
            return this;
        }

        public Builder dump(String passList) {
            for (String p : passList.split(",")) {
                if (!p.isBlank()) {
                    dump.add(p.strip());
                }
            }
            return this;
        }

        public Builder dumpSides(boolean before, boolean after) {
            this.dumpBefore = before;
            this.dumpAfter = after;
            return this;
        }

        public Builder stats(boolean on) {
            this.stats = on;
            return this;
        }

        public Builder bisectLimit(long n) {
            this.bisect = n;
            return this;
        }

        public Builder maxTraces(int n) {
            this.maxTraces = n;
            return this;
        }

        public Builder maxTraceLength(int n) {
            this.maxLength = n;
            return this;
        }

        public Builder maxFollowDepth(int n) {
            this.followDepth = n;
            return this;
        }

        public Builder passOption(String key, String value) {
            options.put(key, value);
            return this;
        }

        public Builder jit(boolean on) {
            this.jit = on;
            return this;
        }

        public Builder jitMaxBytes(int n) {
            this.jitMaxBytes = n;
            this.jitMaxSet = true;
            return this;
        }

        public Builder minWorkPerRun(int n) {
            this.minWork = n;
            this.minWorkSet = true;
            return this;
        }

        public Builder cacheBytes(long n) {
            this.cacheBytes = n;
            return this;
        }

        public Builder passPath(String entry) {
            passPath.add(entry);
            return this;
        }

        void applyOption(String key, String value) {
            switch (key) {
                case "trace" -> {
                    if ("auto".equals(value)) {
                        enabled(true);
                        selective(true);
                    } else {
                        try {
                            enabled(onOff(key, value));
                        } catch (IllegalArgumentException e) {
                            throw bad(key, value, "on, off or auto");
                        }
                        selective(false);
                    }
                }
                case "trace-threshold" -> {
                    int n = nonNegative(key, value);
                    if (n == 0) {
                        enabled(false);
                    } else {
                        threshold(n);
                        enabled(true);
                        selective(false);
                    }
                }
                case "trace-entry-threshold" -> entryThreshold(positive(key, value));
                case "trace-bridge-threshold" -> bridgeThreshold(positive(key, value));
                case "passes" -> passes(required(key, value));
                case "trace-verify" -> verify(onOff(key, value));
                case "trace-dump" -> dump(value == null ? "*" : value);
                case "trace-dump-sides" -> {
                    String v = required(key, value);
                    switch (v) {
                        case "before" -> dumpSides(true, false);
                        case "after" -> dumpSides(false, true);
                        case "both" -> dumpSides(true, true);
                        default -> throw bad(key, value, "before, after or both");
                    }
                }
                case "trace-stats" -> stats(value == null || onOff(key, value));
                case "opt-bisect" -> bisectLimit(nonNegative(key, value));
                case "trace-cache-size" -> maxTraces(positive(key, value));
                case "trace-cache-bytes" -> cacheBytes(positive(key, value));
                case "trace-max-length" -> maxTraceLength(positive(key, value));
                case "trace-jit" -> jit(onOff(key, value));
                case "trace-jit-max-bytes" -> jitMaxBytes(positive(key, value));
                case "trace-min-work" -> minWorkPerRun(nonNegative(key, value));
                case "pass-path" -> {
                    for (String p : required(key, value).split(java.io.File.pathSeparator)) {
                        if (!p.isEmpty()) {
                            passPath(p);
                        }
                    }
                }
                default -> {
                    if (key.indexOf('.') > 0 && value != null) {
                        passOption(key, value);
                    }
                }
            }
        }

        private static String required(String key, String value) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("-X " + key + " needs a value (-X " + key + "=...)");
            }
            return value;
        }

        private static boolean onOff(String key, String value) {
            if (value == null) {
                return true;
            }
            return switch (value) {
                case "on", "1", "true", "yes" -> true;
                case "off", "0", "false", "no" -> false;
                default -> throw bad(key, value, "on or off");
            };
        }

        private static int nonNegative(String key, String value) {
            try {
                int n = Integer.parseInt(required(key, value).strip());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(key, value, "a non-negative integer");
        }

        private static int positive(String key, String value) {
            int n = nonNegative(key, value);
            if (n == 0) {
                throw bad(key, value, "a positive integer");
            }
            return n;
        }

        private static IllegalArgumentException bad(String key, String value, String expected) {
            return new IllegalArgumentException("-X " + key + ": expected " + expected + ", not '" + value + "'");
        }

        public TraceSettings build() {
            return new TraceSettings(enabled, loop, entry, bridge, passes, verify, dump, dumpBefore, dumpAfter, stats,
                    bisect, maxTraces, maxLength, followDepth, options, passPath, jit, jitMaxBytes, minWork, cacheBytes,
                    selective);
        }
    }
}
