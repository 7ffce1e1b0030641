package org.hotpy.core.opt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hotpy.api.pass.TracePass;

/**
 * How the optimiser runs. Build with {@link #builder()}; {@link #defaults()} runs every installed
 * pass with verification on and nothing dumped.
 *
 * @param allByDefault     run every installed pass unless excluded ({@code false}: only {@code include})
 * @param include          passes to run in addition (or only these, when not all by default)
 * @param exclude          passes never to run
 * @param extraPasses      pass instances added programmatically
 * @param useServiceLoader discover passes with {@code ServiceLoader}
 * @param classLoader      the loader for discovery, or {@code null} for the one that loaded the API
 * @param verify           run the verifier on the input and after every pass that changed the trace
 * @param maxRounds        how many rounds repeatable passes may run (at least 1)
 * @param bisectLimit      opt-bisect: run only the first N pass applications (counted across all
 *                         traces of this optimiser); negative for no limit
 * @param dumpPasses       passes around which to dump traces ({@code *}: all)
 * @param dumpBefore       dump before each chosen pass
 * @param dumpAfter        dump after each chosen pass
 * @param dumpSink         where dumps go
 * @param options          pass options ({@code call-inlining.max-depth=3})
 */
public record OptimizerConfig(boolean allByDefault, Set<String> include, Set<String> exclude,
        List<TracePass> extraPasses, boolean useServiceLoader, ClassLoader classLoader, boolean verify,
        int maxRounds, long bisectLimit, Set<String> dumpPasses, boolean dumpBefore, boolean dumpAfter,
        DumpSink dumpSink, Map<String, String> options) {

    public OptimizerConfig {
        include = Set.copyOf(include);
        exclude = Set.copyOf(exclude);
        extraPasses = List.copyOf(extraPasses);
        dumpPasses = Set.copyOf(dumpPasses);
        options = Map.copyOf(options);
        Objects.requireNonNull(dumpSink, "dumpSink");
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds must be at least 1, not " + maxRounds);
        }
    }

    /** Every installed pass, verified, no dumps. */
    public static OptimizerConfig defaults() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the pass named {@code name} is selected. */
    public boolean selects(String name) {
        return !exclude.contains(name) && (allByDefault || include.contains(name));
    }

    /** Whether to dump around {@code name}. */
    public boolean dumps(String name) {
        return dumpPasses.contains("*") || dumpPasses.contains(name);
    }

    /** Builds an {@link OptimizerConfig}. */
    public static final class Builder {
        private boolean allByDefault = true;
        private final Set<String> include = new LinkedHashSet<>();
        private final Set<String> exclude = new LinkedHashSet<>();
        private final List<TracePass> extra = new ArrayList<>();
        private boolean useServiceLoader = true;
        private ClassLoader classLoader;
        private boolean verify = true;
        private int maxRounds = 3;
        private long bisectLimit = -1;
        private final Set<String> dumpPasses = new LinkedHashSet<>();
        private boolean dumpBefore = true;
        private boolean dumpAfter = true;
        private DumpSink dumpSink = DumpSink.NONE;
        private final Map<String, String> options = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Select passes with a comma list, as the CLI's {@code --passes}: {@code all}, {@code none},
         * names to run only those ({@code a,b}), {@code -name} to leave one out ({@code all,-a}
         * or just {@code -a}), {@code +name} to add one to {@code none}.
         */
        public Builder passes(String spec) {
            include.clear();
            exclude.clear();
            allByDefault = true;
            boolean sawPlainName = false;
            for (String raw : spec.split(",")) {
                String item = raw.strip();
                if (item.isEmpty()) {
                    continue;
                }
                switch (item) {
                    case "all" -> allByDefault = true;
                    case "none" -> allByDefault = false;
                    default -> {
                        if (item.startsWith("-")) {
                            exclude.add(item.substring(1));
                        } else {
                            String name = item.startsWith("+") ? item.substring(1) : item;
                            if (!item.startsWith("+") && !sawPlainName) {
                                allByDefault = false;
                                sawPlainName = true;
                            }
                            include.add(name);
                        }
                    }
                }
            }
            return this;
        }

        /** Run the named pass even when not all are selected. */
        public Builder enable(String name) {
            include.add(name);
            exclude.remove(name);
            return this;
        }

        /** Never run the named pass. */
        public Builder disable(String name) {
            exclude.add(name);
            return this;
        }

        /** Add a pass instance (it takes part in ordering like a discovered one). */
        public Builder addPass(TracePass pass) {
            extra.add(Objects.requireNonNull(pass, "pass"));
            return this;
        }

        /** Whether to use {@code ServiceLoader} (default true). */
        public Builder serviceLoader(boolean use) {
            this.useServiceLoader = use;
            return this;
        }

        /** The class loader for discovery. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        /** Verify after each pass (default true). */
        public Builder verify(boolean on) {
            this.verify = on;
            return this;
        }

        /** Rounds for repeatable passes (default 3). */
        public Builder maxRounds(int rounds) {
            this.maxRounds = rounds;
            return this;
        }

        /** Opt-bisect: run only the first {@code n} pass applications; negative for no limit. */
        public Builder bisectLimit(long n) {
            this.bisectLimit = n;
            return this;
        }

        /** Dump around the named passes ({@code *} for all), as a comma list. */
        public Builder dump(String passes) {
            for (String p : passes.split(",")) {
                if (!p.isBlank()) {
                    dumpPasses.add(p.strip());
                }
            }
            return this;
        }

        /** Which sides of a pass to dump (default both). */
        public Builder dumpSides(boolean before, boolean after) {
            this.dumpBefore = before;
            this.dumpAfter = after;
            return this;
        }

        /** Where dumps go. */
        public Builder dumpSink(DumpSink sink) {
            this.dumpSink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** A pass option. */
        public Builder option(String key, String value) {
            options.put(key, value);
            return this;
        }

        /** The configuration. */
        public OptimizerConfig build() {
            return new OptimizerConfig(allByDefault, include, exclude, extra, useServiceLoader, classLoader, verify,
                    maxRounds, bisectLimit, dumpPasses, dumpBefore, dumpAfter, dumpSink, options);
        }
    }
}
