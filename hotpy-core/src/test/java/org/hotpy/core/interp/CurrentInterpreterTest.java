package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

import org.hotpy.core.testing.TestInterpreter;
import org.junit.jupiter.api.Test;

/**
 * {@link InterpreterState#current()} answers from a one-entry cache of the last thread that
 * looked: nested {@code enter}/{@code restore}, other threads and closed interpreters must still
 * get the right answer.
 */
class CurrentInterpreterTest {

    @Test
    void nestedInterpretersAreCurrentInTurnAndTheOuterOneComesBack() {
        try (TestInterpreter outer = new TestInterpreter()) {
            assertThat(InterpreterState.current()).isSameAs(outer.state());
            try (TestInterpreter inner = new TestInterpreter()) {
                assertThat(InterpreterState.current()).isSameAs(inner.state());
                assertThat(InterpreterState.currentOrNull()).isSameAs(inner.state());
            }
            assertThat(InterpreterState.current()).isSameAs(outer.state());
        }
        assertThat(InterpreterState.currentOrNull()).isNull();
        assertThatThrownBy(InterpreterState::current).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no HotPy interpreter is running on this thread");
    }

    @Test
    void anotherThreadSeesItsOwnInterpreterOrNone() throws Exception {
        try (TestInterpreter here = new TestInterpreter()) {
            assertThat(InterpreterState.current()).isSameAs(here.state()); // cached for this thread
            AtomicReference<Object> seen = new AtomicReference<>();
            Thread t = new Thread(() -> seen.set(InterpreterState.currentOrNull() == null ? "none" : "some"));
            t.start();
            t.join();
            assertThat(seen.get()).isEqualTo("none");
            assertThat(InterpreterState.current()).isSameAs(here.state());
        }
    }

    @Test
    void threadsLookingUpInTurnEachGetTheirOwn() throws Exception {
        CyclicBarrier turn = new CyclicBarrier(2);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable body = () -> {
            try (TestInterpreter mine = new TestInterpreter()) {
                for (int i = 0; i < 200; i++) {
                    turn.await();
                    if (InterpreterState.current() != mine.state()) {
                        throw new AssertionError("another thread's interpreter at round " + i);
                    }
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
                turn.reset();
            }
        };
        Thread a = new Thread(body);
        Thread b = new Thread(body);
        a.start();
        b.start();
        a.join();
        b.join();
        assertThat(failure.get()).isNull();
    }
}
