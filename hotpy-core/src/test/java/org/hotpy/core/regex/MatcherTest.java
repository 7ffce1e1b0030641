package org.hotpy.core.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The matcher on deep subjects, with small Java stacks, and under cancellation. */
class MatcherTest {

    /** Runs {@code body} on a thread with a 256 KiB stack, rethrowing what it throws. */
    private static <T> T onSmallStack(java.util.function.Supplier<T> body) throws Throwable {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(body.get());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        if (result.get() instanceof Throwable e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result.get();
        return value;
    }

    @Nested
    class DeepSubjects {
        @Test
        void alternationRepeatedOverAHundredThousandCharacters() throws Throwable {
            String s = "ab".repeat(50_000);
            RegexMatch m = onSmallStack(() -> Regex.compile("(a|b)*", 0).match(RegexSubject.of(s)));
            assertThat(m.end(0)).isEqualTo(100_000);
            assertThat(m.group(1)).isEqualTo("b");
            assertThat(m.start(1)).isEqualTo(99_999);
        }

        @Test
        void lazyRepeatOverALongSubject() throws Throwable {
            String s = "x".repeat(100_000) + "y";
            RegexMatch m = onSmallStack(() -> Regex.compile("(?:x|z)*?y", 0).search(RegexSubject.of(s)));
            assertThat(m.end(0)).isEqualTo(100_001);
        }

        @Test
        void dotStarOverAMegabyte() throws Throwable {
            String s = "q".repeat(1 << 20);
            RegexMatch m = onSmallStack(() -> Regex.compile(".*", 0).match(RegexSubject.of(s)));
            assertThat(m.end(0)).isEqualTo(1 << 20);
        }

        @Test
        void backtrackingAcrossAMegabyte() throws Throwable {
            String s = "a".repeat(1 << 20) + "b";
            RegexMatch m = onSmallStack(() -> Regex.compile("(.*)(.*)b", 0).match(RegexSubject.of(s)));
            assertThat(m.end(1)).isEqualTo(1 << 20);
            assertThat(m.group(2)).isEqualTo("");
        }

        @Test
        void findallOfWordsOverAMegabyte() {
            String s = "word ".repeat(200_000);
            assertThat(Regex.compile("\\w+", 0).findall(RegexSubject.of(s), 0, Integer.MAX_VALUE))
                .hasSize(200_000);
        }
    }

    @Nested
    class Cancellation {
        private final RegexPattern catastrophic = Regex.compile("(a*)*b", 0);
        private final RegexSubject aaa = RegexSubject.of("a".repeat(30));

        @Test
        void aCancellerStopsACatastrophicPattern() {
            AtomicInteger asked = new AtomicInteger();
            RegexPattern p = catastrophic.withCanceller(() -> asked.incrementAndGet() > 100);
            assertThatThrownBy(() -> p.match(aaa)).isInstanceOf(RegexInterruptedException.class);
            assertThat(asked.get()).isEqualTo(101);
        }

        @Test
        void aDeadlineStopsIt() {
            long deadline = System.nanoTime() + 50_000_000L;
            RegexPattern p = catastrophic.withCanceller(() -> System.nanoTime() > deadline);
            assertThatThrownBy(() -> p.search(aaa)).isInstanceOf(RegexInterruptedException.class);
        }

        @Test
        void interruptingTheThreadStopsIt() throws InterruptedException {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    catastrophic.match(aaa);
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            t.start();
            Thread.sleep(50);
            t.interrupt();
            t.join(10_000);
            assertThat(t.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(RegexInterruptedException.class);
        }

        @Test
        void theInterruptFlagIsLeftSet() {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> catastrophic.match(aaa))
                    .isInstanceOf(RegexInterruptedException.class);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }

        @Test
        void emptyIterationProtectionEndsRepeatsOfEmptyMatches() {
            RegexSubject s = RegexSubject.of("a".repeat(5000) + "c");
            assertThat(Regex.compile("(?:a*)*(?:b*)*c", 0).match(s).end(0)).isEqualTo(5001);
            assertThat(Regex.compile("(a|)*c", 0).match(s).group(1)).isEqualTo("");
            assertThat(Regex.compile("(?:)*(?:)+c", 0).search(s).start(0)).isEqualTo(5000);
        }
    }
}
