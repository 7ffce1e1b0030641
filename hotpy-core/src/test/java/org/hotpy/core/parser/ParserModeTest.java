package org.hotpy.core.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.ast.Mod;
import org.hotpy.core.ast.Stmt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParserModeTest {

    static SyntaxErrorException error(String src, Parser.Mode mode) {
        try {
            Parser.parse(src, "<stdin>", mode);
        } catch (SyntaxErrorException e) {
            return e;
        }
        throw new AssertionError("no error for " + src);
    }

    @Nested
    class Modes {
        @Test
        void execGivesModule() {
            Mod m = Parser.parse("x = 1\ny\n", "<t>", Parser.Mode.EXEC);
            assertThat(m).isInstanceOf(Mod.Module.class);
            assertThat(((Mod.Module) m).body()).hasSize(2);
        }

        @Test
        void evalGivesExpression() {
            Mod m = Parser.parse("1 + 2\n\n", "<t>", Parser.Mode.EVAL);
            assertThat(((Mod.Expression) m).body()).isInstanceOf(Expr.BinOp.class);
        }

        @Test
        void singleGivesOneInteractiveStatement() {
            Mod m = Parser.parse("for x in y: print(x)\n", "<t>", Parser.Mode.SINGLE);
            assertThat(((Mod.Interactive) m).body()).singleElement().isInstanceOf(Stmt.For.class);
        }

        @Test
        void singleRejectsTwoStatements() {
            assertThat(error("x = 1\ny = 2\n", Parser.Mode.SINGLE).msg())
                    .isEqualTo("multiple statements found while compiling a single statement");
        }

        @Test
        void errorsCarryFilenameAndLineText() {
            SyntaxErrorException e = error("x = 1\ny = = 2\n", Parser.Mode.EXEC);
            assertThat(e.filename()).isEqualTo("<stdin>");
            assertThat(e.text()).isEqualTo("y = = 2");
            assertThat(e.getMessage()).contains("SyntaxError", "invalid syntax", "line 2");
        }
    }

    /** What a REPL needs: is the input merely unfinished? */
    @Nested
    class IncompleteInput {
        @ParameterizedTest
        @ValueSource(strings = {"if x:", "if x:\n", "def f():\n", "x = (1,", "x = [\n1,\n", "x = '''abc",
            "x = 1 + \\", "@d", "@d\n", "try:\n  pass\n", "class C:\n    def f(self):\n",
            "if x:\n  pass\nelse:\n", "match x:\n", "while True:\n    if x:\n"})
        void unfinished(String src) {
            assertThat(error(src, Parser.Mode.SINGLE).isIncompleteInput()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"x = ", "if x", "for x in", "print(1))", "'abc", "f'{x", "1 +",
            "x = 1\ny = 2", "def f(:", "if x:\n  pass\n else:\n"})
        void wrong(String src) {
            assertThat(error(src, Parser.Mode.SINGLE).isIncompleteInput()).isFalse();
        }
    }

    /** Nothing but SyntaxErrorException escapes, even for absurd nesting on a 1 MB stack. */
    @Nested
    class Robustness {
        private void parsesOrFailsCleanly(String src) throws InterruptedException {
            AtomicReference<Throwable> bad = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    Parser.parse(src, "<deep>", Parser.Mode.EXEC);
                } catch (SyntaxErrorException e) {
                    // a clean rejection
                } catch (Throwable e) {
                    bad.set(e);
                }
            }, "deep", 1L << 20);
            t.start();
            t.join();
            assertThat(bad.get()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"-", "not ", "x**", "lambda:", "x if y else ", "await ", "(", "[", "{",
            "f(", "x[", "(-", "(not ", "(lambda:", "f'{", "{1:", "*", "+~"})
        void deepNesting(String unit) throws InterruptedException {
            parsesOrFailsCleanly(unit.repeat(50_000) + "x");
        }

        @Test
        void longChainsAreFine() {
            assertThat(Parser.parse("x" + "[0]".repeat(20_000), "<t>", Parser.Mode.EXEC)).isNotNull();
            assertThat(Parser.parse("1" + "+1".repeat(20_000), "<t>", Parser.Mode.EXEC)).isNotNull();
            assertThat(Parser.parse("x = 1\n".repeat(20_000), "<t>", Parser.Mode.EXEC)).isNotNull();
        }

        @Test
        void nestingCapIsASyntaxError() {
            assertThatThrownBy(() -> Parser.parse("-".repeat(5000) + "1", "<t>", Parser.Mode.EXEC))
                    .isInstanceOf(SyntaxErrorException.class)
                    .hasMessageContaining("too complex");
            assertThat(error("(".repeat(201), Parser.Mode.EXEC).msg()).isEqualTo("too many nested parentheses");
        }
    }
}
