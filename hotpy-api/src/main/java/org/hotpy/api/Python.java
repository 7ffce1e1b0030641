package org.hotpy.api;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

import org.hotpy.api.pass.TracePass;
import org.hotpy.api.spi.InterpreterProvider;

/**
 * The entry point: {@code Python.create()} for a sandboxed interpreter with default limits, or
 * {@code Python.builder()...build()} to choose streams, policy and limits.
 *
 * <pre>{@code
 * try (Interpreter py = Python.builder()
 *         .limits(ResourceLimits.builder().timeout(Duration.ofSeconds(2)).build())
 *         .build()) {
 *     py.exec("def area(w, h): return w * h");
 *     long a = (Long) py.call("area", 6, 7);   // 42
 * }
 * }</pre>
 *
 * <p>The implementation ({@code hotpy-core}) is found with {@code ServiceLoader}, through this
 * class's loader and then the thread's context loader.
 */
public final class Python {
    private Python() {}

    /** A sandboxed interpreter ({@link HostPolicy#sandbox()}, {@link ResourceLimits#defaults()}), print to System.out. */
    public static Interpreter create() {
        return builder().build();
    }

    /** A builder with the defaults of {@link #create()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The installed implementation; fails with a clear message when hotpy-core is not on the class path. */
    public static InterpreterProvider provider() {
        InterpreterProvider p = Holder.PROVIDER;
        if (p == null) {
            throw new IllegalStateException("no HotPy implementation found: put hotpy-core on the class path "
                    + "(it registers org.hotpy.api.spi.InterpreterProvider in META-INF/services)");
        }
        return p;
    }

    /** Loads the provider once; the provider is stateless, so sharing it shares nothing mutable. */
    private static final class Holder {
        static final InterpreterProvider PROVIDER = find();

        private static InterpreterProvider find() {
            InterpreterProvider p = first(ServiceLoader.load(InterpreterProvider.class, Python.class.getClassLoader()));
            if (p == null) {
                ClassLoader ctx = Thread.currentThread().getContextClassLoader();
                if (ctx != null) {
                    p = first(ServiceLoader.load(InterpreterProvider.class, ctx));
                }
            }
            return p;
        }

        private static InterpreterProvider first(ServiceLoader<InterpreterProvider> loader) {
            try {
                Iterator<InterpreterProvider> it = loader.iterator();
                return it.hasNext() ? it.next() : null;
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("the HotPy implementation could not be loaded: " + e.getMessage(), e);
            }
        }
    }

    /** Collects the settings of an interpreter; {@link #build()} creates it. */
    public static final class Builder {
        private Writer stdout;
        private Writer stderr;
        private Reader stdin = Reader.nullReader();
        private HostPolicy hostPolicy = HostPolicy.sandbox();
        private ResourceLimits limits = ResourceLimits.defaults();
        private List<String> argv = List.of("");
        private final List<String> modulePath = new ArrayList<>();
        private String loggerName = "org.hotpy";
        private int traceThreshold;
        private boolean traceSelective;
        private final Set<String> enabledPasses = new LinkedHashSet<>();
        private final Set<String> disabledPasses = new LinkedHashSet<>();
        private final List<TracePass> extraPasses = new ArrayList<>();

        private Builder() {}

        /** Where {@code print} and {@code sys.stdout} write (default: {@code System.out}, never closed). */
        public Builder stdout(Writer out) {
            this.stdout = Objects.requireNonNull(out, "out");
            return this;
        }

        /** {@link #stdout(Writer)} over a byte stream, in UTF-8. */
        public Builder stdout(OutputStream out) {
            return stdout(new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
        }

        /** Where {@code sys.stderr} writes (default: {@code System.err}, never closed). */
        public Builder stderr(Writer err) {
            this.stderr = Objects.requireNonNull(err, "err");
            return this;
        }

        /** {@link #stderr(Writer)} over a byte stream, in UTF-8. */
        public Builder stderr(OutputStream err) {
            return stderr(new OutputStreamWriter(Objects.requireNonNull(err, "err"), StandardCharsets.UTF_8));
        }

        /** What {@code input()} and {@code sys.stdin} read (default: nothing, so input() raises EOFError). */
        public Builder stdin(Reader in) {
            this.stdin = Objects.requireNonNull(in, "in");
            return this;
        }

        /** {@link #stdin(Reader)} over a byte stream, in UTF-8. */
        public Builder stdin(InputStream in) {
            return stdin(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8));
        }

        /** What Python may reach of the host (default {@link HostPolicy#sandbox()}). */
        public Builder hostPolicy(HostPolicy policy) {
            this.hostPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Bounds on each run (default {@link ResourceLimits#defaults()}). */
        public Builder limits(ResourceLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** {@code sys.argv} (default {@code ['']}). */
        public Builder argv(List<String> argv) {
            this.argv = List.copyOf(argv);
            return this;
        }

        /** Adds a folder searched for modules, before the bundled library. */
        public Builder addModulePath(Path folder) {
            modulePath.add(folder.toAbsolutePath().normalize().toString());
            return this;
        }

        /** The slf4j logger name for the interpreter's own diagnostics (default {@code "org.hotpy"}). */
        public Builder loggerName(String name) {
            this.loggerName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Turns the trace tier (tier 2) on: a loop is traced after {@code threshold} back-edges and
         * a function after as many calls, as {@code hotpy -X trace-threshold=N} ({@code 1} traces
         * at once, for testing the tiers against each other). 0, the default, leaves the threshold
         * to the implementation; an interpreter with no trace setting at all runs tier 1 only, as
         * the command line does with {@code -X trace=off}, while choosing passes (below) turns
         * tier 2 on at the default thresholds. Results are the same on either tier.
         */
        public Builder traceThreshold(int threshold) {
            if (threshold < 0) {
                throw new IllegalArgumentException("traceThreshold must not be negative, not " + threshold);
            }
            this.traceThreshold = threshold;
            return this;
        }

        /**
         * Turns the trace tier (tier 2) on in its selective mode, the command line's default
         * ({@code hotpy -X trace=auto}): only inner loops that the implementation predicts to pay
         * off are traced (in HotPy, numeric loops that turn often per entry), and functions are not
         * traced at entry. Without it, a trace setting traces every hot loop and function. It
         * excludes {@link #traceThreshold}: {@link #build()} fails with an
         * {@link IllegalArgumentException} when both are given. Passes can be chosen as usual.
         */
        public Builder traceSelective() {
            this.traceSelective = true;
            return this;
        }

        /**
         * Runs these optimisation passes in addition to the defaults (all installed passes run
         * unless disabled) and turns tier 2 on. A name no installed or added pass has fails
         * {@link #build()} with an {@link IllegalArgumentException} listing the installed passes.
         */
        public Builder enablePasses(String... names) {
            enabledPasses.addAll(List.of(names));
            return this;
        }

        /**
         * Never runs these optimisation passes (as {@code -X passes=-name}) and turns tier 2 on. An
         * unknown name fails {@link #build()} with an {@link IllegalArgumentException}, as does a
         * name also given to {@link #enablePasses}.
         */
        public Builder disablePasses(String... names) {
            disabledPasses.addAll(List.of(names));
            return this;
        }

        /**
         * Adds a pass instance to those {@code ServiceLoader} finds on the context class loader of
         * the thread calling {@link #build()}, and turns tier 2 on. It is ordered with them by its
         * declared constraints. Traces are verified after every pass when a pass was added: a pass
         * that throws or yields an invalid trace only costs that trace (the code stays in tier 1,
         * logged at WARN), never the embedder's call.
         */
        public Builder addPass(TracePass pass) {
            extraPasses.add(Objects.requireNonNull(pass, "pass"));
            return this;
        }

        /** The settings collected so far. */
        public InterpreterConfig config() {
            return new InterpreterConfig(
                    stdout != null ? stdout : new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
                    stderr != null ? stderr : new OutputStreamWriter(System.err, StandardCharsets.UTF_8),
                    stdin, hostPolicy, limits, argv, modulePath, loggerName,
                    new TraceSettings(traceThreshold, enabledPasses, disabledPasses, extraPasses, traceSelective));
        }

        /**
         * Creates the interpreter.
         *
         * @throws IllegalStateException if no implementation is on the class path, or if the
         *         chosen passes cannot be set up (they cannot be loaded, their ordering constraints
         *         form a cycle, a pass requires one that is disabled)
         * @throws IllegalArgumentException if a pass name given to {@link #enablePasses} or
         *         {@link #disablePasses} is not installed
         */
        public Interpreter build() {
            return provider().create(config());
        }
    }
}
