package org.hotpy.core.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Disassembler;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.types.collection.PyTuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code the compiler emits for representative constructs (CPython 3.11's
 * instruction choices), the scopes the symbol table gives names, code-object flags and counts,
 * the line table and the exception table.
 */
class CompilerTest {

    static CodeObject compile(String src) {
        return Compiler.compile(src, "t.py", Compiler.Mode.EXEC);
    }

    /** The nested code object called {@code name} (searched depth-first). */
    static CodeObject nested(CodeObject code, String name) {
        for (PyObject c : code.consts) {
            if (c instanceof CodeObject co) {
                if (co.name.equals(name)) {
                    return co;
                }
                CodeObject inner = nested(co, name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    static List<Opcode> ops(CodeObject code) {
        List<Opcode> out = new ArrayList<>();
        for (int w : code.code) {
            out.add(Opcode.of(Opcode.opcodeOf(w)));
        }
        return out;
    }

    /** "OPCODE name" for name-carrying instructions, else just the opcode. */
    static List<String> named(CodeObject code) {
        List<String> out = new ArrayList<>();
        for (int w : code.code) {
            Opcode op = Opcode.of(Opcode.opcodeOf(w));
            int arg = Opcode.argOf(w);
            String detail = switch (op) {
                case LOAD_NAME, STORE_NAME, LOAD_GLOBAL, STORE_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD ->
                        " " + code.names[arg];
                case LOAD_FAST, STORE_FAST -> " " + code.varnames[arg];
                default -> "";
            };
            out.add(op + detail);
        }
        return out;
    }

    static int indexOf(CodeObject code, Opcode op, int from) {
        for (int pc = from; pc < code.code.length; pc++) {
            if (Opcode.opcodeOf(code.code[pc]) == op.ordinal()) {
                return pc;
            }
        }
        return -1;
    }

    @Nested
    class NameScopes {
        @Test
        void moduleNamesUseTheNameOpcodes() {
            assertThat(named(compile("x = 1\ny = x\n"))).containsSubsequence("STORE_NAME x", "LOAD_NAME x",
                    "STORE_NAME y");
        }

        @Test
        void functionLocalsAreFastAndParametersComeFirst() {
            CodeObject f = nested(compile("def f(a, b):\n    c = a\n    return c + b\n"), "f");
            assertThat(f.varnames).containsExactly("a", "b", "c");
            assertThat(named(f)).containsSubsequence("LOAD_FAST a", "STORE_FAST c", "LOAD_FAST c", "LOAD_FAST b");
            assertThat(f.argCount).isEqualTo(2);
        }

        @Test
        void undeclaredAndGlobalNamesInFunctionsAreGlobal() {
            CodeObject f = nested(compile("def f():\n    global g\n    g = len(h)\n"), "f");
            assertThat(named(f)).contains("LOAD_GLOBAL len", "LOAD_GLOBAL h", "STORE_GLOBAL g");
            assertThat(f.varnames).isEmpty();
        }

        @Test
        void capturedVariablesBecomeCellsAndFreeVariables() {
            CodeObject top = compile("def outer(p):\n    q = 1\n    def inner():\n        return p + q\n"
                    + "    return inner\n");
            CodeObject outer = nested(top, "outer");
            CodeObject inner = nested(top, "inner");
            assertThat(outer.cellvars).containsExactlyInAnyOrder("p", "q");
            assertThat(inner.freevars).containsExactlyInAnyOrder("p", "q");
            assertThat(ops(inner)).containsSubsequence(Opcode.LOAD_DEREF, Opcode.LOAD_DEREF, Opcode.BINARY_OP);
            assertThat(ops(outer)).containsSubsequence(Opcode.LOAD_CLOSURE, Opcode.BUILD_TUPLE, Opcode.LOAD_CONST,
                    Opcode.MAKE_FUNCTION);
            int make = indexOf(outer, Opcode.MAKE_FUNCTION, 0);
            assertThat(Opcode.argOf(outer.code[make]) & 0x08).as("closure flag").isNotZero();
            // p is a parameter and a cell: the frame copies the argument into its cell
            assertThat(outer.cellToArg).contains(0);
        }

        @Test
        void nonlocalBindsTheEnclosingCell() {
            CodeObject top = compile("def f():\n    n = 0\n    def g():\n        nonlocal n\n        n += 1\n"
                    + "    return g\n");
            assertThat(nested(top, "g").freevars).containsExactly("n");
            assertThat(ops(nested(top, "g"))).contains(Opcode.STORE_DEREF);
            assertThat(nested(top, "f").cellvars).containsExactly("n");
        }

        @Test
        void zeroArgumentSuperGivesTheClassBodyAClassCell() {
            CodeObject top = compile("class C(B):\n    def m(self):\n        return super().m()\n");
            assertThat(nested(top, "C").cellvars).containsExactly("__class__");
            assertThat(nested(top, "m").freevars).containsExactly("__class__");
            assertThat(named(nested(top, "C"))).contains("STORE_NAME __classcell__");
        }

        @Test
        void classBodiesUseNamesAndMethodsDoNotSeeThem() {
            CodeObject top = compile("class C:\n    x = 1\n    def m(self):\n        return x\n");
            assertThat(named(nested(top, "C"))).contains("STORE_NAME x", "STORE_NAME m");
            assertThat(named(nested(top, "m"))).contains("LOAD_GLOBAL x");
        }

        @Test
        void comprehensionsHaveTheirOwnScope() {
            CodeObject top = compile("def f(xs):\n    return [v * 2 for v in xs if v]\n");
            CodeObject comp = nested(top, "<listcomp>");
            assertThat(comp.varnames).containsExactly(".0", "v");
            assertThat(comp.argCount).isEqualTo(1);
            assertThat(nested(top, "f").varnames).containsExactly("xs");
            // the outermost iterable is evaluated in f and passed in as an iterator
            assertThat(ops(nested(top, "f"))).containsSubsequence(Opcode.MAKE_FUNCTION, Opcode.LOAD_FAST,
                    Opcode.GET_ITER, Opcode.CALL);
        }

        @Test
        void walrusInAComprehensionBindsInTheEnclosingFunction() {
            CodeObject top = compile("def f(xs):\n    [(last := v) for v in xs]\n    return last\n");
            assertThat(nested(top, "f").cellvars).containsExactly("last");
            assertThat(nested(top, "<listcomp>").freevars).containsExactly("last");
        }

        @Test
        void privateNamesAreMangledInClasses() {
            CodeObject m = nested(compile("class Spam:\n    def m(self):\n        return self.__egg\n"), "m");
            assertThat(named(m)).contains("LOAD_ATTR _Spam__egg");
        }
    }

    @Nested
    class Instructions {
        @Test
        void methodCallsUseLoadMethodAndKeywordsUseKwNames() {
            CodeObject c = compile("o.m(1, k=2)\n");
            assertThat(ops(c)).containsSubsequence(Opcode.LOAD_NAME, Opcode.LOAD_METHOD, Opcode.LOAD_CONST,
                    Opcode.LOAD_CONST, Opcode.KW_NAMES, Opcode.CALL);
            assertThat(Opcode.argOf(c.code[indexOf(c, Opcode.CALL, 0)])).isEqualTo(2);
            PyObject names = c.consts[Opcode.argOf(c.code[indexOf(c, Opcode.KW_NAMES, 0)])];
            assertThat(((PyTuple) names).itemsUnsafe()).extracting(Object::toString).containsExactly("k");
        }

        @Test
        void starArgumentsUseCallFunctionEx() {
            assertThat(ops(compile("f(*a, **k)\n"))).contains(Opcode.CALL_FUNCTION_EX).doesNotContain(Opcode.CALL);
        }

        @Test
        void forLoopsJumpBackToForIterWhichExitsPastTheLoop() {
            CodeObject c = compile("for i in r:\n    pass\nz = 0\n");
            int forIter = indexOf(c, Opcode.FOR_ITER, 0);
            int back = indexOf(c, Opcode.JUMP_BACKWARD, 0);
            assertThat(Opcode.of(Opcode.opcodeOf(c.code[forIter - 1]))).isEqualTo(Opcode.GET_ITER);
            assertThat(Opcode.argOf(c.code[back])).isEqualTo(forIter);
            assertThat(Opcode.argOf(c.code[forIter])).isEqualTo(back + 1);
            assertThat(named(c).get(back + 2)).isEqualTo("STORE_NAME z");
        }

        @Test
        void chainedComparisonsEvaluateTheMiddleOperandOnce() {
            List<String> n = named(compile("a < b < c\n"));
            assertThat(n.stream().filter(s -> s.equals("LOAD_NAME b"))).hasSize(1);
            assertThat(n).containsSubsequence("LOAD_NAME a", "LOAD_NAME b", "SWAP", "COPY", "COMPARE_OP",
                    "JUMP_IF_FALSE_OR_POP", "LOAD_NAME c", "COMPARE_OP");
        }

        @Test
        void augmentedSubscriptLoadsTheContainerAndKeyOnce() {
            List<String> n = named(compile("a[i] += 1\n"));
            assertThat(n.stream().filter(s -> s.startsWith("LOAD_NAME"))).containsExactly("LOAD_NAME a",
                    "LOAD_NAME i");
            assertThat(n).containsSubsequence("BINARY_SUBSCR", "BINARY_OP", "STORE_SUBSCR");
        }

        @Test
        void classStatementsCallBuildClass() {
            assertThat(ops(compile("class C(B, metaclass=M):\n    pass\n"))).containsSubsequence(Opcode.PUSH_NULL,
                    Opcode.LOAD_BUILD_CLASS, Opcode.LOAD_CONST, Opcode.MAKE_FUNCTION, Opcode.LOAD_CONST,
                    Opcode.LOAD_NAME, Opcode.LOAD_NAME, Opcode.KW_NAMES, Opcode.CALL);
        }

        @Test
        void equalConstantsShareOneSlot() {
            CodeObject c = compile("a = 7\nb = 7\nc = 'x'\nd = 'x'\n");
            long sevens = Arrays.stream(c.consts).filter(k -> k.toString().equals("7")).count();
            assertThat(sevens).isEqualTo(1);
        }

        @Test
        void everyCodeObjectEndsInAReturnOrRaise() {
            for (String src : new String[] {"pass\n", "def f():\n    if x:\n        return 1\n", "raise E\n",
                    "while True:\n    pass\n"}) {
                CodeObject c = compile(src);
                CodeObject body = nested(c, "f") == null ? c : nested(c, "f");
                Opcode last = ops(body).get(body.code.length - 1);
                assertThat(last).as(src).isIn(Opcode.RETURN_VALUE, Opcode.RAISE_VARARGS, Opcode.JUMP_BACKWARD,
                        Opcode.RERAISE);
            }
        }

        @Test
        void disassemblyNamesOperands() {
            String d = Disassembler.disassemble(compile("def f(a):\n    return a.b\n"));
            assertThat(d).contains("Disassembly of <module>", "Disassembly of f", "LOAD_FAST", "(a)",
                    "LOAD_ATTR", "(b)");
        }
    }

    @Nested
    class CodeObjectAttributes {
        @Test
        void parameterCountsAndFlags() {
            CodeObject f = nested(compile("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    pass\n"), "f");
            assertThat(f.posOnlyArgCount).isEqualTo(2);
            assertThat(f.argCount).isEqualTo(3);
            assertThat(f.kwOnlyArgCount).isEqualTo(2);
            assertThat(f.hasVarargs()).isTrue();
            assertThat(f.hasVarkeywords()).isTrue();
            assertThat(f.totalArgs()).isEqualTo(7);
            assertThat(f.varnames).startsWith("a", "b", "c", "d", "e", "args", "kw");
        }

        @Test
        void yieldMakesAGenerator() {
            CodeObject top = compile("def g():\n    yield 1\ndef h():\n    return (x for x in y)\n");
            assertThat(nested(top, "g").isGenerator()).isTrue();
            assertThat(ops(nested(top, "g"))).contains(Opcode.YIELD_VALUE);
            assertThat(nested(top, "h").isGenerator()).isFalse();
            assertThat(nested(top, "<genexpr>").isGenerator()).isTrue();
        }

        @Test
        void qualifiedNames() {
            CodeObject top = compile("class C:\n    def m(self):\n        def inner():\n            pass\n");
            assertThat(nested(top, "m").qualname).isEqualTo("C.m");
            assertThat(nested(top, "inner").qualname).isEqualTo("C.m.<locals>.inner");
            assertThat(nested(top, "m").firstLineNo).isEqualTo(2);
        }

        @Test
        void lineTableFollowsTheSource() {
            CodeObject c = compile("a = 1\n\nb = (2 +\n     a)\n");
            List<String> n = named(c);
            assertThat(c.lines[n.indexOf("STORE_NAME a")]).isEqualTo(1);
            assertThat(c.lines[n.indexOf("STORE_NAME b")]).isEqualTo(3);
            assertThat(c.lineAt(n.indexOf("LOAD_NAME a"))).isEqualTo(4);
        }

        @Test
        void stackSizeCoversTheDeepestExpression() {
            CodeObject c = compile("x = [1, 2, 3, 4, 5, 6, 7, 8]\n");
            assertThat(c.stackSize).isGreaterThanOrEqualTo(8);
        }
    }

    @Nested
    class ExceptionTable {
        @Test
        void tryBodyIsCoveredByAHandlerThatStartsWithPushExcInfo() {
            CodeObject c = compile("try:\n    a()\nexcept E as e:\n    b()\n");
            int call = named(c).indexOf("LOAD_NAME a");
            int h = c.handlerFor(call);
            assertThat(h).isGreaterThanOrEqualTo(0);
            int target = c.exceptionTable[h + 2];
            assertThat(ops(c).get(target)).isEqualTo(Opcode.PUSH_EXC_INFO);
            assertThat(c.exceptionTable[h + 3]).as("stack depth at the handler").isZero();
            // the except body's own cleanup re-raises with the previous exception restored
            assertThat(ops(c).subList(target, c.code.length)).contains(Opcode.CHECK_EXC_MATCH, Opcode.POP_EXCEPT,
                    Opcode.RERAISE);
        }

        @Test
        void codeOutsideTryHasNoHandler() {
            CodeObject c = compile("a()\ntry:\n    b()\nfinally:\n    c()\nd()\n");
            List<String> n = named(c);
            assertThat(c.handlerFor(n.indexOf("LOAD_NAME a"))).isEqualTo(-1);
            assertThat(c.handlerFor(n.indexOf("LOAD_NAME b"))).isGreaterThanOrEqualTo(0);
            assertThat(c.handlerFor(n.lastIndexOf("LOAD_NAME d"))).isEqualTo(-1);
        }

        @Test
        void finallyBodyIsCompiledTwiceNormalAndExceptional() {
            List<String> n = named(compile("try:\n    b()\nfinally:\n    c()\n"));
            assertThat(n.stream().filter(s -> s.equals("LOAD_NAME c"))).hasSize(2);
        }

        @Test
        void withStatementsCallExitOnBothPaths() {
            CodeObject c = compile("with m() as v:\n    body()\n");
            assertThat(ops(c)).containsSubsequence(Opcode.BEFORE_WITH, Opcode.STORE_NAME, Opcode.PUSH_NULL,
                    Opcode.LOAD_NAME, Opcode.CALL, Opcode.POP_TOP, Opcode.LOAD_CONST, Opcode.LOAD_CONST,
                    Opcode.LOAD_CONST, Opcode.CALL, Opcode.PUSH_EXC_INFO, Opcode.WITH_EXCEPT_START);
            int body = named(c).indexOf("LOAD_NAME body");
            int h = c.handlerFor(body);
            assertThat(c.exceptionTable[h + 4]).as("pushes lasti").isEqualTo(1);
            assertThat(c.exceptionTable[h + 3]).as("the exit method stays on the stack").isEqualTo(1);
        }

        @Test
        void entriesAreWellFormed() {
            CodeObject c = compile("for x in y:\n    try:\n        with a:\n            f()\n    except E:\n"
                    + "        continue\n    finally:\n        g()\n");
            int[] t = c.exceptionTable;
            assertThat(t.length % 5).isZero();
            for (int i = 0; i < t.length; i += 5) {
                assertThat(t[i]).isLessThan(t[i + 1]);
                assertThat(t[i + 2]).isBetween(0, c.code.length - 1);
                assertThat(t[i + 3]).isBetween(0, c.stackSize);
            }
        }
    }
}
