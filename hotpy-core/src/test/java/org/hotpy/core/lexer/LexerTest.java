package org.hotpy.core.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotpy.core.lexer.TokenKind.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hotpy.core.ast.Expr;
import org.hotpy.core.parser.SyntaxErrorException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LexerTest {

    static List<TokenKind> kinds(String src) {
        List<TokenKind> out = new ArrayList<>();
        for (Token t : Lexer.tokenize(src, "<t>")) {
            out.add(t.kind());
        }
        return out;
    }

    static SyntaxErrorException error(String src) {
        try {
            Lexer.tokenize(src, "<t>");
        } catch (SyntaxErrorException e) {
            return e;
        }
        throw new AssertionError("no error for " + src);
    }

    /** Token streams compared with CPython's tokenize module (gen_token_cases.py). */
    @Nested
    class TokenStreams {
        static Stream<Arguments> cases() throws IOException {
            try (InputStream in = LexerTest.class.getResourceAsStream("/parser/token_cases.tsv")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                List<Arguments> out = new ArrayList<>();
                for (String line : text.split("\n")) {
                    String[] r = line.split("\t", -1);
                    out.add(Arguments.of(unescape(r[0]), r[1]));
                }
                return out.stream();
            }
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @MethodSource("cases")
        void sameTokensAsCPython(String source, String expected) {
            List<String> got = new ArrayList<>();
            for (Token t : Lexer.tokenize(source, "<t>")) {
                switch (t.kind()) {
                    case ENDMARKER -> { }
                    case NEWLINE, INDENT, DEDENT -> got.add(t.kind().name());
                    default -> {
                        String kind = t.kind().isKeyword() ? "NAME" : t.kind().name();
                        String text = t.text().replace("\\", "\\\\").replace("\n", "\\n")
                                .replace("\t", "\\t").replace(" ", "\\s");
                        got.add(kind + " " + text + " " + t.line() + ":" + t.col() + "-" + t.endLine()
                                + ":" + t.endCol());
                    }
                }
            }
            assertThat(String.join(" ", got)).isEqualTo(expected);
        }

        static String unescape(String s) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char d = s.charAt(++i);
                    sb.append(d == 'n' ? '\n' : d == 't' ? '\t' : d == 'r' ? '\r' : d);
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
    }

    @Nested
    class Indentation {
        @Test
        void indentAndDedent() {
            assertThat(kinds("if x:\n    y\nz\n")).containsExactly(IF, NAME, COLON, NEWLINE, INDENT,
                    NAME, NEWLINE, DEDENT, NAME, NEWLINE, ENDMARKER);
        }

        @Test
        void dedentsAtEndOfInput() {
            assertThat(kinds("if x:\n  if y:\n    z")).containsExactly(IF, NAME, COLON, NEWLINE, INDENT,
                    IF, NAME, COLON, NEWLINE, INDENT, NAME, NEWLINE, DEDENT, DEDENT, ENDMARKER);
        }

        @Test
        void blankAndCommentLinesDoNotCount() {
            assertThat(kinds("if x:\n\n   # c\n    y\n\n")).containsExactly(IF, NAME, COLON, NEWLINE,
                    INDENT, NAME, NEWLINE, DEDENT, ENDMARKER);
        }

        @Test
        void tabsAdvanceToMultiplesOfEight() {
            // "  \t" is column 8 like "\t"; "\t  " is column 10, one level deeper.
            assertThat(kinds("if x:\n\tif y:\n\t  z\n")).containsExactly(IF, NAME, COLON, NEWLINE,
                    INDENT, IF, NAME, COLON, NEWLINE, INDENT, NAME, NEWLINE, DEDENT, DEDENT, ENDMARKER);
        }

        @Test
        void inconsistentTabsAreTabError() {
            SyntaxErrorException e = error("if x:\n\tpass\n        pass\n");
            assertThat(e.kind()).isEqualTo(SyntaxErrorException.Kind.TAB_ERROR);
            assertThat(e.msg()).isEqualTo("inconsistent use of tabs and spaces in indentation");
            assertThat(e.line()).isEqualTo(3);
        }

        @Test
        void unindentMustMatch() {
            SyntaxErrorException e = error("if x:\n    a\n  b\n");
            assertThat(e.kind()).isEqualTo(SyntaxErrorException.Kind.INDENTATION_ERROR);
            assertThat(e.msg()).isEqualTo("unindent does not match any outer indentation level");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.offset()).isEqualTo(4);
        }

        @Test
        void formFeedResetsTheColumn() {
            assertThat(kinds("if x:\n  \f  y\n")).containsExactly(IF, NAME, COLON, NEWLINE, INDENT,
                    NAME, NEWLINE, DEDENT, ENDMARKER);
        }

        @Test
        void bracketsJoinLines() {
            assertThat(kinds("x = (1,\n  2)\n")).containsExactly(NAME, EQUAL, LPAR, NUMBER, COMMA,
                    NUMBER, RPAR, NEWLINE, ENDMARKER);
        }

        @Test
        void backslashJoinsLines() {
            assertThat(kinds("x = 1 + \\\n    2\n")).containsExactly(NAME, EQUAL, NUMBER, PLUS, NUMBER,
                    NEWLINE, ENDMARKER);
        }

        @Test
        void crlfAndCrEndLines() {
            assertThat(kinds("a\r\nb\rc")).containsExactly(NAME, NEWLINE, NAME, NEWLINE, NAME, NEWLINE,
                    ENDMARKER);
        }

        @Test
        void missingFinalNewlineIsSupplied() {
            List<Token> t = Lexer.tokenize("x", "<t>");
            assertThat(t.get(1).kind()).isEqualTo(NEWLINE);
            assertThat(t.get(1).col()).isEqualTo(1);
        }

        @Test
        void tooDeep() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 101; i++) {
                sb.append(" ".repeat(i)).append("if x:\n");
            }
            assertThat(error(sb.toString()).msg()).isEqualTo("too many levels of indentation");
        }
    }

    @Nested
    class Literals {
        static Object value(String src) {
            return Lexer.tokenize(src, "<t>").get(0).value();
        }

        @Test
        void integers() {
            assertThat(value("0")).isEqualTo(0L);
            assertThat(value("1_000")).isEqualTo(1000L);
            assertThat(value("0x_fF")).isEqualTo(255L);
            assertThat(value("0o17")).isEqualTo(15L);
            assertThat(value("0b101")).isEqualTo(5L);
            assertThat(value("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
            assertThat(value("9223372036854775808")).isEqualTo(new BigInteger("9223372036854775808"));
            assertThat(value("0xffffffffffffffff")).isEqualTo(new BigInteger("18446744073709551615"));
        }

        @Test
        void floatsAndImaginary() {
            assertThat(value("1.5")).isEqualTo(1.5);
            assertThat(value("1.")).isEqualTo(1.0);
            assertThat(value(".5e-1_0")).isEqualTo(.5e-10);
            assertThat(value("1e500")).isEqualTo(Double.POSITIVE_INFINITY);
            assertThat(value("2j")).isEqualTo(new Expr.Imaginary(2.0));
            assertThat(value("1.5J")).isEqualTo(new Expr.Imaginary(1.5));
        }

        @Test
        void numberFollowedByKeywordEnds() {
            assertThat(kinds("1if x else 2")).containsExactly(NUMBER, IF, NAME, ELSE, NUMBER, NEWLINE,
                    ENDMARKER);
            assertThat(kinds("1else")).containsExactly(NUMBER, ELSE, NEWLINE, ENDMARKER);
        }

        @Test
        void identifiersAreNfkcNormalised() {
            assertThat(value("ｘ")).isEqualTo("x");
            assertThat(value("ﬁ")).isEqualTo("fi");
            assertThat(value("ｉｆ")).isEqualTo("if");
            assertThat(Lexer.tokenize("ｉｆ", "<t>").get(0).kind()).isEqualTo(NAME);
        }

        @Test
        void softKeywordsAreNames() {
            assertThat(kinds("match case _")).containsExactly(NAME, NAME, NAME, NEWLINE, ENDMARKER);
        }

        @Test
        void stringPrefixes() {
            for (String p : new String[] {"", "r", "u", "R", "U", "f", "F", "b", "B", "br", "rb", "Rb",
                "bR", "fr", "rf", "FR", "Rf"}) {
                assertThat(kinds(p + "'x'")).as(p).containsExactly(STRING, NEWLINE, ENDMARKER);
            }
            assertThat(kinds("ur'x'")).containsExactly(NAME, STRING, NEWLINE, ENDMARKER);
        }

        @Test
        void tripleQuotedSpansLines() {
            List<Token> t = Lexer.tokenize("x = '''a\nb'''\ny", "<t>");
            assertThat(t.get(2).line()).isEqualTo(1);
            assertThat(t.get(2).endLine()).isEqualTo(2);
            assertThat(t.get(4).line()).isEqualTo(3);
        }

        @Test
        void escapedQuoteDoesNotEndString() {
            assertThat(Lexer.tokenize("'a\\'b'", "<t>").get(0).text()).isEqualTo("'a\\'b'");
            assertThat(Lexer.tokenize("r'a\\'b'", "<t>").get(0).text()).isEqualTo("r'a\\'b'");
        }

        @Test
        void decodeEscapes() throws StringLiterals.BadEscape {
            assertThat(StringLiterals.decode("\\n\\t\\x41\\u00e9\\U0001F600\\101\\N{EM DASH}\\q", false))
                    .isEqualTo("\n\tAé😀A—\\q");
            assertThat(StringLiterals.decode("\\n", true)).isEqualTo("\\n");
            assertThat(StringLiterals.decodeBytes("\\x41\\777\\u0041", false))
                    .isEqualTo(new byte[] {'A', (byte) 0xff, '\\', 'u', '0', '0', '4', '1'});
        }

        @Test
        void badEscapes() {
            assertThatThrownBy(() -> StringLiterals.decode("\\x4", false)).hasMessage(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
            assertThatThrownBy(() -> StringLiterals.decode("a\\N{nope}", false)).hasMessage(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-8: unknown Unicode character name");
            assertThatThrownBy(() -> StringLiterals.decodeBytes("\\xz", false))
                    .hasMessage("(value error) invalid \\x escape at position 0");
        }
    }

    @Nested
    class Errors {
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1_|invalid decimal literal|1|2",
            "0b12|invalid digit '2' in binary literal|1|4",
            "0o8|invalid digit '8' in octal literal|1|3",
            "0x|invalid hexadecimal literal|1|2",
            "012|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1|1",
            "1abc|invalid decimal literal|1|1",
            "1.5j_|invalid imaginary literal|1|4",
            "'abc|unterminated string literal (detected at line 1)|1|1",
            "x = €|invalid character '€' (U+20AC)|1|5",
            "x = )|unmatched ')'|1|5",
            "x = [1,)|closing parenthesis ')' does not match opening parenthesis '['|1|8",
            "x = 1 \\ y|unexpected character after line continuation character|1|8",
        })
        void messagesAndOffsets(String src, String msg, int line, int offset) {
            SyntaxErrorException e = error(src);
            assertThat(e.msg()).isEqualTo(msg);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.offset()).isEqualTo(offset);
        }

        @Test
        void unterminatedTripleQuoteIsIncompleteInput() {
            SyntaxErrorException e = error("x = '''abc\n\ny");
            assertThat(e.msg()).isEqualTo("unterminated triple-quoted string literal (detected at line 3)");
            assertThat(e.isIncompleteInput()).isTrue();
        }

        @Test
        void unclosedBracketIsIncompleteInput() {
            SyntaxErrorException e = error("f(1,\n");
            assertThat(e.msg()).isEqualTo("'(' was never closed");
            assertThat(e.isIncompleteInput()).isTrue();
        }

        @Test
        void trailingBackslashIsIncompleteInput() {
            SyntaxErrorException e = error("x = \\\n");
            assertThat(e.msg()).isEqualTo("unexpected EOF while parsing");
            assertThat(e.isIncompleteInput()).isTrue();
        }

        @Test
        void tooManyNestedParentheses() {
            assertThat(error("(".repeat(201)).msg()).isEqualTo("too many nested parentheses");
        }

        @Test
        void nullBytes() {
            assertThat(error("x = 1\0").msg()).isEqualTo("source code cannot contain null bytes");
        }

        @Test
        void errorCharactersBecomeErrorTokens() {
            assertThat(kinds("a $ b")).containsExactly(NAME, ERRORTOKEN, NAME, NEWLINE, ENDMARKER);
        }
    }

    @Nested
    class Trivia {
        @Test
        void commentsAndNlOnRequest() {
            Lexer lx = new Lexer(new SourceText("x = 1  # c\n\ny = (\n2)\n", "<t>"), true);
            List<TokenKind> out = new ArrayList<>();
            Token t;
            do {
                t = lx.next();
                out.add(t.kind());
            } while (t.kind() != ENDMARKER);
            assertThat(out).containsExactly(NAME, EQUAL, NUMBER, COMMENT, NEWLINE, NL, NAME, EQUAL, LPAR,
                    NL, NUMBER, RPAR, NEWLINE, ENDMARKER);
        }
    }
}
