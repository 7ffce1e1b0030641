package org.hotpy.core.trace;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hotpy.api.pass.IntrinsicRegistry;
import org.hotpy.api.pass.TracePass;
import org.hotpy.api.trace.Trace;
import org.hotpy.api.trace.TraceText;
import org.hotpy.api.trace.TraceVerifier;
import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.log.LazyLogger;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.opt.DumpSink;
import org.hotpy.core.opt.OptimizerConfig;
import org.hotpy.core.opt.TraceOptimizer;
import org.hotpy.core.types.function.PyFunction;
import org.slf4j.Logger;

/**
 * Tier 2 of one interpreter: its settings, the trace optimiser (with the passes found by
 * {@code ServiceLoader}), the core's {@link org.hotpy.api.pass.RuntimeView}, the bounded cache of
 * compiled traces and the statistics. The hooks ({@link TraceHooks}) call in here: record when a
 * counter runs out, run a trace when one is installed, chain from trace to trace (and into bridges)
 * after exits, and drop traces whose assumptions failed for good.
 *
 * <p>Used by one thread at a time, as its interpreter is.
 */
public final class Tier2 {
    private static final Logger LOG = LazyLogger.of(Tier2.class);
    /** Runs of a trace between two checks of its payoff. */
    static final int PAYOFF_WINDOW = 512;

    private final InterpreterState state;
    private final TraceSettings settings;
    /** What a trace is worth running, by the settings' price of leaving one. */
    final TraceWorth worth;
    /** When an anchor is tried again after a failure, and when it is given up. */
    private final RetryPolicy retries;
    /** The optimiser; in selective mode made at the first loop worth tracing ({@link #optimizer()}). */
    private TraceOptimizer optimizer;
    /** Selective mode: the passes being chosen in the background since the first probe, or null. */
    private Preparation preparing;
    /** As given to the constructor: exactly the passes to choose from, or null to discover them. */
    private final List<TracePass> passes;
    private final IntrinsicRegistry intrinsics = IntrinsicRegistry.create();
    private final TraceStats stats = new TraceStats();
    private final FunctionVersions versions = new FunctionVersions();
    private final ArrayDeque<CompiledTrace> installed = new ArrayDeque<>();
    /** Every trace compiled, kept only with {@code -X trace-stats} for the per-trace table. */
    private final List<CompiledTrace> everCompiled = new java.util.ArrayList<>();
    /** Where traces are dumped, or null when they are not ({@code -X trace-dump}). */
    private final DumpSink dumps;
    private final boolean dumpRecorded;
    private boolean recording;
    /** Bytes of code (class files, or executor instructions) of the installed traces. */
    private long installedBytes;
    /**
     * While a trace is forecast and optimised: the functions it is to call rather than inline
     * ({@link RetryPolicy#callInstead}).
     */
    private Set<CodeObject> calledInsteadNow = Set.of();
    /** Where {@link Executor} leaves the value an entry trace (or a bridge) returned. */
    PyObject returned;

    /**
     * {@code passes}: exactly the passes to choose from, or null to discover them with {@code ServiceLoader};
     * {@code chosen}: when not null, those passes already chosen and ordered for {@code settings}.
     */
    private Tier2(InterpreterState state, TraceSettings settings, List<TracePass> passes, List<TracePass> chosen) {
        this.state = state;
        this.settings = settings;
        this.worth = new TraceWorth(settings);
        this.retries = new RetryPolicy(stats);
        // null rather than DumpSink.NONE until the optimiser is made: a program that traces nothing
        // does not load the class
        this.dumps = settings.dump().isEmpty() ? null : DumpSink.to(state.config().stderr());
        this.dumpRecorded = settings.dump().contains("recorded") || settings.dump().contains("*");
        this.passes = passes;
        // In selective mode with the default passes to discover, the discovery waits for the first
        // loop worth tracing (most programs have none); else it runs now, so that a bad selection
        // fails at start
        if (chosen != null || !deferPasses(settings, passes)) {
            this.optimizer = makeOptimizer(chosen);
        }
    }

    /** The optimiser with the {@code chosen} passes (null: choose now among {@link #passes}). */
    private TraceOptimizer makeOptimizer(List<TracePass> chosen) {
        OptimizerConfig config = optimizerConfig(settings, dumps != null ? dumps : DumpSink.NONE, passes);
        return chosen != null
                ? new TraceOptimizer(config, chosen, new CoreRuntimeView(this), intrinsics)
                : new TraceOptimizer(config, new CoreRuntimeView(this), intrinsics);
    }

    /**
     * The passes for {@code settings}, chosen on a thread of their own while the interpreter starts:
     * {@code ServiceLoader} discovery, loading the pass classes, checking and ordering them took
     * about 50 ms of the main thread at every start with {@code -X trace=on}, before any loop was hot.
     * The command line starts it before bootstrapping the interpreter and
     * {@link #install(InterpreterState, TraceSettings, Preparation)} waits for it, so a bad pass
     * selection still fails there, before the program runs.
     */
    public static final class Preparation implements java.util.concurrent.Callable<List<TracePass>> {
        private final TraceSettings settings;
        private final java.util.concurrent.FutureTask<List<TracePass>> task;

        private Preparation(TraceSettings settings) {
            this.settings = settings;
            this.task = new java.util.concurrent.FutureTask<>(this);
        }

        @Override
        public List<TracePass> call() {
            // No lambda on this path (DumpSink.NONE, PassOrder) nor in the passes' and trace
            // compiler's first runs: spectral_norm then never sets up the JDK's lambda support,
            // about 8 ms of this thread that the interpreter's thread could wait for
            return TraceOptimizer.choosePasses(optimizerConfig(settings, DumpSink.NONE, null));
        }

        /** The chosen passes; what choosing them threw is thrown here. */
        List<TracePass> get() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException r) {
                    throw r;
                }
                if (c instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(c);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Whether the passes are chosen only when a loop is first found worth tracing: in selective
     * mode, when they are to be discovered with the default selection and options (nothing the
     * user gave that could fail).
     */
    private static boolean deferPasses(TraceSettings settings, List<TracePass> passes) {
        return settings.selective() && passes == null && settings.passes().equals("all")
                && settings.passPath().isEmpty() && settings.passOptions().isEmpty();
    }

    /**
     * Starts choosing the passes for {@code settings} on a daemon thread (see {@link Preparation});
     * null when tracing is off, or when the choice waits for the first loop worth tracing
     * ({@link #deferPasses}).
     */
    public static Preparation prepare(TraceSettings settings) {
        if (!settings.enabled() || deferPasses(settings, null)) {
            return null;
        }
        return startPreparing(settings);
    }

    private static Preparation startPreparing(TraceSettings settings) {
        Preparation p = new Preparation(settings);
        Thread t = new Thread(p.task, "hotpy-tier2-setup");
        t.setDaemon(true);
        t.start();
        return p;
    }

    /**
     * {@link #install(InterpreterState, TraceSettings)} with the passes {@code prepared} chose for
     * the same settings ({@link #prepare}; null to choose them here).
     */
    public static Tier2 install(InterpreterState state, TraceSettings settings, Preparation prepared) {
        if (prepared == null || !settings.enabled()) {
            return install(state, settings);
        }
        if (prepared.settings != settings) {
            throw new IllegalArgumentException("the passes were prepared for other settings");
        }
        Tier2 t = new Tier2(state, settings, null, prepared.get());
        state.setTier2(t);
        return t;
    }

    /**
     * Turns tier 2 on for {@code state} with {@code settings} (off when they say so). Builds the
     * optimiser at once, so a bad pass selection, a missing required pass or an ordering cycle fails
     * here with an {@link org.hotpy.core.opt.OptimizerConfigurationException} naming it.
     *
     * @return the installed tier 2, or null when tracing is off
     */
    public static Tier2 install(InterpreterState state, TraceSettings settings) {
        return installWith(state, settings, null);
    }

    /**
     * {@link #install(InterpreterState, TraceSettings)} choosing among exactly {@code passes} instead
     * of discovering passes: the embedding API finds them on the embedder's class loader and adds
     * the embedder's own instances, and has checked the names it was given against them.
     */
    public static Tier2 install(InterpreterState state, TraceSettings settings, List<TracePass> passes) {
        return installWith(state, settings, List.copyOf(passes));
    }

    /** {@code passes}: exactly the passes to choose from, or null to discover them. */
    private static Tier2 installWith(InterpreterState state, TraceSettings settings, List<TracePass> passes) {
        if (!settings.enabled()) {
            state.setTier2(null);
            return null;
        }
        Tier2 t = new Tier2(state, settings, passes, null);
        state.setTier2(t);
        return t;
    }

    private static OptimizerConfig optimizerConfig(TraceSettings s, DumpSink dumps, List<TracePass> passes) {
        OptimizerConfig.Builder b = OptimizerConfig.builder().passes(s.passes()).verify(s.verify())
                .bisectLimit(s.bisectLimit()).dumpSides(s.dumpBefore(), s.dumpAfter()).dumpSink(dumps);
        for (String d : s.dump()) {
            if (!d.equals("recorded")) {
                b.dump(d);
            }
        }
        for (Map.Entry<String, String> e : s.passOptions().entrySet()) {
            b.option(e.getKey(), e.getValue());
        }
        if (passes != null) {
            b.serviceLoader(false);
            passes.forEach(b::addPass);
        } else if (!s.passPath().isEmpty()) {
            b.classLoader(passLoader(s.passPath()));
        }
        return b.build();
    }

    /** A loader for passes in extra jars or folders, delegating to the one that loaded the API. */
    private static ClassLoader passLoader(List<String> path) {
        URL[] urls = new URL[path.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = new File(path.get(i)).toURI().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("-X pass-path: not a file or folder: " + path.get(i), e);
            }
        }
        return new URLClassLoader("hotpy-passes", urls, TracePass.class.getClassLoader());
    }

    public TraceSettings settings() {
        return settings;
    }

    InterpreterState state() {
        return state;
    }

    TraceStats stats() {
        return stats;
    }

    FunctionVersions functionVersions() {
        return versions;
    }

    /** The optimiser (its passes and per-pass statistics), made now if it was left for later. */
    public TraceOptimizer optimizer() {
        if (optimizer == null) {
            optimizer = makeOptimizer(preparing != null ? preparing.get() : null);
            preparing = null;
        }
        return optimizer;
    }

    /** Whether the optimiser has been made or is being made (in selective mode, only once a loop is found worth tracing). */
    boolean hasOptimizer() {
        return optimizer != null || preparing != null;
    }

    /**
     * Selective mode: a loop was found worth tracing, so the passes are chosen on a thread of their
     * own while it is recorded (see {@link Preparation}), unless the optimiser exists or is being
     * prepared. Not earlier, at the first probe: most probes find their loop turning too little,
     * and the discovery's CPU time then cost fannkuch and nbody 3-6% of their whole-process time
     * on two cores, shared with HotSpot's compiler threads.
     */
    private void preparePasses() {
        if (optimizer == null && preparing == null) {
            preparing = startPreparing(settings);
        }
    }

    /** The traces installed now, oldest first. */
    List<CompiledTrace> installedTraces() {
        return List.copyOf(installed);
    }

    /** The statistics of the optimiser and of tier 2, as a table for printing at exit. */
    public String statisticsReport() {
        return optimizer().statistics().format() + stats.format() + TraceStats.perTrace(everCompiled, 15);
    }

    // ------------------------------------------------------------------ hooks

    int backEdge(InterpreterState ts, Frame f, int jumpPc, int target) {
        CodeObject code = f.code;
        CodeTraces ct = CodeTraces.of(code, this);
        if (ct == null) {
            code.counters[jumpPc] = TraceHooks.IDLE_BACK_EDGES;
            return target;
        }
        if (settings.selective()) {
            LoopSelection sel = ct.selection();
            LoopProbe p = sel.probe;
            if (p != null && jumpPc != p.jumpPc && !sel.isConfirmed(jumpPc)
                    && p.otherRanOut(code, jumpPc, TraceHooks.idleBackEdges(code))) {
                probeEnded(sel, p);
            }
            if (!sel.isConfirmed(jumpPc)) {
                return selectiveRunOut(ts, f, ct, sel, jumpPc, target);
            }
        }
        if (ct.at(target) != null) {
            code.counters[jumpPc] = 0;
            return runFrom(ts, f, ct, target);
        }
        if (code.counters[jumpPc] >= 0) {
            return target; // armed just now
        }
        if (recording || ct.gaveUpAt(target)) {
            // a loop given up on still runs out every thousand back-edges, as with tier 2 off: the
            // interpreter compiles a warm loop at a run-out (with Short.MAX_VALUE a frame stayed
            // interpreted for 65,000 back-edges, and HotSpot compiled the interpreter's loop for it)
            code.counters[jumpPc] = recording ? (short) Math.min(Short.MAX_VALUE, settings.loopThreshold())
                    : TraceHooks.IDLE_BACK_EDGES;
            return target;
        }
        code.counters[jumpPc] = (short) Math.min(Short.MAX_VALUE, settings.loopThreshold() - 1);
        if (ct.backingOff(target)) {
            return target;
        }
        return recordLoop(ts, f, ct, jumpPc, target);
    }

    /**
     * Records the loop whose back-edge at {@code jumpPc} jumps to {@code target}, from there, and
     * runs what got installed; returns the pc tier 1 goes on at.
     */
    private int recordLoop(InterpreterState ts, Frame f, CodeTraces ct, int jumpPc, int target) {
        f.pc = target;
        int pc = record(ts, f, ct, target);
        if (ct.at(target) != null) {
            f.code.counters[jumpPc] = 0;
        }
        return f.pendingThrow != null ? pc : runFrom(ts, f, ct, pc);
    }

    /**
     * Selective mode: a back-edge of a loop not yet found worth tracing ran out of count. At tier
     * 1's counter run-out the loop is checked ({@link LoopCandidates}) and, if it may be worth it,
     * probed ({@link LoopProbe}) until it has turned often enough per entry or not; then it is
     * recorded, or looked at again later. One probe runs per code object at a time.
     */
    private int selectiveRunOut(InterpreterState ts, Frame f, CodeTraces ct, LoopSelection sel, int jumpPc,
            int target) {
        CodeObject code = f.code;
        LoopProbe p = sel.probe;
        if (p == null) {
            if (recording || sel.isRejected(jumpPc) || sel.waiting(jumpPc)) {
                code.counters[jumpPc] = TraceHooks.idleBackEdges(code);
                return target;
            }
            LoopCandidates.Verdict v = LoopCandidates.check(code, f.globals, target, jumpPc);
            if (v != LoopCandidates.Verdict.CANDIDATE) {
                if (v == LoopCandidates.Verdict.NOT_SETTLED) {
                    sel.probeFailed(jumpPc);
                } else {
                    sel.reject(jumpPc);
                    stats.loopsNotCandidates++;
                }
                code.counters[jumpPc] = TraceHooks.idleBackEdges(code);
                return target;
            }
            sel.startProbe(new LoopProbe(code, target, jumpPc));
            return target;
        }
        if (jumpPc != p.jumpPc) {
            // another loop waits for the probe to end (its run-out was counted at the top of backEdge)
            code.counters[jumpPc] = TraceHooks.idleBackEdges(code);
            return target;
        }
        p.ranOut(code);
        probeEnded(sel, p);
        if (!p.turnsEnough() || recording) {
            return target;
        }
        code.counters[jumpPc] = (short) Math.min(Short.MAX_VALUE, settings.loopThreshold() - 1);
        return recordLoop(ts, f, ct, jumpPc, target);
    }

    /**
     * Ends {@code p}: its loop is recorded from now on if it turned often enough per entry (at its
     * next counter run-out, unless it ran out just now), else probed again later or given up.
     */
    private void probeEnded(LoopSelection sel, LoopProbe p) {
        sel.endProbe();
        if (p.turnsEnough()) {
            sel.confirm(p.jumpPc);
            stats.loopsConfirmed++;
            preparePasses();
        } else {
            if (p.undecided()) {
                stats.probesUndecided++;
            } else {
                stats.loopsTurningTooLittle++;
            }
            sel.probeFailed(p.jumpPc);
        }
    }

    PyObject functionEntry(InterpreterState ts, Frame f) {
        CodeObject code = f.code;
        if (settings.selective()) {
            code.entryCounter = Integer.MAX_VALUE; // selective mode traces loops only
            return null;
        }
        CodeTraces ct = CodeTraces.of(code, this);
        if (ct == null || f.function == null || f.locals != null || !Recorder.canRecordEntry(code)) {
            code.entryCounter = Integer.MAX_VALUE;
            return null;
        }
        CompiledTrace tr = ct.entry;
        if (tr != null) {
            code.entryCounter = 0;
            return runEntry(ts, f, ct, tr);
        }
        if (code.entryCounter >= 0) {
            return null; // armed just now
        }
        if (recording || ct.entryAttempts >= CodeTraces.MAX_ATTEMPTS) {
            code.entryCounter = recording ? settings.entryThreshold() : Integer.MAX_VALUE;
            return null;
        }
        code.entryCounter = settings.entryThreshold() - 1;
        return recordEntry(ts, f, ct);
    }

    /** Whether a trace is installed at {@code pc} of {@code code} (the recorder ends a trace there). */
    boolean hasTraceAt(CodeObject code, int pc) {
        return code.traces instanceof CodeTraces ct && ct.at(pc) != null;
    }

    /**
     * The recorded entry trace of {@code f}'s code, if it was recorded with {@code f}'s globals and
     * the trace being optimised is to inline it ({@link RetryPolicy#callInstead}).
     */
    Trace calleeTrace(PyFunction f) {
        return f.code.traces instanceof CodeTraces ct && ct.calleeTrace != null && ct.calleeGlobals == f.globals
                && !calledInsteadNow.contains(f.code) ? ct.calleeTrace : null;
    }

    /** The recorder followed a call of {@code f} to its return: keep its body for call inlining. */
    void calleeRecorded(PyFunction f, Trace body) {
        CodeTraces ct = CodeTraces.of(f.code, this);
        if (ct == null || (settings.verify() && !TraceVerifier.problems(body).isEmpty())) {
            return;
        }
        ct.calleeTrace = body;
        ct.calleeGlobals = f.globals;
        stats.calleesRecorded++;
        dumpRecorded("callee", body);
    }

    // ------------------------------------------------------------------ running

    /**
     * Runs the traces installed at {@code pc}, one after another as each exits where the next starts.
     * After a bridge returned, tier 1 resumes at a RETURN_VALUE with the value on the stack.
     */
    int runFrom(InterpreterState ts, Frame f, CodeTraces ct, int pc) {
        while (true) {
            CompiledTrace tr = ct.at(pc);
            if (tr == null || f.pendingThrow != null || !tr.accepts(f)) {
                return pc;
            }
            stats.runs++;
            int next = Executor.run(this, tr, ts, f);
            if (next == Executor.RETURNED) {
                tr.work += returnWork(tr);
                return returnInTier1(f, tr.returnPc);
            }
            if (next == tr.anchorPc) {
                return next; // no progress: let tier 1 run an iteration
            }
            pc = next;
        }
    }

    private PyObject runEntry(InterpreterState ts, Frame f, CodeTraces ct, CompiledTrace tr) {
        if (!tr.accepts(f)) {
            return null;
        }
        stats.runs++;
        int pc = Executor.run(this, tr, ts, f);
        if (pc == Executor.RETURNED) {
            tr.work += returnWork(tr);
            return takeReturned();
        }
        return afterEntryExit(ts, f, ct, pc);
    }

    /**
     * The work a run that returned counts for the payoff check: the whole trace, plus the
     * deoptimisation an exit would have cost, which the check prices at {@code minWorkPerRun}
     * instructions (a short bridge that returns saves tier 1 the rest of the function after an
     * exit that deoptimised anyway; it must not be dropped for being short).
     */
    private long returnWork(CompiledTrace tr) {
        return tr.length + settings.minWorkPerRun();
    }

    private PyObject takeReturned() {
        PyObject r = returned;
        returned = null;
        return r;
    }

    /**
     * A bridge returned from {@code f}'s function: tier 1 (or {@link #afterEntryExit}) finishes with
     * the function's RETURN_VALUE at {@code returnPc}, the value alone on the stack. The bridge
     * wrote no locals back, as an entry trace that returns writes none: the frame is done.
     */
    private int returnInTier1(Frame f, int returnPc) {
        int base = f.code.nlocalsplus();
        java.util.Arrays.fill(f.stack, base, Math.max(base, f.sp), null);
        f.stack[base] = takeReturned();
        f.sp = base + 1;
        return returnPc;
    }

    /** After an entry trace exited at {@code pc}: chain into traces there, and return at once if that is where it stopped. */
    private PyObject afterEntryExit(InterpreterState ts, Frame f, CodeTraces ct, int pc) {
        if (f.pendingThrow == null) {
            pc = runFrom(ts, f, ct, pc);
        }
        f.pc = pc;
        if (f.pendingThrow == null && Deoptimizer.isReturn(f.code, pc)) {
            PyObject v = f.stack[--f.sp];
            f.stack[f.sp] = null;
            return v;
        }
        return null;
    }

    /**
     * The executor leaves {@code t} through exit {@code k}: deoptimise, then drop the trace if a
     * version guard failed, or record a bridge from a hot exit. Returns where tier 1 resumes in {@code f}.
     */
    int leave(CompiledTrace t, int k, PyException raised, PyObject[] o, long[] l, double[] d, InterpreterState ts,
            Frame f, int iterations) {
        // Leaving from inside an op between FRAMES_PUSH and FRAMES_POP (it exited or raised): the
        // deoptimiser rebuilds the inlined frames itself, over the real frame. A trace without
        // FRAMES_PUSH has pushed nothing.
        if (t.framesPushes != 0) {
            InlinedFrames.pop(ts, f);
        }
        ExitInfo e = t.exits[k];
        stats.deopts++;
        stats.iterations += iterations;
        if (e.inlined()) {
            stats.deoptFrames += e.frames.length - 1;
        }
        int n = ++t.exitCounts[k];
        t.work += e.position + (long) iterations * t.bodyLength;
        t.windowIterations += iterations;
        if (t.branchExits[k]) {
            t.windowBranchExits++;
        }
        int pc = Deoptimizer.deopt(e, raised, o, l, d, ts, f);
        if (o == t.spillObj) {
            InlinedFrames.clear(o, t.spilledObj); // keep no object alive past the exit
        }
        if (e.invalidates) {
            invalidate(t, "guard " + e.op + " (exit " + e.index + ") failed");
        } else if (t.runs - t.checkedRuns >= PAYOFF_WINDOW && settings.minWorkPerRun() > 0 && rarelyTurns(t)) {
            stats.rarelyTurning++;
            retries.droppedRarelyTurning(t);
            invalidate(t, "its runs rarely turn its loop");
        } else if (t.runs - t.checkedRuns >= PAYOFF_WINDOW && settings.selective()
                && t.windowBranchExits * BranchExits.MIN_TURNS > t.windowIterations) {
            stats.leavingByBranches++;
            retries.droppedRarelyTurning(t);
            invalidate(t, "it leaves by a branch inside its loop every few turns");
        } else if (t.runs - t.checkedRuns >= PAYOFF_WINDOW && !paysOff(t)) {
            retries.droppedUnprofitable(t);
            invalidate(t, "it runs too little between entering and leaving");
        } else if (iterations == 0 && pc == t.anchorPc && !t.entry && ++t.stuck >= 2 * settings.bridgeThreshold()) {
            invalidate(t, "it keeps leaving at its start");
        } else if (n >= settings.bridgeThreshold() && raised == null && f.pendingThrow == null) {
            return hotExit(t, e, n, pc, ts, f);
        }
        return pc;
    }

    /**
     * Whether {@code t} is a loop trace whose last {@link #PAYOFF_WINDOW} runs almost never went
     * round its loop ({@link TraceWorth#rarelyTurns}). Such a run enters, does the peeled turn and
     * leaves through a deoptimisation, which costs more than tier 1's compiled code running the
     * turn (pystone's {@code main_loop:106}).
     */
    private static boolean rarelyTurns(CompiledTrace t) {
        return !t.entry && t.loops && TraceWorth.rarelyTurns(t.runs - t.checkedRuns, t.windowIterations);
    }

    /**
     * Whether {@code t} did enough work per run in its last {@link #PAYOFF_WINDOW} runs. Entering
     * and leaving a trace costs a deoptimisation (every register written out, the tier-1 frame
     * rebuilt): a trace that mostly leaves a few instructions after entering is slower than tier 1.
     * Resets the window.
     */
    private boolean paysOff(CompiledTrace t) {
        long runs = t.runs - t.checkedRuns;
        boolean pays = t.work >= (long) settings.minWorkPerRun() * runs;
        t.checkedRuns = t.runs;
        t.work = 0;
        t.windowIterations = 0;
        t.windowBranchExits = 0;
        if (!pays) {
            stats.unprofitable++;
        }
        return pays;
    }

    /** A Python exception from an op of {@code t}: leave through its snapshot and raise it in tier 1. */
    int raisedAt(CompiledTrace t, int k, PyException e, PyObject[] o, long[] l, double[] d, InterpreterState ts,
            Frame f, int iterations) {
        if (k < 0) {
            throw e; // no snapshot: cannot happen for a verified trace
        }
        stats.raisedInTrace++;
        return leave(t, k, e, o, l, d, ts, f, iterations);
    }

    /**
     * A hot exit: record a bridge from where it resumes, or drop a trace that keeps failing where
     * nothing can take over. After a failed bridge recording there, the next try waits for
     * {@code bridgeThreshold} more exits times the back-off ({@link CodeTraces#backingOff}).
     */
    private int hotExit(CompiledTrace t, ExitInfo e, int n, int pc, InterpreterState ts, Frame f) {
        if (!e.inlined() && n % settings.bridgeThreshold() != 0) {
            return pc; // not the exit's turn to record a bridge, and nothing else to do (see below)
        }
        CodeTraces ct = (CodeTraces) f.code.traces;
        boolean bridgeable = !e.inlined() && !recording && ct != null && ct.at(pc) == null && !ct.gaveUpAt(pc)
                && f.code == t.code;
        if (bridgeable) {
            if (ct.backingOff(pc)) { // it is this exit's turn (above)
                return pc;
            }
            if (TraceWorth.bridgeTooShort(f.code, pc, settings.minWorkPerRun())) {
                stats.bridgesPredictedShort++;
                ct.giveUpAt(pc); // the bytecode from there stays as short
                return pc;
            }
            return recordBridge(ts, f, ct, pc);
        }
        if (n >= 4 * settings.bridgeThreshold() && e.inlined()) {
            retries.callInstead(t, e);
            invalidate(t, "exit " + e.index + " taken " + n + " times");
        }
        return pc;
    }

    private void invalidate(CompiledTrace t, String why) {
        CodeTraces ct = t.code.traces instanceof CodeTraces c ? c : null;
        if (ct != null) {
            if (ct.entry == t) {
                ct.entryAttempts++;
                // back off exponentially before recording this entry again
                t.code.entryCounter = (int) Math.min(Integer.MAX_VALUE,
                        (long) settings.entryThreshold() << Math.min(ct.entryAttempts, 20));
            } else {
                ct.failedAt(t.anchorPc);
            }
            ct.remove(t);
        }
        if (installed.remove(t)) {
            installedBytes -= t.codeBytes;
        }
        stats.invalidated++;
        t.dropped = why;
        LOG.debug("trace {} invalidated: {}", t, why);
    }

    // ------------------------------------------------------------------ recording

    /** Records a loop trace at {@code anchor}; returns where tier 1 (or the next trace) continues. */
    private int record(InterpreterState ts, Frame f, CodeTraces ct, int anchor) {
        RecFrame rf = recordRoot(ts, f, anchor, false);
        if (rf.stop == RecFrame.Stop.CLOSED || rf.stop == RecFrame.Stop.EXITED) {
            stats.loopsRecorded++;
            if (!install(rf, ct, f, anchor, false)) {
                ct.failedAt(anchor);
            }
        } else if (RetryPolicy.unsupported(rf) || retries.failedAsBefore(rf, ct, anchor, false)) {
            ct.giveUpAt(anchor);
        } else {
            ct.failedAt(anchor);
        }
        return finish(rf, f);
    }

    private int recordBridge(InterpreterState ts, Frame f, CodeTraces ct, int pc) {
        RecFrame rf;
        recording = true;
        long start = System.nanoTime();
        try {
            rf = new Recorder(this, ts).recordLoop(f, pc, true);
        } finally {
            recording = false;
            stats.recordNanos += System.nanoTime() - start;
        }
        if (rf.stop == RecFrame.Stop.CLOSED || rf.stop == RecFrame.Stop.EXITED || rf.stop == RecFrame.Stop.RETURNED) {
            stats.bridgesRecorded++;
            if (!install(rf, ct, f, pc, false)) {
                ct.failedAt(pc);
            }
        } else {
            ct.failedAt(pc);
        }
        return finish(rf, f);
    }

    private PyObject recordEntry(InterpreterState ts, Frame f, CodeTraces ct) {
        RecFrame rf = recordRoot(ts, f, 0, true);
        switch (rf.stop) {
            case RETURNED -> {
                stats.entriesRecorded++;
                if (!rf.inspectsFrame) {
                    calleeRecorded(f.function, rf.trace);
                    stats.calleesRecorded--;
                }
                if (!install(rf, ct, f, 0, true)) {
                    ct.entryAttempts++;
                }
                return rf.returned;
            }
            case EXITED -> {
                stats.entriesRecorded++;
                if (!install(rf, ct, f, 0, true)) {
                    ct.entryAttempts++;
                }
                return afterEntryExit(ts, f, ct, finish(rf, f));
            }
            default -> {
                ct.entryAttempts = retries.failedAsBefore(rf, ct, 0, true) ? CodeTraces.MAX_ATTEMPTS : ct.entryAttempts + 1;
                f.pc = finish(rf, f);
                return null;
            }
        }
    }

    private RecFrame recordRoot(InterpreterState ts, Frame f, int pc, boolean entry) {
        recording = true;
        long start = System.nanoTime();
        try {
            Recorder r = new Recorder(this, ts);
            return entry ? r.recordEntry(f) : r.recordLoop(f, pc);
        } finally {
            recording = false;
            stats.recordNanos += System.nanoTime() - start;
        }
    }

    /** Puts the root frame where recording left it; an exception to raise there goes to {@code f.pendingThrow}. */
    private int finish(RecFrame rf, Frame f) {
        rf.syncFrame();
        if (rf.stop == RecFrame.Stop.ABORTED) {
            stats.abort(rf.reason);
            LOG.debug("recording at {}:{} given up at {}: {}", f.code.qualname, rf.startPc, rf.pc, rf.reason);
        } else if (rf.stop == RecFrame.Stop.RAISED) {
            stats.abort("exception while recording");
            f.pendingThrow = rf.raised;
            return rf.pc + 1;
        }
        return rf.pc;
    }

    /** Optimises and compiles a recorded trace and installs it (evicting the oldest past the cache size); false if dropped. */
    private boolean install(RecFrame rf, CodeTraces ct, Frame f, int anchor, boolean entry) {
        Trace raw = rf.trace;
        dumpRecorded(entry ? "entry" : "loop", raw);
        boolean returningBridge = !entry && rf.stop == RecFrame.Stop.RETURNED;
        if (returningBridge ? !worth.bridgeWorthIt(raw) : TraceWorth.straightLength(raw) < settings.minWorkPerRun()) {
            return retries.tooShort(rf, ct, anchor, entry); // the optimiser only makes it shorter: spare it the work
        }
        long shape = TraceWorth.recordedShape(raw);
        if (retries.failsAsBefore(rf, ct, anchor, entry, shape)) {
            return false;
        }
        calledInsteadNow = ct.calledInstead(CodeTraces.anchorKey(entry, anchor));
        try {
            return optimiseAndInstall(rf, ct, f, anchor, entry, raw, returningBridge, shape);
        } finally {
            calledInsteadNow = Set.of();
        }
    }

    private boolean optimiseAndInstall(RecFrame rf, CodeTraces ct, Frame f, int anchor, boolean entry, Trace raw,
            boolean returningBridge, long shape) {
        long start = System.nanoTime();
        SizeForecast forecast = new SizeForecast(this);
        int expanded = forecast.expandedSize(raw);
        if (settings.jit() && forecast.hopeless(raw, expanded, settings.jitMaxBytes())) {
            LOG.debug("trace {}:{}: {} recorded, {} with callees: predicted too big for the JIT", f.code.qualname,
                    anchor, raw.size(), expanded);
            stats.predictedTooBig++;
            RetryPolicy.giveUp(ct, anchor, entry);
            return false; // not worth the passes' time: the JIT would refuse it
        }
        CompiledTrace c = null;
        try {
            Optional<Trace> opt = optimizer().optimize(raw);
            long optimised = System.nanoTime();
            stats.optimiseNanos += optimised - start;
            if (opt.isPresent()) {
                c = TraceCompiler.compile(opt.get(), f.code, f, versions);
            }
            stats.compileNanos += System.nanoTime() - optimised;
        } catch (RuntimeException e) {
            LOG.warn("compiling trace {}:{} failed; it stays in tier 1", f.code.qualname, anchor, e);
        }
        if (c == null) {
            stats.dropped++;
            stats.wastedNanos += System.nanoTime() - start;
            return false;
        }
        if (!returningBridge && worth.straightWork(c) < settings.minWorkPerRun()) {
            LOG.debug("trace {}: {} recorded, {} optimised instructions: too short to pay off", c, raw.size(), c.length);
            stats.wastedNanos += System.nanoTime() - start;
            return retries.optimisedTooShort(rf, ct, anchor, entry, shape);
        }
        stats.compiled++;
        if (settings.jit()) {
            long jitStart = System.nanoTime();
            c.jit = TraceJit.compile(c, settings.jitMaxBytes());
            long end = System.nanoTime();
            stats.jitNanos += end - jitStart;
            LOG.debug("trace {}: {} recorded, {} with callees, {} optimised instructions, {} bytes of bytecode, {} ms{}",
                    c, raw.size(), expanded, c.length, c.methodBytes, (end - start) / 1_000_000,
                    c.jit == null ? ": too big for the JIT" : "");
            if (c.jit == null) {
                // Interpreting it would make the executor's big dispatch loop hot as well: HotSpot
                // then spends seconds compiling (and recompiling) it, more than the trace saves.
                stats.tooBig++;
                stats.wastedNanos += end - start;
                RetryPolicy.giveUp(ct, anchor, entry);
                return false;
            }
            stats.jitted++;
        }
        c.codeBytes = c.jit != null ? c.jitBytes : 4 * c.insns.length;
        c.recordedShape = shape;
        c.trace = null; // the IR is not needed any more: keep only what runs and deoptimises
        if (settings.stats()) {
            everCompiled.add(c);
        }
        if (returningBridge) {
            c.returnPc = rf.pc; // the RETURN_VALUE the recording stopped at
        }
        if (entry) {
            ct.entry = c;
        } else {
            ct.install(anchor, c);
        }
        ct.succeeded(CodeTraces.anchorKey(entry, anchor));
        installed.add(c);
        installedBytes += c.codeBytes;
        stats.peakBytes = Math.max(stats.peakBytes, installedBytes);
        while (installed.size() > settings.maxTraces() || installedBytes > settings.cacheBytes()) {
            CompiledTrace old = installed.poll();
            installedBytes -= old.codeBytes;
            if (old.code.traces instanceof CodeTraces oc) {
                oc.remove(old);
            }
            old.dropped = "evicted";
            stats.evicted++;
        }
        return true;
    }

    private void dumpRecorded(String kind, Trace t) {
        if (dumpRecorded) {
            dumps.dump("recorded " + kind + " trace", TraceText.printWithExitNumbers(t));
        }
    }
}
