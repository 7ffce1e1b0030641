package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import javax.script.Invocable;
import javax.script.ScriptEngine;

import org.hotpy.core.jsr223.HotPyScriptEngine;
import org.hotpy.core.jsr223.HotPyScriptEngineFactory;
import org.junit.jupiter.api.Test;

/**
 * Creating and closing 10,000 engines in one JVM leaks nothing: once an engine is closed and
 * dropped, the engine, its interpreter state and its module namespace all become unreachable.
 * Checked by reachability (weak references), never by timing or heap sizes.
 */
class LeakTest {
    private static final int ENGINES = 10_000;

    @Test
    void tenThousandEnginesAreAllCollected() throws Exception {
        HotPyScriptEngineFactory factory = new HotPyScriptEngineFactory();
        List<WeakReference<Object>> refs = new ArrayList<>(3 * ENGINES);
        for (int i = 0; i < ENGINES; i++) {
            useOnce(factory, i, refs);
        }
        int alive = 0;
        for (int attempt = 0; attempt < 50; attempt++) {
            System.gc();
            alive = 0;
            for (WeakReference<Object> r : refs) {
                if (r.get() != null) {
                    alive++;
                }
            }
            if (alive == 0) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(alive).as("engines, states and namespaces still reachable").isZero();
        assertThat(Watchdog.pending()).isZero();
    }

    /** One engine used as an application would: globals, a function, a class, an import, an error. */
    private static void useOnce(HotPyScriptEngineFactory factory, int i, List<WeakReference<Object>> refs)
            throws Exception {
        ScriptEngine engine = factory.getScriptEngine();
        engine.put("i", i);
        engine.eval("class Item:\n    def __init__(self, n):\n        self.n = n\n"
                + "def total(n):\n    return sum(Item(k).n for k in range(n)) + i");
        Object r = ((Invocable) engine).invokeFunction("total", 10);
        assertThat(r).isEqualTo(45L + i);
        try {
            engine.eval("raise ValueError('x')");
        } catch (javax.script.ScriptException expected) {
            // an error on the way must leak nothing either
        }
        EmbeddedInterpreter py = (EmbeddedInterpreter) ((HotPyScriptEngine) engine).interpreter();
        refs.add(new WeakReference<>(engine));
        refs.add(new WeakReference<>(py.state()));
        refs.add(new WeakReference<>(py.state().modules()));
        ((HotPyScriptEngine) engine).close();
    }
}
