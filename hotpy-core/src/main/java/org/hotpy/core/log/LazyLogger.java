package org.hotpy.core.log;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.NOPLogger;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * An slf4j {@link Logger} that asks {@link LoggerFactory} for the real logger only when it is first
 * used (a level check or a logging call), so that a class's logger field costs nothing at class
 * initialisation. Use it for every {@code static final} logger in the core:
 *
 * <pre>{@code
 * private static final Logger LOG = LazyLogger.of(Foo.class);
 * }</pre>
 *
 * <p>slf4j's {@link LegacyAbstractLogger} turns every {@code debug(...)}/{@code warn(...)} overload
 * into one level check and one {@link #handleNormalizedLoggingCall} (with a trailing throwable
 * already split off), which is forwarded to the real logger with slf4j's fluent API. (A backend
 * that prints the caller's source location sees slf4j's helper class rather than the caller.)
 */
public final class LazyLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    /** Where the real logger comes from; null for slf4j's LoggerFactory (no lambda to link at start-up). */
    private final transient Function<String, Logger> factory;
    private transient volatile Logger delegate;

    LazyLogger(String name, Function<String, Logger> factory) {
        this.name = name;
        this.factory = factory;
    }

    /** A logger named after {@code owner}, as {@code LoggerFactory.getLogger(owner)} would give. */
    public static Logger of(Class<?> owner) {
        return new LazyLogger(owner.getName(), null);
    }

    /** The real logger; racing first uses may both ask the factory, which returns equivalent loggers. */
    Logger delegate() {
        Logger d = delegate;
        if (d == null) {
            d = factory == null ? slf4jLogger(System.getProperty("slf4j.provider"), name) : factory.apply(name);
            delegate = d;
        }
        return d;
    }

    /**
     * slf4j's logger {@code name}, except that when the provider chosen with {@code slf4j.provider}
     * is slf4j's no-op one (as the launcher chooses) it is the no-op logger slf4j would give,
     * without initialising slf4j, which takes 7-14 ms of a cold JVM.
     */
    static Logger slf4jLogger(String provider, String name) {
        return NOP_PROVIDER.equals(provider) ? NOPLogger.NOP_LOGGER : LoggerFactory.getLogger(name);
    }

    static final String NOP_PROVIDER = "org.slf4j.nop.NOPServiceProvider";

    @Override
    public boolean isTraceEnabled() {
        return delegate().isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return delegate().isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return delegate().isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return delegate().isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return delegate().isErrorEnabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern,
                                               Object[] arguments, Throwable throwable) {
        LoggingEventBuilder event = delegate().atLevel(level).setMessage(messagePattern);
        if (marker != null) {
            event = event.addMarker(marker);
        }
        if (arguments != null) {
            for (Object a : arguments) {
                event = event.addArgument(a);
            }
        }
        if (throwable != null) {
            event = event.setCause(throwable);
        }
        event.log();
    }

    @Override
    public String toString() {
        return "LazyLogger[" + name + "]";
    }
}
