package org.hotpy.core.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hotpy.api.Interpreter;
import org.hotpy.api.PyHandle;
import org.hotpy.api.Python;
import org.hotpy.api.PythonException;
import org.hotpy.fixtures.Lambdas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Java interfaces implemented in Python: results converted to declared types, defaults, lambdas. */
class InterfaceProxyTest {
    /** A rules interface an application might define. */
    public interface Pricing {
        int discountPercent(String customer);

        long total(long base);

        double rate();

        boolean eligible(int age);

        String label();

        List<Integer> tiers();

        Map<String, Long> limits();

        void log(String message);

        default String describe() {
            return "pricing " + label();
        }
    }

    private Interpreter py;

    @BeforeEach
    void create() {
        py = Python.create();
    }

    @AfterEach
    void close() {
        py.close();
    }

    private static final String PRICING = """
            logged = []
            class Rules:
                def discountPercent(self, customer):
                    return 10 if customer == 'gold' else 0
                def total(self, base):
                    return base * 2
                def rate(self):
                    return 3
                def eligible(self, age):
                    return age >= 18
                def label(self):
                    return 'standard'
                def tiers(self):
                    return [1, 2, 3]
                def limits(self):
                    return {'daily': 100}
                def log(self, message):
                    logged.append(message)
            """;

    @Test
    void objectImplementsInterfaceWithTypedResults() {
        py.exec(PRICING + "rules = Rules()");
        Pricing p = py.get("rules", Pricing.class);
        assertThat(p.discountPercent("gold")).isEqualTo(10);
        assertThat(p.total(21)).isEqualTo(42L);
        assertThat(p.rate()).isEqualTo(3.0);
        assertThat(p.eligible(20)).isTrue();
        assertThat(p.label()).isEqualTo("standard");
        List<Integer> tiers = p.tiers();
        int sum = 0;
        for (Integer t : tiers) {
            sum += t; // elements really are Integer, as declared
        }
        assertThat(sum).isEqualTo(6);
        assertThat(p.limits().get("daily")).isEqualTo(100L);
        p.log("hello");
        assertThat(py.eval("logged")).isEqualTo(List.of("hello"));
        assertThat(p.describe()).isEqualTo("pricing standard");
    }

    @Test
    void moduleFunctionsImplementInterface() {
        py.exec("def apply(x):\n    return x + 1");
        @SuppressWarnings("unchecked")
        Function<Object, Object> f = py.asInterface(Function.class);
        assertThat(f.apply(41)).isEqualTo(42L);
    }

    @Test
    void missingMethodsAreNamed() {
        py.exec("class Half:\n    def label(self):\n        return 'x'\nh = Half()");
        assertThatThrownBy(() -> py.asInterface(py.get("h"), Pricing.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("discountPercent").hasMessageContaining("total")
                .hasMessageNotContaining("describe");
    }

    @Test
    void pythonErrorsReachTheCaller() {
        py.exec("class Bad:\n    def run(self):\n        raise ValueError('nope')\nb = Bad()");
        Runnable r = py.asInterface(py.get("b"), Runnable.class);
        assertThatThrownBy(r::run).isInstanceOf(PythonException.class).hasMessage("ValueError: nope");
    }

    @Test
    void resultOfTheWrongTypeIsATypeError() {
        py.exec("class R:\n    def label(self):\n        return 5\n" + "    def __getattr__(self, n):\n        return lambda *a: 0\nr = R()");
        Pricing p = py.asInterface(py.get("r"), Pricing.class);
        assertThatThrownBy(p::label).isInstanceOf(PythonException.class).hasMessageContaining("TypeError");
    }

    @Test
    void callableAsFunctionalInterface() {
        py.exec("double = lambda x: x * 2");
        @SuppressWarnings("unchecked")
        Function<Object, Object> f = ((PyHandle) py.get("double")).as(Function.class);
        assertThat(f.apply(21)).isEqualTo(42L);
    }

    @Test
    void pythonLambdasPassedToJavaMethods() {
        List<Object> list = new ArrayList<>(List.of(3, 1, 2));
        py.set("items", list);
        py.exec("seen = []\nitems.forEach(lambda x: seen.append(x))\nitems.sort(lambda a, b: b - a)");
        assertThat(py.eval("seen")).isEqualTo(List.of(3L, 1L, 2L));
        assertThat(list).containsExactly(3, 2, 1);
    }

    @Test
    void javaLambdasAreCallableInPython() {
        py.set("shout", Lambdas.shout());
        py.set("cmp", Lambdas.byLength());
        assertThat(py.eval("shout('hey')")).isEqualTo("HEY!");
        assertThat(py.eval("cmp.compare('aa', 'b') > 0")).isEqualTo(true);
    }

    @Test
    void proxyIdentityAndRoundTrip() {
        py.exec("class R:\n    def run(self):\n        pass\nr = R()\ndef same(x):\n    return x is r");
        Runnable a = py.asInterface(py.get("r"), Runnable.class);
        Runnable b = py.asInterface(py.get("r"), Runnable.class);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).startsWith("<__main__.R object at");
        assertThat(py.call("same", a)).isEqualTo(true);
    }
}
