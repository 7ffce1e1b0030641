package org.hotpy.core.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The parse tree: sre's rewrites, widths and group bookkeeping. */
class ParserTest {

    private static Parser.Parsed parse(String p, int flags) {
        return Parser.parse(p, p.codePoints().toArray(), true, flags);
    }

    private static List<Node> tree(String p) {
        return parse(p, 0).tree().items;
    }

    private static Node.Literal lit(char c) {
        return new Node.Literal(c);
    }

    @Nested
    class Rewrites {
        @Test
        void alternativesOfSingleCharactersBecomeOneSet() {
            assertThat(tree("a|b|[cd]")).containsExactly(new Node.In(List.of(
                new Node.SetItem.Lit('a'), new Node.SetItem.Lit('b'), new Node.SetItem.Lit('c'),
                new Node.SetItem.Lit('d'))));
        }

        @Test
        void aNegatedSetKeepsTheBranch() {
            assertThat(tree("a|[^b]").get(0)).isInstanceOf(Node.Branch.class);
        }

        @Test
        void commonPrefixesAreFactoredOut() {
            assertThat(tree("abc|abd")).containsExactly(lit('a'), lit('b'),
                new Node.In(List.of(new Node.SetItem.Lit('c'), new Node.SetItem.Lit('d'))));
        }

        @Test
        void groupsAreNeverCommonPrefixes() {
            List<Node> t = tree("(a)b|(a)c");
            assertThat(t).hasSize(1);
            assertThat(t.get(0)).isInstanceOf(Node.Branch.class);
        }

        @Test
        void oneCharacterSetsBecomeLiterals() {
            assertThat(tree("[a][^b]")).containsExactly(lit('a'), new Node.NotLiteral('b'));
        }

        @Test
        void nonCapturingGroupsAreFlattened() {
            assertThat(tree("(?:ab)c")).containsExactly(lit('a'), lit('b'), lit('c'));
        }

        @Test
        void scopedFlagGroupsStay() {
            Node.Group g = (Node.Group) tree("(?i:a)").get(0);
            assertThat(g.group()).isZero();
            assertThat(g.addFlags()).isEqualTo(RegexFlags.IGNORECASE);
            assertThat(g.body().items).containsExactly(lit('a'));
        }

        @Test
        void aRepeatedNonCapturingGroupRepeatsItsContents() {
            Node.Repeat r = (Node.Repeat) tree("(?:ab)*?").get(0);
            assertThat(r.kind()).isEqualTo(Node.RepeatKind.MIN);
            assertThat(r.body().items).containsExactly(lit('a'), lit('b'));
        }

        @Test
        void possessiveQuantifiers() {
            assertThat(((Node.Repeat) tree("a++").get(0)).kind())
                .isEqualTo(Node.RepeatKind.POSSESSIVE);
            assertThat(((Node.Repeat) tree("a{2,3}+").get(0)).max()).isEqualTo(3);
        }

        @Test
        void unbracedRepeatIsALiteral() {
            assertThat(tree("a{,x")).containsExactly(lit('a'), lit('{'), lit(','), lit('x'));
        }
    }

    @Nested
    class Widths {
        private long[] width(String p) {
            Parser.Parsed parsed = parse(p, 0);
            return parsed.tree().width();
        }

        @Test
        void simpleWidths() {
            assertThat(width("ab|c")).containsExactly(1, 2);
            assertThat(width("(?:ab|c){2,3}")).containsExactly(2, 6);
            assertThat(width("a*")).containsExactly(0, Node.MAXREPEAT);
            assertThat(width("(?=abc)x")).containsExactly(1, 1);
        }

        @Test
        void backreferencesUseTheGroupsWidth() {
            assertThat(width("(ab)\\1")).containsExactly(4, 4);
            assertThat(width("(a)?(?(1)bc|d)")).containsExactly(1, 3);
        }

        @Test
        void hugeRepeatsClampAtMaxrepeat() {
            assertThat(width("(?:a{4294967294}){4294967294}"))
                .containsExactly(Node.MAXREPEAT - 1, Node.MAXREPEAT);
        }
    }

    @Nested
    class Groups {
        @Test
        void namesAreNumberedInOrder() {
            Parser.Parsed p = parse("(?P<b>x)(y)(?P<a>z)", 0);
            assertThat(p.groups()).isEqualTo(3);
            assertThat(p.groupIndex()).containsExactly(java.util.Map.entry("b", 1),
                java.util.Map.entry("a", 3));
        }

        @Test
        void inlineFlagsAreCollected() {
            assertThat(parse("(?im)a", 0).flags())
                .isEqualTo(RegexFlags.IGNORECASE | RegexFlags.MULTILINE | RegexFlags.UNICODE);
            assertThat(parse("(?a)a", 0).flags()).isEqualTo(RegexFlags.ASCII);
        }

        @Test
        void deepNestingRaisesRecursionErrorLikeCPython() {
            String ok = "(".repeat(Parser.MAX_NESTING) + ")".repeat(Parser.MAX_NESTING);
            assertThat(parse(ok, 0).groups()).isEqualTo(Parser.MAX_NESTING);
            String deep = "(?:".repeat(Parser.MAX_NESTING + 1) + ")".repeat(Parser.MAX_NESTING + 1);
            assertThatThrownBy(() -> parse(deep, 0)).isInstanceOf(RegexUsageException.class)
                .extracting(e -> ((RegexUsageException) e).kind())
                .isEqualTo(RegexUsageException.Kind.RECURSION_ERROR);
        }
    }

    @Nested
    class Errors {
        @Test
        void errorsCarryPositionLineAndColumn() {
            RegexError e = catchError("ab\ncd\n)");
            assertThat(e.msg()).isEqualTo("unbalanced parenthesis");
            assertThat(e.pos()).isEqualTo(6);
            assertThat(e.lineno()).isEqualTo(3);
            assertThat(e.colno()).isEqualTo(1);
            assertThat(e.getMessage())
                .isEqualTo("unbalanced parenthesis at position 6 (line 3, column 1)");
            assertThat(e.pattern()).isEqualTo("ab\ncd\n)");
        }

        @Test
        void compilerErrorsHaveNoPosition() {
            RegexError e = catchError("(?<=a+)");
            assertThat(e.pos()).isEqualTo(-1);
            assertThat(e.lineno()).isEqualTo(-1);
            assertThat(e.getMessage()).isEqualTo("look-behind requires fixed-width pattern");
        }

        @Test
        void positionsCountCodePoints() {
            assertThat(catchError("😀😀\\q").pos()).isEqualTo(2);
        }

        private RegexError catchError(String p) {
            try {
                Regex.compile(p, 0);
            } catch (RegexError e) {
                return e;
            }
            throw new AssertionError("no error for " + p);
        }
    }
}
