package org.hotpy.core.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

import org.hotpy.api.TraceSettings;
import org.hotpy.api.pass.TracePass;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.trace.Tier2;

/**
 * Tier 2 for an embedded interpreter, from the builder's {@link TraceSettings}. Not customised:
 * no tier 2, as the command line with {@code -X trace=off}.
 * Customised: tier 2 as {@code -X trace=on} (every hot loop and function), or as {@code -X trace=auto}
 * with {@code traceSelective()}, then {@code traceThreshold(n)} as
 * {@code -X trace-threshold=n} (0 keeps the default thresholds: choosing passes asks for tracing,
 * so it is not ignored), {@code enablePasses}/{@code disablePasses} as {@code -X passes=all,+a,-b},
 * and the passes to choose from are those {@code ServiceLoader} finds on the builder thread's
 * context class loader (else the API's) plus the added instances.
 *
 * @param settings the core's settings, or null when tier 2 stays off
 * @param passes   the passes the optimiser chooses from
 */
record TraceTier(org.hotpy.core.trace.TraceSettings settings, List<TracePass> passes) {
    private static final TraceTier OFF = new TraceTier(null, List.of());

    TraceTier {
        passes = List.copyOf(passes);
    }

    /**
     * Checks {@code api} against the installed passes (before any interpreter is built, so a typo
     * costs no start-up).
     *
     * @throws IllegalArgumentException for a pass name that no installed or added pass has, or a
     *         pass both enabled and disabled
     * @throws IllegalStateException    if the installed passes cannot be loaded
     */
    static TraceTier plan(TraceSettings api, ClassLoader loader) {
        if (!api.isCustomised()) {
            return OFF;
        }
        List<TracePass> passes = discover(loader);
        passes.addAll(api.extraPasses());
        Set<String> installed = new TreeSet<>();
        passes.forEach(p -> installed.add(p.name()));
        check("enablePasses", api.enabledPasses(), installed);
        check("disablePasses", api.disabledPasses(), installed);
        for (String n : api.enabledPasses()) {
            if (api.disabledPasses().contains(n)) {
                throw new IllegalArgumentException("pass '" + n + "' is both in enablePasses and in disablePasses");
            }
        }
        return new TraceTier(coreSettings(api), passes);
    }

    /** The command line's defaults ({@code parseXOptions} of nothing), with tracing on and the choices made. */
    private static org.hotpy.core.trace.TraceSettings coreSettings(TraceSettings api) {
        List<String> x = new ArrayList<>();
        x.add(api.selective() ? "trace=auto" : "trace=on");
        if (api.threshold() > 0) {
            x.add("trace-threshold=" + api.threshold());
        }
        StringBuilder spec = new StringBuilder("all");
        api.enabledPasses().stream().sorted().forEach(n -> spec.append(",+").append(n));
        api.disabledPasses().stream().sorted().forEach(n -> spec.append(",-").append(n));
        x.add("passes=" + spec);
        // The command line leaves the verifier off (it is a debugging aid there); a pass the
        // embedder added is third-party code, and an invalid trace it produced must be dropped by
        // the verifier rather than run.
        x.add("trace-verify=" + (api.extraPasses().isEmpty() ? "off" : "on"));
        return org.hotpy.core.trace.TraceSettings.parseXOptions(x);
    }

    private static List<TracePass> discover(ClassLoader loader) {
        ClassLoader cl = loader != null ? loader : TracePass.class.getClassLoader();
        List<TracePass> out = new ArrayList<>();
        try {
            for (ServiceLoader.Provider<TracePass> p : ServiceLoader.load(TracePass.class, cl).stream().toList()) {
                out.add(p.get());
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException("the trace optimisation passes could not be loaded: " + e.getMessage(), e);
        }
        return out;
    }

    /** As the command line's {@code -X passes=}: an unknown name is an error naming the installed passes. */
    private static void check(String setting, Set<String> names, Set<String> installed) {
        for (String n : new TreeSet<>(names)) { // sorted: the same message on every run
            if (!installed.contains(n)) {
                throw new IllegalArgumentException("unknown pass '" + n + "' in " + setting + "; installed: " + installed);
            }
        }
    }

    /** Installs tier 2 on {@code st} when the settings ask for it. */
    void install(InterpreterState st) {
        if (settings != null) {
            Tier2.install(st, settings, passes);
        }
    }

    /** Whether this interpreter runs tier 2. */
    boolean enabled() {
        return settings != null;
    }
}
