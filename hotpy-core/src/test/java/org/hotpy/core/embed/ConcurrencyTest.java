package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hotpy.api.Interpreter;
import org.hotpy.api.Python;
import org.hotpy.api.ResourceLimitException;
import org.hotpy.fixtures.Lambdas;
import org.junit.jupiter.api.Test;

/** One thread at a time in an interpreter; separate interpreters in parallel. */
class ConcurrencyTest {
    @Test
    void oneInterpreterFromManyThreadsSerialises() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Interpreter py = Python.create()) {
            py.exec("counter = 0\ndef bump():\n    global counter\n    c = counter\n    for _ in range(10):\n"
                    + "        pass\n    counter = c + 1");
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        py.call("bump");
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(py.get("counter")).isEqualTo(1000L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void separateInterpretersRunInParallel() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> fs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int n = t;
                fs.add(pool.submit(() -> {
                    try (Interpreter py = Python.create()) {
                        py.exec("import json\nclass Box:\n    def __init__(self, v):\n        self.v = v\n");
                        py.set("n", n);
                        return py.eval("json.dumps([Box(i * n).v for i in range(1000)][-1])");
                    }
                }));
            }
            for (int t = 0; t < 4; t++) {
                assertThat(fs.get(t).get(60, TimeUnit.SECONDS)).isEqualTo(String.valueOf(999 * t));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closeFromAnotherThreadStopsTheRun() throws Exception {
        Interpreter py = Python.create();
        CountDownLatch started = new CountDownLatch(1);
        py.set("started", Lambdas.runnable(started::countDown));
        CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
            try {
                py.exec("started()\nwhile True:\n    pass");
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        py.close();
        assertThat(run.get(30, TimeUnit.SECONDS)).isInstanceOf(ResourceLimitException.class);
        assertThat(py.isClosed()).isTrue();
    }
}
