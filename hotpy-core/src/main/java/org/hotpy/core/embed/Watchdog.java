package org.hotpy.core.embed;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread for the whole JVM that fires timeouts and wakes scripts blocked in
 * {@code time.sleep}. Scripts stop themselves at their next step when a flag is set; the watchdog
 * only sets the flag at the deadline and, if the script has still not stopped a moment later,
 * interrupts its thread. It holds nothing of an interpreter once the run's task is cancelled
 * (cancelled tasks are removed at once), so it keeps no interpreter reachable.
 */
final class Watchdog {
    private Watchdog() {}

    /** How long a flagged script may take to reach a step before its thread is interrupted. */
    static final long GRACE_MILLIS = 50;

    private static final class Holder {
        static final ScheduledThreadPoolExecutor TIMER = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
                Thread th = new Thread(r, "hotpy-watchdog");
                th.setDaemon(true);
                return th;
            });
            t.setRemoveOnCancelPolicy(true);
            return t;
        }
    }

    static ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return Holder.TIMER.schedule(task, delay, unit);
    }

    /** The number of tasks waiting (0 once every run has ended): a test sees that nothing is kept. */
    static int pending() {
        return Holder.TIMER.getQueue().size();
    }
}
