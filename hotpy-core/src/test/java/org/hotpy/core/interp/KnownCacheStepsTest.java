package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.function.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link KnownCacheSteps}: a function compiled while its attribute, method and global loads had one
 * cache entry each holds those entries as constants of its class, and still gives the
 * interpreter's answers once the entries no longer describe what it meets.
 */
class KnownCacheStepsTest {
    private static final int WARM = FunctionCompiler.CALLS_BEFORE_COMPILING + FunctionCompiler.UNSETTLED_CALLS + 5;

    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
        py.exec("""
                class P:
                    def __init__(self, x):
                        self.x = x
                    def get(self):
                        return self.x
                K = 10
                def f(p):
                    p.x = p.x + K
                    return p.get(), len('ab')
                class V:
                    def __init__(self, a):
                        self.a = a
                    def __add__(self, o):
                        return V(self.a + o.a)
                def g(a, b):
                    return (V(a) + V(b)).a
                import math, types
                mod = types.ModuleType('mod')
                mod.floor = math.floor
                mod.pi = math.pi
                class C:
                    unit = 2
                def h(xs, x):
                    xs.append(mod.floor(x) * C.unit)
                    return mod.pi > 3, xs
                """);
        // warm the functions' instructions first, so that they are compiled with settled caches
        py.exec("p = P(0)\nfor _i in range(" + 4 * WARM + "):\n    p.x = 0\n    f(p)\n    g(_i, 1)\n    h([], _i)\n");
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private List<String> constantTypes(String function) {
        Object c = ((PyFunction) py.get(function)).code.compiled;
        assertThat(c).isInstanceOf(CompiledCode.class).isNotSameAs(CompiledCode.INTERPRETED);
        return Arrays.stream(c.getClass().getDeclaredFields()).map(Field::getType).map(Class::getSimpleName).toList();
    }

    @Test
    void theEntriesAreConstantsOfTheCompiledClass() {
        assertThat(constantTypes("f")).contains("InstanceCache", "StoreCache", "MethodCache", "GlobalCache");
        assertThat(py.repr("f(P(1))")).isEqualTo("(11, 2)");
    }

    @Test
    void instantiationAndOperatorMethodsToo() {
        assertThat(constantTypes("g")).contains("TypeCallCache", "PyMethodCache");
        assertThat(py.repr("g(2, 3)")).isEqualTo("5");
        py.exec("class W(V):\n    pass\n");
        assertThat(py.repr("g(2.5, 1), (W(1) + V(2)).a")).isEqualTo("(3.5, 3)");
        py.exec("def init(self, a):\n    self.a = -a\nV.__init__ = init\n");
        assertThat(py.repr("g(2, 3)")).isEqualTo("5");
        py.exec("V.__add__ = lambda self, o: o\n");
        assertThat(py.repr("g(2, 3)")).isEqualTo("-3");
        py.exec("V.__radd__ = lambda self, o: 'radd'\nV.__add__ = lambda self, o: NotImplemented\n");
        assertThat(py.raises("g(2, 3)")).isEqualTo("TypeError"); // neither method takes two Vs
    }

    @Test
    void moduleAndClassAttributesAndMethodsOfBuiltinTypesToo() {
        assertThat(constantTypes("h")).contains("ModuleCache", "ClassCache");
        assertThat(py.repr("h([], 2.5)")).isEqualTo("(True, [4])");
        py.exec("C.unit = 10\nmod.pi = 1\n");
        assertThat(py.repr("h([0], 2.5)")).isEqualTo("(False, [0, 20])");
        py.exec("class L(list):\n    def append(self, x):\n        list.append(self, -x)\n");
        assertThat(py.repr("h(L(), 1)")).isEqualTo("(False, [-10])");
        py.exec("mod = C\nC.floor = staticmethod(lambda x: 'floor')\nC.pi = 4\nC.unit = 1\n");
        assertThat(py.repr("h([], 1)")).isEqualTo("(True, ['floor'])");
    }

    @Test
    void anotherClassOrShapeGoesTheGeneralWay() {
        py.exec("""
                class Q:
                    def __init__(self):
                        self.y = 0
                        self.x = 5
                    def get(self):
                        return -self.x
                q = P(1)
                q.extra = 1
                """);
        assertThat(py.repr("f(Q()), f(q), q.x")).isEqualTo("((-15, 2), (11, 2), 11)");
    }

    @Test
    void aChangedClassIsSeen() {
        py.exec("P.get = lambda self: ('replaced', self.x)\n");
        assertThat(py.repr("f(P(1))")).isEqualTo("(('replaced', 11), 2)");
        py.exec("P.x = property(lambda self: self.__dict__.get('_x', 0) * 100,"
                + " lambda self, v: self.__dict__.__setitem__('_x', v))\n");
        assertThat(py.repr("f(P(1))")).isEqualTo("(('replaced', 11000), 2)");
    }

    @Test
    void reboundDeletedAndShadowingGlobalsAreSeen() {
        py.exec("K = 1\n");
        assertThat(py.repr("f(P(1))")).isEqualTo("(2, 2)");
        py.exec("del K\ntry:\n    f(P(1))\nexcept NameError as e:\n    err = str(e)\n");
        assertThat(py.repr("err")).isEqualTo("\"name 'K' is not defined\"");
        py.exec("K = 0\nlen = lambda s: 'global len'\n");
        assertThat(py.repr("f(P(1))")).isEqualTo("(1, 'global len')");
        py.exec("del len\nimport builtins\nsaved = builtins.len\nbuiltins.len = lambda s: 'new builtin'\n");
        assertThat(py.repr("f(P(1))")).isEqualTo("(1, 'new builtin')");
        py.exec("builtins.len = saved\n");
    }
}
