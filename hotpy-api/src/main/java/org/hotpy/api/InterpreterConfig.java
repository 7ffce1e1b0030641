package org.hotpy.api;

import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Every setting of an interpreter, as {@link Python.Builder} collected them; what an
 * {@link org.hotpy.api.spi.InterpreterProvider} receives.
 *
 * @param stdout     where {@code sys.stdout} and {@code print} write
 * @param stderr     where {@code sys.stderr} writes
 * @param stdin      what {@code sys.stdin} and {@code input()} read
 * @param hostPolicy what Python may reach of the host
 * @param limits     bounds on each run
 * @param argv       {@code sys.argv}
 * @param modulePath folders searched for modules before the bundled library (always readable for
 *                   imports, whatever the file policy)
 * @param loggerName the slf4j logger the interpreter reports internal problems to
 * @param trace      trace optimiser choices
 */
public record InterpreterConfig(Writer stdout, Writer stderr, Reader stdin, HostPolicy hostPolicy,
                                ResourceLimits limits, List<String> argv, List<String> modulePath,
                                String loggerName, TraceSettings trace) {
    public InterpreterConfig {
        Objects.requireNonNull(stdout, "stdout");
        Objects.requireNonNull(stderr, "stderr");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(hostPolicy, "hostPolicy");
        Objects.requireNonNull(limits, "limits");
        argv = List.copyOf(argv);
        modulePath = List.copyOf(modulePath);
        Objects.requireNonNull(loggerName, "loggerName");
        Objects.requireNonNull(trace, "trace");
    }
}
