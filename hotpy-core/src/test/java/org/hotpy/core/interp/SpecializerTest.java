package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.function.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Quickening: an adaptive instruction becomes its specialised form after
 * {@link Specializer#WARMUP} executions, and a specialised instruction whose guard fails (a
 * global added, a builtin shadowed, a class attribute changed, another shape or operand type)
 * goes back to its family head — with the right result either way.
 */
class SpecializerTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private CodeObject code(String function) {
        return ((PyFunction) py.get(function)).code;
    }

    /** The pc of the first instruction of family {@code family} whose name operand is {@code name} (or any). */
    private static int find(CodeObject code, Opcode family, String name) {
        for (int pc = 0; pc < code.code.length; pc++) {
            Opcode op = Opcode.of(Opcode.opcodeOf(code.code[pc]));
            if (op.family() == family && (name == null || code.names[Opcode.argOf(code.code[pc])].equals(name))) {
                return pc;
            }
        }
        throw new AssertionError("no " + family + " " + name + " in " + code.qualname);
    }

    private static Opcode at(CodeObject code, int pc) {
        return Opcode.of(Opcode.opcodeOf(code.code[pc]));
    }

    private void repeat(String call, int times) {
        py.exec("for _i in range(" + times + "):\n    " + call + "\n");
    }

    @Nested
    class Globals {
        @BeforeEach
        void define() {
            py.exec("def g(x):\n    return x\n"
                    + "def f(n):\n    t = 0\n    for i in range(n):\n        t = t + g(i)\n    return t\n");
        }

        @Test
        void hotLoopsQuicken() {
            repeat("f(100)", 12);
            CodeObject f = code("f");
            assertThat(at(f, find(f, Opcode.LOAD_GLOBAL, "g"))).isEqualTo(Opcode.LOAD_GLOBAL_MODULE);
            assertThat(at(f, find(f, Opcode.LOAD_GLOBAL, "range"))).isEqualTo(Opcode.LOAD_GLOBAL_BUILTIN);
            assertThat(at(f, find(f, Opcode.BINARY_OP, null))).isEqualTo(Opcode.BINARY_OP_ADD_INT);
            int callG = find(f, Opcode.LOAD_GLOBAL, "g");
            while (at(f, callG).family() != Opcode.CALL) {
                callG++;
            }
            assertThat(at(f, callG)).isEqualTo(Opcode.CALL_PY_EXACT_ARGS);
            assertThat(py.repr("f(100)")).isEqualTo("4950");
        }

        @Test
        void aNewGlobalDeoptimisesTheGlobalLoad() {
            repeat("f(100)", 2);
            CodeObject f = code("f");
            int pc = find(f, Opcode.LOAD_GLOBAL, "g");
            assertThat(at(f, pc)).isEqualTo(Opcode.LOAD_GLOBAL_MODULE);
            py.exec("brand_new_global = 1");
            assertThat(py.repr("f(3)")).isEqualTo("3");
            assertThat(at(f, pc)).isEqualTo(Opcode.LOAD_GLOBAL);
        }

        @Test
        void reboundGlobalsAreSeenWithoutDeoptimising() {
            repeat("f(100)", 2);
            CodeObject f = code("f");
            int pc = find(f, Opcode.LOAD_GLOBAL, "g");
            py.exec("g = lambda x: 2 * x");
            assertThat(py.repr("f(10)")).isEqualTo("90");
            // the cache holds the entry's position, which a value update keeps valid
            assertThat(at(f, pc)).isEqualTo(Opcode.LOAD_GLOBAL_MODULE);
        }

        @Test
        void shadowingABuiltinDeoptimisesTheBuiltinLoad() {
            py.exec("def l(s):\n    return len(s)\n");
            repeat("l('abc')", 20);
            CodeObject l = code("l");
            int pc = find(l, Opcode.LOAD_GLOBAL, "len");
            assertThat(at(l, pc)).isEqualTo(Opcode.LOAD_GLOBAL_BUILTIN);
            py.exec("len = lambda s: -1");
            assertThat(py.repr("l('abc')")).isEqualTo("-1");
            assertThat(at(l, pc)).isEqualTo(Opcode.LOAD_GLOBAL);
            py.exec("del len");
            assertThat(py.repr("l('abc')")).isEqualTo("3");
        }
    }

    @Nested
    class Calls {
        private int callPc(CodeObject c) {
            int pc = 0;
            while (at(c, pc).family() != Opcode.CALL) {
                pc++;
            }
            return pc;
        }

        @Test
        void builtinCallsQuickenAndDeoptimiseWhenTheCalleeChanges() {
            py.exec("def call(f, x):\n    return f(x)\n");
            repeat("call(abs, -4)", 20);
            CodeObject c = code("call");
            int pc = callPc(c);
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL_BUILTIN);
            assertThat(py.repr("call(len, 'abc')")).isEqualTo("3"); // another builtin: same path
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL_BUILTIN);
            assertThat(py.repr("call(lambda x: [x], 5)")).isEqualTo("[5]");
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL);
        }

        @Test
        void lenQuickensToItsOwnFormAndKeepsItsProtocolAndErrors() {
            py.exec("def call(f, x):\n    return f(x)\n"
                    + "class Sized:\n    def __len__(self):\n        return 7\n"
                    + "class Negative:\n    def __len__(self):\n        return -1\n");
            repeat("call(len, [1, 2])", 20);
            CodeObject c = code("call");
            int pc = callPc(c);
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL_LEN);
            assertThat(py.repr("call(len, Sized())")).isEqualTo("7");
            assertThat(py.repr("call(len, range(2**62))")).isEqualTo("4611686018427387904");
            py.exec("try:\n    call(len, Negative())\nexcept ValueError as e:\n    m = str(e)\n");
            assertThat(py.repr("m")).isEqualTo("'__len__() should return >= 0'");
            py.exec("try:\n    call(len, 5)\nexcept TypeError as e:\n    m = str(e)\n");
            assertThat(py.repr("m")).isEqualTo("\"object of type 'int' has no len()\"");
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL_LEN);
            assertThat(py.repr("call(abs, -3)")).isEqualTo("3"); // another builtin: the site leaves CALL_LEN
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL);
            py.exec("len = lambda x: 'shadowed'");
            assertThat(py.repr("call(len, [1])")).isEqualTo("'shadowed'");
        }

        @Test
        void classesThatCallTypeDoesNotTakeAreCalledStraightThrough() {
            py.exec("def call(f, x):\n    return f(x)\n"
                    + "class Fixed:\n    def __new__(cls, x):\n        return ('fixed', x)\n");
            repeat("call(range, 3)", 20);
            CodeObject c = code("call");
            int pc = callPc(c);
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL_BUILTIN);
            assertThat(py.repr("call(set, [2, 2])")).isEqualTo("{2}");
            assertThat(py.repr("call(Fixed, 1)")).isEqualTo("('fixed', 1)");
            assertThat(py.repr("call(len, 'ab')")).isEqualTo("2");
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL_BUILTIN);
            assertThat(py.repr("call(lambda x: [x], 5)")).isEqualTo("[5]");
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL);
        }

        @Test
        void exactArgumentCallsStayFastForAnyFunctionOfTheRightShape() {
            py.exec("def call(f, x):\n    return f(x)\n"
                    + "def one(a):\n    return ('one', a)\n"
                    + "def other(b):\n    return ('other', b)\n"
                    + "def defaults(a, b=2):\n    return ('defaults', a, b)\n");
            repeat("call(one, 1)", 20);
            CodeObject c = code("call");
            int pc = callPc(c);
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL_PY_EXACT_ARGS);
            assertThat(py.repr("call(other, 2)")).isEqualTo("('other', 2)");
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL_PY_EXACT_ARGS);
            assertThat(py.repr("call(defaults, 3)")).isEqualTo("('defaults', 3, 2)");
            assertThat(at(c, pc)).isEqualTo(Opcode.CALL);
        }
    }

    @Nested
    class Operators {
        @BeforeEach
        void define() {
            py.exec("def add(a, b):\n    return a + b\n");
        }

        @Test
        void coldInstructionsStayGeneric() {
            repeat("add(1, 2)", Specializer.WARMUP - 1);
            assertThat(at(code("add"), find(code("add"), Opcode.BINARY_OP, null))).isEqualTo(Opcode.BINARY_OP);
        }

        @Test
        void anOperandTypeChangeDeoptimisesAndLaterRespecialises() {
            repeat("add(1, 2)", 20);
            CodeObject c = code("add");
            int pc = find(c, Opcode.BINARY_OP, null);
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP_ADD_INT);
            assertThat(py.repr("add(1.5, 2)")).isEqualTo("3.5");
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP);
            repeat("add(1.5, 2.0)", Specializer.BACKOFF + 5);
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP_ADD_FLOAT);
        }

        @Test
        void eachDeoptimisationDoublesTheBackOff() {
            repeat("add(1, 2)", 20);
            CodeObject c = code("add");
            int pc = find(c, Opcode.BINARY_OP, null);
            py.repr("add(1.5, 2)");
            repeat("add(1.5, 2.0)", Specializer.BACKOFF + 1);
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP_ADD_FLOAT);
            py.repr("add(1, 2)"); // second deoptimisation: twice the wait
            repeat("add(1, 2)", Specializer.BACKOFF + 1);
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP);
            repeat("add(1, 2)", Specializer.BACKOFF);
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP_ADD_INT);
            assertThat(py.repr("add('a', 'b')")).isEqualTo("'ab'");
            assertThat(py.repr("add(2 ** 62, 2 ** 62)")).isEqualTo("9223372036854775808");
        }

        @Test
        void intOverflowLeavesTheFastPathWithTheRightResult() {
            repeat("add(1, 2)", 20);
            assertThat(py.repr("add(9223372036854775807, 1)")).isEqualTo("9223372036854775808");
        }

        @Test
        void operatorsOnAPythonClassCallItsMethodUntilAClassChanges() {
            py.exec("class V:\n    def __init__(self, x):\n        self.x = x\n"
                    + "    def __add__(self, o):\n        return V(self.x + o.x)\n"
                    + "class Other:\n    def __radd__(self, o):\n        return 'radd'\n");
            repeat("add(V(1), V(2))", 20);
            CodeObject c = code("add");
            int pc = find(c, Opcode.BINARY_OP, null);
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP_PY_METHOD);
            assertThat(py.repr("add(V(1), V(2)).x")).isEqualTo("3");
            py.exec("V.__add__ = lambda self, o: 'rebound'\n");
            assertThat(py.repr("add(V(1), V(2))")).isEqualTo("'rebound'");
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP);
            assertThat(py.repr("add(V(1), Other())")).isEqualTo("'rebound'");
        }

        @Test
        void anotherRightOperandClassDeoptimisesTheMethodForm() {
            py.exec("class V:\n    def __add__(self, o):\n        return NotImplemented\n"
                    + "class R:\n    def __radd__(self, o):\n        return 'reflected'\n");
            repeat("add(V(), R())", 20);
            CodeObject c = code("add");
            int pc = find(c, Opcode.BINARY_OP, null);
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP_PY_METHOD);
            assertThat(py.repr("add(V(), R())")).isEqualTo("'reflected'");
            assertThatThrownBy(() -> py.repr("add(V(), 1)")).hasMessageContaining(
                    "unsupported operand type(s) for +: 'V' and 'int'");
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP);
        }

        @Test
        void tupleAndListConcatenationHaveTheirFormsWhichSubclassesLeave() {
            py.exec("class T(tuple):\n    def __radd__(self, o):\n        return 'T.__radd__'\n"
                    + "def cat(a, b):\n    return a + b\n");
            repeat("add((1,), (2, 3))", 20);
            repeat("cat([1], [2])", 20);
            CodeObject c = code("add");
            int pc = find(c, Opcode.BINARY_OP, null);
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP_ADD_TUPLE);
            assertThat(py.repr("add((1,), (2, 3))")).isEqualTo("(1, 2, 3)");
            assertThat(py.repr("add((1,), T((2,)))")).isEqualTo("'T.__radd__'");
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_OP);
            CodeObject l = code("cat");
            assertThat(at(l, find(l, Opcode.BINARY_OP, null))).isEqualTo(Opcode.BINARY_OP_ADD_LIST);
            assertThat(py.repr("cat([1], [2, 3])")).isEqualTo("[1, 2, 3]");
            assertThatThrownBy(() -> py.repr("cat([1], (2,))")).hasMessageContaining(
                    "can only concatenate list (not \"tuple\") to list");
        }

        @Test
        void aListsInPlaceAdditionStaysGenericAndExtendsTheList() {
            py.exec("def iadd(a, b):\n    a += b\n    return a\n");
            repeat("iadd([1], [2])", 20);
            CodeObject c = code("iadd");
            assertThat(at(c, find(c, Opcode.BINARY_OP, null))).isEqualTo(Opcode.BINARY_OP);
            py.exec("x = [1]\ny = iadd(x, [2])\n");
            assertThat(py.repr("(x is y, x)")).isEqualTo("(True, [1, 2])");
            repeat("iadd((1,), (2,))", 80);
            assertThat(at(c, find(c, Opcode.BINARY_OP, null))).isEqualTo(Opcode.BINARY_OP_ADD_TUPLE);
            py.exec("u = (1,)\nv = iadd(u, (2,))\n");
            assertThat(py.repr("(u is v, u, v)")).isEqualTo("(False, (1,), (1, 2))");
        }

        @Test
        void builtinOperandsWithoutAFormStayGeneric() {
            py.exec("def xor(a, b):\n    return a ^ b\n");
            repeat("xor(5, 3)", 20);
            CodeObject c = code("xor");
            assertThat(at(c, find(c, Opcode.BINARY_OP, null))).isEqualTo(Opcode.BINARY_OP);
        }

        @Test
        void subscriptsDeoptimiseOnAnotherContainer() {
            py.exec("def first(c):\n    return c[0]\n");
            repeat("first([1, 2])", 20);
            CodeObject c = code("first");
            int pc = find(c, Opcode.BINARY_SUBSCR, null);
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_SUBSCR_LIST_INT);
            assertThat(py.repr("first({0: 'dict'})")).isEqualTo("'dict'");
            assertThat(at(c, pc)).isEqualTo(Opcode.BINARY_SUBSCR);
        }
    }

    @Nested
    class Attributes {
        @BeforeEach
        void define() {
            py.exec("class P:\n    def __init__(self, x):\n        self.x = x\n    def meth(self):\n        return 'old'\n"
                    + "class Q:\n    def __init__(self, x):\n        self.pad = 0\n        self.x = x\n"
                    + "def getx(o):\n    return o.x\n"
                    + "def setx(o, v):\n    o.x = v\n"
                    + "def call(o):\n    return o.meth()\n"
                    + "p = P(1)\n");
        }

        /** Classes R0..R{n-1}, each instance with {@code x} at another position. */
        private void defineLayouts(int n) {
            for (int i = 0; i < n; i++) {
                py.exec("class R" + i + ":\n    def __init__(self):\n" + "        self.pad = 0\n".repeat(i)
                        + "        self.x = " + i + "\n    def meth(self):\n        return " + i + "\n");
            }
        }

        @Test
        void anotherShapeExtendsTheInstanceLoadUpToTheLimit() {
            repeat("getx(p)", 20);
            CodeObject c = code("getx");
            int pc = find(c, Opcode.LOAD_ATTR, "x");
            assertThat(at(c, pc)).isEqualTo(Opcode.LOAD_ATTR_INSTANCE_VALUE);
            assertThat(py.repr("getx(Q('q'))")).isEqualTo("'q'");
            assertThat(at(c, pc)).isEqualTo(Opcode.LOAD_ATTR_INSTANCE_VALUE); // two shapes cached
            defineLayouts(AttrHandlers.MAX_ENTRIES);
            for (int i = 0; i < AttrHandlers.MAX_ENTRIES - 2; i++) {
                assertThat(py.repr("getx(R" + i + "())")).isEqualTo(Integer.toString(i));
            }
            assertThat(at(c, pc)).isEqualTo(Opcode.LOAD_ATTR_INSTANCE_VALUE);
            assertThat(py.repr("getx(p)")).isEqualTo("1");
            int last = AttrHandlers.MAX_ENTRIES - 1;
            assertThat(py.repr("getx(R" + last + "())")).isEqualTo(Integer.toString(last));
            assertThat(at(c, pc)).isEqualTo(Opcode.LOAD_ATTR); // one shape too many: generic
        }

        @Test
        void aShapeChangeOfTheSameObjectIsSeen() {
            repeat("getx(p)", 20);
            CodeObject c = code("getx");
            int pc = find(c, Opcode.LOAD_ATTR, "x");
            py.exec("del p.x\np.y = 0\np.x = 'readded'\n");
            assertThat(py.repr("getx(p)")).isEqualTo("'readded'");
            assertThat(py.repr("getx(P(7))")).isEqualTo("7");
        }

        @Test
        void storesQuickenAndStayPolymorphic() {
            repeat("setx(p, 5)", 20);
            CodeObject c = code("setx");
            int pc = find(c, Opcode.STORE_ATTR, "x");
            assertThat(at(c, pc)).isEqualTo(Opcode.STORE_ATTR_INSTANCE_VALUE);
            py.exec("q = Q(0)\nsetx(q, 'stored')\n");
            assertThat(py.repr("q.x")).isEqualTo("'stored'");
            assertThat(at(c, pc)).isEqualTo(Opcode.STORE_ATTR_INSTANCE_VALUE);
            defineLayouts(AttrHandlers.MAX_ENTRIES);
            py.exec("rs = [R" + String.join("(), R", "0 1 2 3".split(" ")) + "()]\n"
                    + "for r in rs:\n    setx(r, 'r')\n");
            assertThat(py.repr("[r.x for r in rs] + [p.x, q.x]")).isEqualTo("['r', 'r', 'r', 'r', 5, 'stored']");
            assertThat(at(c, pc)).isEqualTo(Opcode.STORE_ATTR);
        }

        @Test
        void aStoreThatAddsAnAttributeFollowsTheShapeTransition() {
            py.exec("class Empty:\n    pass\n"
                    + "def sety(o):\n    o.y = 1\n    return o\n");
            repeat("sety(Empty())", 20);
            CodeObject c = code("sety");
            assertThat(at(c, find(c, Opcode.STORE_ATTR, "y"))).isEqualTo(Opcode.STORE_ATTR_INSTANCE_VALUE);
            assertThat(py.repr("sety(P(3)).__dict__")).isEqualTo("{'x': 3, 'y': 1}");
            assertThat(py.repr("sety(Empty()).__dict__")).isEqualTo("{'y': 1}");
        }

        @Test
        void changingTheClassRefreshesTheMethodLoad() {
            repeat("call(p)", 20);
            CodeObject c = code("call");
            int pc = find(c, Opcode.LOAD_METHOD, "meth");
            assertThat(at(c, pc).isSpecialized()).isTrue();
            py.exec("P.meth = lambda self: 'new'");
            assertThat(py.repr("call(p)")).isEqualTo("'new'");
            assertThat(at(c, pc)).isEqualTo(Opcode.LOAD_METHOD_WITH_VALUES);
        }

        @Test
        void methodLoadsArePolymorphicUpToTheLimit() {
            repeat("call(p)", 20);
            CodeObject c = code("call");
            int pc = find(c, Opcode.LOAD_METHOD, "meth");
            defineLayouts(AttrHandlers.MAX_ENTRIES);
            for (int i = 0; i < AttrHandlers.MAX_ENTRIES - 1; i++) {
                assertThat(py.repr("call(R" + i + "())")).isEqualTo(Integer.toString(i));
            }
            assertThat(at(c, pc)).isEqualTo(Opcode.LOAD_METHOD_WITH_VALUES);
            assertThat(py.repr("call(R3())")).isEqualTo("3");
            assertThat(at(c, pc)).isEqualTo(Opcode.LOAD_METHOD);
        }

        @Test
        void anInstanceAttributeShadowingAMethodIsSeen() {
            repeat("call(p)", 20);
            py.exec("p.meth = lambda: 'instance'");
            assertThat(py.repr("call(p)")).isEqualTo("'instance'");
            assertThat(py.repr("call(P(2))")).isEqualTo("'old'");
        }

        @Test
        void aNewDataDescriptorOnTheClassWins() {
            repeat("getx(p)", 20);
            py.exec("P.x = property(lambda self: 'property')");
            assertThat(py.repr("getx(p)")).isEqualTo("'property'");
        }
    }

    @Nested
    class Loops {
        @BeforeEach
        void define() {
            py.exec("def gen(n):\n    i = 0\n    while i < n:\n        yield i\n        i += 1\n    return 'r'\n"
                    + "def total(it):\n    t = 0\n    for x in it:\n        t += x\n    return t\n");
        }

        @Test
        void aLoopOverGeneratorsResumesThemDirectlyAndEndsWhenOneReturns() {
            repeat("total(gen(10))", 20);
            CodeObject c = code("total");
            int pc = find(c, Opcode.FOR_ITER, null);
            assertThat(at(c, pc)).isEqualTo(Opcode.FOR_ITER_GEN);
            assertThat(py.repr("total(gen(10))")).isEqualTo("45");
            assertThat(py.repr("total(gen(0))")).isEqualTo("0");
            assertThat(at(c, pc)).isEqualTo(Opcode.FOR_ITER_GEN);
        }

        @Test
        void anotherIterableDeoptimisesTheGeneratorLoop() {
            repeat("total(gen(10))", 20);
            CodeObject c = code("total");
            int pc = find(c, Opcode.FOR_ITER, null);
            assertThat(py.repr("total([1, 2, 3])")).isEqualTo("6");
            assertThat(at(c, pc)).isEqualTo(Opcode.FOR_ITER);
            assertThat(py.repr("total(gen(4))")).isEqualTo("6");
        }

        @Test
        void stopIterationRaisedInsideIsARuntimeErrorAtTheSpecialisedLoop() {
            py.exec("def stops():\n    yield 1\n    raise StopIteration\n");
            repeat("total(gen(3))", 20);
            CodeObject c = code("total");
            assertThat(at(c, find(c, Opcode.FOR_ITER, null))).isEqualTo(Opcode.FOR_ITER_GEN);
            py.exec("try:\n    total(stops())\nexcept RuntimeError as e:\n    err = (repr(e), repr(e.__cause__))\n");
            assertThat(py.repr("err")).isEqualTo("(\"RuntimeError('generator raised StopIteration')\", 'StopIteration()')");
        }
    }
}
