package org.hotpy.examples;

import java.io.StringWriter;
import java.time.Duration;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

import org.hotpy.api.Interpreter;
import org.hotpy.api.PyHandle;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.hotpy.api.ResourceLimitException;
import org.hotpy.api.ResourceLimits;

/**
 * Embedding HotPy: evaluate a script, call a Python function, implement a Java interface in
 * Python, enforce a timeout — with the HotPy API, then with plain {@code javax.script}.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {}

    static final String RULES = """
            def percent(customerTier, orderTotal):
                base = {'gold': 10, 'silver': 5}.get(customerTier, 0)
                return base + (5 if orderTotal > 1000 else 0)

            def greet(name, punctuation='!'):
                return f'Hello, {name}{punctuation}'
            """;

    public static void main(String[] args) throws Exception {
        StringWriter out = new StringWriter();
        System.out.print(run(out));
    }

    /** Runs every step, printing to {@code out}; returns what was printed. */
    static String run(StringWriter out) throws Exception {
        ResourceLimits limits = ResourceLimits.builder().timeout(Duration.ofSeconds(1)).build();
        try (Interpreter py = Python.builder().stdout(out).limits(limits).build()) {
            // 1. evaluate a script
            py.exec("total = sum(price * qty for price, qty in [(9.5, 2), (20.0, 1)])");
            out.write("total = " + py.get("total") + "\n");
            out.write("eval: " + py.eval("total * 2") + "\n");

            // 2. call a Python function
            py.exec(RULES);
            out.write(py.call("greet", "Ada") + "\n");
            PyHandle greet = (PyHandle) py.get("greet");
            out.write(greet.callWithKeywords(java.util.List.of("Bo"), java.util.Map.of("punctuation", "?")) + "\n");

            // 3. implement a Java interface in Python (module-level functions named like its methods)
            Discount discount = py.asInterface(Discount.class);
            out.write("gold, 1500.0: " + discount.percent("gold", 1500.0) + "% (" + discount.label() + ")\n");

            // 4. enforce a timeout: the loop cannot catch it, and the interpreter stays usable
            try {
                py.exec("while True:\n    try:\n        pass\n    except BaseException:\n        pass");
            } catch (ResourceLimitException e) {
                out.write("stopped: " + e.limit() + "\n");
            }

            // errors carry the Python type, message and line
            try {
                py.exec("x = 1\ny = x / 0");
            } catch (PythonException e) {
                out.write(e.pythonType() + " at line " + e.lineNumber() + ": " + e.pythonMessage() + "\n");
            }
            out.write("still usable: " + py.eval("6 * 7") + "\n");
        }

        // The same through javax.script, naming no HotPy class
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        engine.getContext().setWriter(out);
        engine.put("name", "javax.script");
        engine.eval("print(f'hello from {name}')");
        out.write("jsr-223 eval: " + engine.eval("[n * n for n in range(4)]") + "\n");
        return out.toString();
    }
}
