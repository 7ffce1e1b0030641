package org.hotpy.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

/** The real logger is asked for on first use only, and every call reaches it unchanged. */
class LazyLoggerTest {

    /** A logger that records what reaches it, with everything from {@code threshold} up enabled. */
    static final class Recording extends LegacyAbstractLogger {
        record Call(Level level, String pattern, List<Object> args, Throwable thrown) {}

        final List<Call> calls = new ArrayList<>();
        private final Level threshold;

        Recording(String name, Level threshold) {
            this.name = name;
            this.threshold = threshold;
        }

        private boolean on(Level l) {
            return l.toInt() >= threshold.toInt();
        }

        @Override public boolean isTraceEnabled() { return on(Level.TRACE); }
        @Override public boolean isDebugEnabled() { return on(Level.DEBUG); }
        @Override public boolean isInfoEnabled() { return on(Level.INFO); }
        @Override public boolean isWarnEnabled() { return on(Level.WARN); }
        @Override public boolean isErrorEnabled() { return on(Level.ERROR); }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
                                                   Throwable thrown) {
            calls.add(new Call(level, pattern, args == null ? List.of() : List.of(args), thrown));
        }
    }

    private final List<String> asked = new ArrayList<>();
    private Recording real;

    private LazyLogger lazy(Level threshold) {
        return new LazyLogger("org.example.Foo", name -> {
            asked.add(name);
            real = new Recording(name, threshold);
            return real;
        });
    }

    @Nested
    class Laziness {
        @Test
        void creatingItAsksForNoLogger() {
            Logger log = lazy(Level.DEBUG);
            assertThat(asked).isEmpty();
            assertThat(log.getName()).isEqualTo("org.example.Foo");
            assertThat(asked).isEmpty();
        }

        @Test
        void firstUseAsksOnceByName() {
            Logger log = lazy(Level.DEBUG);
            log.debug("one");
            log.warn("two");
            assertThat(log.isInfoEnabled()).isTrue();
            assertThat(asked).containsExactly("org.example.Foo");
        }

        @Test
        void ofNamesTheLoggerAfterTheClass() {
            assertThat(LazyLogger.of(LazyLoggerTest.class).getName()).isEqualTo(LazyLoggerTest.class.getName());
        }
    }

    @Nested
    class Forwarding {
        @Test
        void argumentsAndTrailingThrowableArriveAsGiven() {
            Logger log = lazy(Level.DEBUG);
            IllegalStateException e = new IllegalStateException("boom");
            log.debug("a {} b {}", 1, "x");
            log.warn("trace {} failed", "t1", e);
            log.info("{} {} {}", 1, 2, 3);
            assertThat(real.calls).containsExactly(
                    new Recording.Call(Level.DEBUG, "a {} b {}", List.of(1, "x"), null),
                    new Recording.Call(Level.WARN, "trace {} failed", List.of("t1"), e),
                    new Recording.Call(Level.INFO, "{} {} {}", List.of(1, 2, 3), null));
        }

        @Test
        void disabledLevelsAreNotForwarded() {
            Logger log = lazy(Level.WARN);
            log.debug("quiet {}", 1);
            log.info("quiet");
            log.error("loud", new RuntimeException("r"));
            assertThat(log.isDebugEnabled()).isFalse();
            assertThat(log.isWarnEnabled()).isTrue();
            assertThat(real.calls).extracting(Recording.Call::level).containsExactly(Level.ERROR);
        }
    }

    @Test
    void theNoOpProviderNamedInSlf4jProviderGivesTheNoOpLoggerWithoutAskingSlf4j() {
        Logger nop = LazyLogger.slf4jLogger(LazyLogger.NOP_PROVIDER, "org.example.Foo");
        assertThat(nop).isSameAs(org.slf4j.helpers.NOPLogger.NOP_LOGGER);
        assertThat(nop.isDebugEnabled()).isFalse();
        // any other choice (or none) is slf4j's to make
        assertThat(LazyLogger.slf4jLogger(null, "org.example.Foo"))
                .isSameAs(org.slf4j.LoggerFactory.getLogger("org.example.Foo"));
        assertThat(LazyLogger.slf4jLogger("org.example.OtherProvider", "org.example.Foo"))
                .isSameAs(org.slf4j.LoggerFactory.getLogger("org.example.Foo"));
    }
}
