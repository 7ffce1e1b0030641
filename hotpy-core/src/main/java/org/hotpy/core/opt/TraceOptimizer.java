package org.hotpy.core.opt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;

import org.hotpy.api.pass.IntrinsicRegistry;
import org.hotpy.api.pass.PassContext;
import org.hotpy.api.pass.PassStats;
import org.hotpy.api.pass.RuntimeView;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Anchor;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.hotpy.api.trace.TraceVerifier;
import org.hotpy.core.log.LazyLogger;
import org.slf4j.Logger;

/**
 * Runs the optimisation passes over recorded traces. Built once per interpreter: discovery,
 * checking and ordering happen in the constructor, so a cycle, a missing required pass or an
 * unknown pass name fails at start-up with an {@link OptimizerConfigurationException}.
 *
 * <p>{@link #optimize(Trace)} runs the passes in order, in rounds: every selected pass in round 1,
 * then, while some pass changed the trace, the passes whose {@link TracePass#maxRuns()} allows
 * another round, up to the configured number of rounds. A pass that throws, or returns a trace the
 * verifier rejects, makes {@code optimize} return empty ("no optimised trace": stay in tier 1);
 * that is logged at WARN and counted.
 */
public final class TraceOptimizer {
    private static final Logger LOG = LazyLogger.of(TraceOptimizer.class);

    private final OptimizerConfig config;
    private final RuntimeView runtime;
    private final IntrinsicRegistry intrinsics;
    private final List<TracePass> passes;
    private final Map<String, PassStatistics> stats = new LinkedHashMap<>();
    private final AtomicLong traceCounter = new AtomicLong();
    private final AtomicLong applications = new AtomicLong();
    private long fallbacks;
    private String lastBisectApplication = "none";
    private boolean bisectLimitReported;

    /**
     * An optimiser with the passes {@code config} selects.
     *
     * @param config      what to run and how
     * @param runtime     the core's read-only view of runtime objects
     * @param intrinsics  where passes register intrinsics (the executor resolves them here)
     * @throws OptimizerConfigurationException if the passes cannot be set up as configured
     */
    public TraceOptimizer(OptimizerConfig config, RuntimeView runtime, IntrinsicRegistry intrinsics) {
        this(config, choosePasses(config), runtime, intrinsics);
    }

    /**
     * An optimiser running {@code chosen}, which {@link #choosePasses} returned for a configuration
     * selecting the same passes as {@code config} (so the discovery may run ahead, on another thread).
     */
    public TraceOptimizer(OptimizerConfig config, List<TracePass> chosen, RuntimeView runtime,
            IntrinsicRegistry intrinsics) {
        this.config = config;
        this.runtime = runtime;
        this.intrinsics = intrinsics;
        this.passes = List.copyOf(chosen);
        for (TracePass p : passes) {
            stats.put(p.name(), new PassStatistics(p.name()));
        }
        if (LOG.isDebugEnabled()) { // no stream set up at every start-up of tier 2 otherwise
            LOG.debug("trace passes in order: {}", passes.stream().map(TracePass::name).toList());
        }
    }

    /**
     * The passes {@code config} selects, in run order: discovery ({@code ServiceLoader} and the
     * added instances), the checks and the ordering, the costly part of building an optimiser.
     *
     * @throws OptimizerConfigurationException if the passes cannot be set up as configured
     */
    public static List<TracePass> choosePasses(OptimizerConfig config) {
        return List.copyOf(PassOrder.order(PassOrder.byName(discover(config)), config));
    }

    private static List<TracePass> discover(OptimizerConfig config) {
        List<TracePass> out = new ArrayList<>();
        if (config.useServiceLoader()) {
            ClassLoader cl = config.classLoader() != null ? config.classLoader() : TracePass.class.getClassLoader();
            // the iterator rather than stream(): the same providers, without the stream library's
            // set-up in the first milliseconds of tier 2
            for (TracePass p : ServiceLoader.load(TracePass.class, cl)) {
                out.add(p);
            }
        }
        out.addAll(config.extraPasses());
        return out;
    }

    /** The passes that run, in order. */
    public List<TracePass> passes() {
        return passes;
    }

    /** The configuration. */
    public OptimizerConfig config() {
        return config;
    }

    /**
     * Optimise a recorded trace.
     *
     * @return the optimised trace (possibly the input itself when no pass changed it), or empty
     *         when the trace must not run in tier 2 (invalid input, a pass failed)
     */
    public Optional<Trace> optimize(Trace trace) {
        long id = traceCounter.incrementAndGet();
        String where = "trace #" + id + " " + describe(trace.anchor());
        if (config.verify()) {
            List<String> problems = TraceVerifier.problems(trace);
            if (!problems.isEmpty()) {
                return fallback("the recorded " + where + " is invalid: " + problems, null, trace);
            }
        }
        Trace t = trace;
        for (int round = 1; round <= config.maxRounds(); round++) {
            boolean changed = false;
            boolean anyLeft = false;
            for (TracePass pass : passes) {
                if (round > pass.maxRuns()) {
                    continue;
                }
                anyLeft |= round < pass.maxRuns();
                Optional<Trace> r = apply(pass, t, round, where);
                if (r.isEmpty()) {
                    return Optional.empty();
                }
                changed |= r.get() != t;
                t = r.get();
            }
            if (!changed || !anyLeft) {
                break;
            }
        }
        return Optional.of(t);
    }

    /** One pass application; empty means the trace is dropped. */
    private Optional<Trace> apply(TracePass pass, Trace t, int round, String where) {
        PassStatistics st = stats.get(pass.name());
        PassContext ctx = PassContext.of(runtime, config.options(), intrinsics, new PassStats(), round);
        Optional<String> notApplicable = pass.notApplicable(t, ctx);
        if (notApplicable.isPresent()) {
            synchronized (this) {
                st.recordSkip();
            }
            LOG.debug("{} not applicable to {}: {}", pass.name(), where, notApplicable.get());
            return Optional.of(t);
        }
        if (!bisectAllows(pass, where)) {
            return Optional.of(t);
        }
        String title = pass.name() + " (" + where + ", round " + round + ")";
        if (config.dumpBefore() && config.dumps(pass.name())) {
            config.dumpSink().dump("before " + title, TraceText.printWithExitNumbers(t));
        }
        long start = System.nanoTime();
        Trace result;
        try {
            result = pass.run(t, ctx);
            if (result == null) {
                throw new IllegalStateException("pass returned null instead of a trace");
            }
        } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
            failed(st, start);
            return fallback("pass " + pass.name() + " threw on " + where, e, t);
        }
        long elapsed = System.nanoTime() - start;
        if (config.verify() && result != t) {
            List<String> problems = TraceVerifier.problems(result);
            if (!problems.isEmpty()) {
                failed(st, start);
                return fallback("pass " + pass.name() + " produced an invalid trace from " + where + ": "
                        + String.join("; ", problems), null, result);
            }
        }
        synchronized (this) {
            st.recordRun(elapsed, t.size(), result.size(), t.guardCount(), result.guardCount(), result != t,
                    ctx.stats());
        }
        if (config.dumpAfter() && config.dumps(pass.name())) {
            config.dumpSink().dump("after " + title + (result == t ? " (unchanged)" : ""),
                    TraceText.printWithExitNumbers(result));
        }
        return Optional.of(result);
    }

    private boolean bisectAllows(TracePass pass, String where) {
        long n = applications.incrementAndGet();
        if (config.bisectLimit() < 0) {
            return true;
        }
        synchronized (this) {
            if (n <= config.bisectLimit()) {
                lastBisectApplication = "#" + n + ": " + pass.name() + " on " + where;
                LOG.info("opt-bisect: running pass application {}", lastBisectApplication);
                return true;
            }
            stats.get(pass.name()).recordBisectSkip();
            if (!bisectLimitReported) {
                bisectLimitReported = true;
                LOG.info("opt-bisect: limit {} reached; the last application run was {}; not running #{} ({} on {})"
                        + " or any later", config.bisectLimit(), lastBisectApplication, n, pass.name(), where);
            }
            return false;
        }
    }

    private synchronized void failed(PassStatistics st, long start) {
        st.recordFailure(System.nanoTime() - start);
    }

    private Optional<Trace> fallback(String why, Throwable cause, Trace trace) {
        synchronized (this) {
            fallbacks++;
        }
        if (cause != null) {
            LOG.warn("{}; the trace is dropped and execution stays in tier 1. Trace:\n{}", why,
                    TraceText.print(trace), cause);
        } else {
            LOG.warn("{}; the trace is dropped and execution stays in tier 1. Trace:\n{}", why, TraceText.print(trace));
        }
        return Optional.empty();
    }

    /** The last pass application opt-bisect let run ({@code #n: pass on trace}), or {@code none}. */
    public synchronized String lastBisectApplication() {
        return lastBisectApplication;
    }

    /** A copy of the statistics so far. */
    public synchronized OptimizerStatistics statistics() {
        List<PassStatistics> copy = new ArrayList<>();
        for (PassStatistics p : stats.values()) {
            copy.add(p.copy());
        }
        return new OptimizerStatistics(List.copyOf(copy), traceCounter.get(), fallbacks);
    }

    private static String describe(Anchor a) {
        return (a.type() == Anchor.Type.LOOP ? "loop " : "entry ") + a.code().refName() + ":" + a.pc();
    }
}
