package org.hotpy.core.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Java API the re module binds to; expected values come from CPython 3.11 sessions. */
class RegexPatternTest {
    private static final RegexPattern WORD_NUM =
        Regex.compile("(?P<word>\\w+)(?:-(?P<num>\\d+))?", RegexFlags.IGNORECASE);

    private static RegexSubject str(String s) {
        return RegexSubject.of(s);
    }

    private static RegexUsageException.Kind kindOf(Throwable e) {
        return ((RegexUsageException) e).kind();
    }

    @Nested
    class Pattern {
        @Test
        void attributes() {
            assertThat(WORD_NUM.groups()).isEqualTo(2);
            assertThat(WORD_NUM.groupIndex()).containsExactly(Map.entry("word", 1), Map.entry("num", 2));
            assertThat(WORD_NUM.flags()).isEqualTo(34);
            assertThat(WORD_NUM.pattern()).isEqualTo("(?P<word>\\w+)(?:-(?P<num>\\d+))?");
            assertThat(WORD_NUM.isBytes()).isFalse();
            assertThat(WORD_NUM.groupName(1)).isEqualTo("word");
        }

        @Test
        void repr() {
            assertThat(Regex.compile("a", RegexFlags.IGNORECASE)).hasToString(
                "re.compile('a', re.IGNORECASE)");
            assertThat(Regex.compile(new byte[] {'a', 0, '\'', '"'}, 0)).hasToString(
                "re.compile(b'a\\x00\\'\"')");
            assertThat(Regex.compile("a'", RegexFlags.MULTILINE)).hasToString(
                "re.compile(\"a'\", re.MULTILINE)");
            assertThat(Regex.compile("é\n", RegexFlags.UNICODE)).hasToString("re.compile('é\\n')");
            assertThat(Regex.compile("a", 0x1000 | RegexFlags.ASCII | RegexFlags.DEBUG))
                .hasToString("re.compile('a', re.DEBUG|re.ASCII|0x1000)");
            assertThat(Regex.compile("a".repeat(250), 0).toString()).hasSize(212);
        }

        @Test
        void equalityFollowsPatternAndFlags() {
            assertThat(Regex.compile("a+", 0)).isEqualTo(Regex.compile("a+", 0))
                .hasSameHashCodeAs(Regex.compile("a+", 0));
            assertThat(Regex.compile("a+", 0)).isNotEqualTo(Regex.compile("a+", RegexFlags.IGNORECASE));
            assertThat(Regex.compile(new byte[] {'a'}, 0)).isEqualTo(Regex.compile(new byte[] {'a'}, 0))
                .isNotEqualTo(Regex.compile("a", 0));
        }

        @Test
        void flagRepr() {
            assertThat(RegexFlags.repr(RegexFlags.IGNORECASE | RegexFlags.MULTILINE
                | RegexFlags.UNICODE)).isEqualTo("re.IGNORECASE|re.UNICODE|re.MULTILINE");
            assertThat(RegexFlags.repr(0)).isEqualTo("re.NOFLAG");
            assertThat(RegexFlags.repr(RegexFlags.ASCII | 0x1000)).isEqualTo("re.ASCII|0x1000");
        }

        @Test
        void patternAndSubjectTypesMustAgree() {
            assertThatThrownBy(() -> Regex.compile("a", 0).search(RegexSubject.of(new byte[] {'a'})))
                .hasMessage("cannot use a string pattern on a bytes-like object")
                .extracting(RegexPatternTest::kindOf).isEqualTo(RegexUsageException.Kind.TYPE_ERROR);
            assertThatThrownBy(() -> Regex.compile(new byte[] {'a'}, 0).search(str("a")))
                .hasMessage("cannot use a bytes pattern on a string-like object");
        }

        @Test
        void aCancellerSharesTheCompiledPattern() {
            RegexPattern p = WORD_NUM.withCanceller(() -> false);
            assertThat(p.search(str("x-1")).end(0)).isEqualTo(3);
            assertThat(p.groupIndex()).isEqualTo(WORD_NUM.groupIndex());
        }
    }

    @Nested
    class Match {
        private final RegexMatch full = WORD_NUM.search(str("  abc-12 x"), 1, 99);
        private final RegexMatch partial = WORD_NUM.search(str("  abc x"));

        @Test
        void spansAndGroups() {
            assertThat(full.start(0)).isEqualTo(2);
            assertThat(full.end(0)).isEqualTo(8);
            assertThat(full.group(1)).isEqualTo("abc");
            assertThat(full.group(full.groupNumber("num"))).isEqualTo("12");
            assertThat(full.lastIndex()).isEqualTo(2);
            assertThat(full.lastGroup()).isEqualTo("num");
            assertThat(full.pos()).isEqualTo(1);
            assertThat(full.endpos()).isEqualTo(10);
            assertThat(full.string()).isEqualTo("  abc-12 x");
            assertThat(full.groupCount()).isEqualTo(2);
        }

        @Test
        void aGroupThatDidNotTakePart() {
            assertThat(partial.start(2)).isEqualTo(-1);
            assertThat(partial.end(2)).isEqualTo(-1);
            assertThat(partial.group(2)).isNull();
            assertThat(partial.lastIndex()).isEqualTo(1);
            assertThat(partial.lastGroup()).isEqualTo("word");
        }

        @Test
        void expand() {
            assertThat(full.expand(WORD_NUM.template("<\\g<num>/\\1>"))).isEqualTo("<12/abc>");
            assertThat(partial.expand(WORD_NUM.template("<\\g<num>>"))).isEqualTo("<>");
            assertThat(partial.expand(WORD_NUM.template(new byte[] {'\\', '1'}))).isEqualTo("abc");
            assertThatThrownBy(() -> partial.expand(WORD_NUM.template(new byte[] {'<', '\\', '1'})))
                .hasMessage("sequence item 0: expected str instance, bytes found");
        }

        @Test
        void noSuchGroup() {
            assertThatThrownBy(() -> full.group(3)).hasMessage("no such group")
                .extracting(RegexPatternTest::kindOf).isEqualTo(RegexUsageException.Kind.INDEX_ERROR);
            assertThatThrownBy(() -> full.groupNumber("zz")).hasMessage("no such group");
        }

        @Test
        void repr() {
            assertThat(Regex.compile("b+", 0).search(str("abbbc")))
                .hasToString("<re.Match object; span=(1, 4), match='bbb'>");
            assertThat(Regex.compile(".+", 0).search(str("x".repeat(80))))
                .hasToString("<re.Match object; span=(0, 80), match='" + "x".repeat(49) + ">");
            assertThat(Regex.compile(new byte[] {(byte) 0xe9, '\''}, 0)
                .search(RegexSubject.of(new byte[] {'x', (byte) 0xe9, '\''})))
                .hasToString("<re.Match object; span=(1, 3), match=b\"\\xe9'\">");
        }

        @Test
        void supplementaryCharactersCountAsOne() {
            RegexMatch m = Regex.compile("(😀+)(.)", 0).search(str("a😀😀b"));
            assertThat(m.start(1)).isEqualTo(1);
            assertThat(m.end(1)).isEqualTo(3);
            assertThat(m.group(2)).isEqualTo("b");
            assertThat(RegexSubject.of("a😀😀b", 4).length()).isEqualTo(4);
        }
    }

    @Nested
    class Iteration {
        @Test
        void finditerAllowsAnEmptyMatchRightAfterANonEmptyOne() {
            List<String> spans = new ArrayList<>();
            for (Iterator<RegexMatch> it = Regex.compile("\\d*", 0).finditer(str("a12b"), 0,
                Integer.MAX_VALUE); it.hasNext(); ) {
                RegexMatch m = it.next();
                spans.add(m.start(0) + "-" + m.end(0));
            }
            assertThat(spans).containsExactly("0-0", "1-3", "3-3", "4-4");
        }

        @Test
        void scannerMatchAndSearch() {
            RegexScanner sc = Regex.compile("\\d+|[a-z]", 0).scanner(str("a12b!c"), 0, 99);
            assertThat(sc.match().end(0)).isEqualTo(1);
            assertThat(sc.match().end(0)).isEqualTo(3);
            assertThat(sc.match().end(0)).isEqualTo(4);
            assertThat(sc.match()).isNull();
            assertThat(sc.search()).isNull();
        }
    }

    @Nested
    class Lexicon {
        /** re.Scanner.scan: the phrase index of each match, until no progress. */
        private List<Integer> scan(RegexPattern p, RegexSubject s) {
            List<Integer> out = new ArrayList<>();
            RegexScanner sc = p.scanner(s, 0, Integer.MAX_VALUE);
            int i = 0;
            while (true) {
                RegexMatch m = sc.match();
                if (m == null || m.end(0) == i) {
                    return out;
                }
                out.add(m.lastIndex() - 1);
                i = m.end(0);
            }
        }

        @Test
        void phrasesAreCompiledWithoutUnicodeOrInlineFlags() {
            RegexPattern p = Regex.compileLexicon(List.of("\\w+", "\\s+"), 0);
            assertThat(p.flags()).isZero();
            assertThat(p.groups()).isEqualTo(2);
            assertThat(p.pattern()).isNull();
            assertThat(p).hasToString("re.compile(None)");
            assertThat(scan(p, str("é ab"))).isEmpty();
            assertThat(scan(p, str("ab cd"))).containsExactly(0, 1, 0);
            assertThat(scan(Regex.compileLexicon(List.of("(?i)x", "y"), 0), str("xXy")))
                .containsExactly(0);
        }

        @Test
        void phraseGroupsShareMarksWithTheOuterGroups() {
            RegexPattern p = Regex.compileLexicon(List.of("(a)(b)\\2", "c"), 0);
            RegexMatch m = p.match(str("abb"));
            assertThat(m.group(1)).isEqualTo("abb");
            assertThat(m.group(2)).isEqualTo("b");
            assertThat(m.lastIndex()).isEqualTo(1);
            assertThat(p.match(RegexSubject.of(new byte[] {'a', 'b', 'b'})).end(0)).isEqualTo(3);
        }

        @Test
        void phrasesAreParsedWithTheirErrors() {
            assertThatThrownBy(() -> Regex.compileLexicon(List.of("("), 0))
                .hasMessage("missing ), unterminated subpattern at position 0");
        }
    }

    @Nested
    class Sub {
        @Test
        void aCallbackSeesEachMatchAndNoneRemovesIt() {
            List<String> calls = new ArrayList<>();
            RegexPattern.SubResult r = Regex.compile("[a-c]", 0).subn(m -> {
                calls.add(m.start(0) + "," + m.pos() + "," + m.endpos());
                String g = (String) m.group(0);
                return g.equals("b") ? null : g.toUpperCase();
            }, str("xabcy"), 0);
            assertThat(r.result()).isEqualTo("xACy");
            assertThat(r.count()).isEqualTo(3);
            assertThat(calls).containsExactly("1,0,5", "2,0,5", "3,0,5");
        }

        @Test
        void templatesAreCheckedBeforeMatching() {
            RegexPattern p = Regex.compile("x", 0);
            assertThatThrownBy(() -> p.template("\\9")).isInstanceOf(RegexError.class)
                .hasMessage("invalid group reference 9 at position 1");
        }

        @Test
        void replacementsOfTheWrongTypeFailAsJoinDoes() {
            RegexPattern bytesA = Regex.compile(new byte[] {'a'}, 0);
            RegexSubject zaa = RegexSubject.of(new byte[] {'z', 'a', 'a'});
            assertThatThrownBy(() -> bytesA.subn(bytesA.template("x"), zaa, 0))
                .hasMessage("sequence item 1: expected a bytes-like object, str found");
            assertThat(bytesA.subn(bytesA.template("x"), RegexSubject.of(new byte[] {'z'}), 0).count())
                .isZero();
            RegexPattern strA = Regex.compile("a", 0);
            assertThatThrownBy(() -> strA.subn(m -> 5, str("zaa"), 0))
                .hasMessage("sequence item 1: expected str instance, int found");
            assertThatThrownBy(() -> strA.subn(m -> new byte[] {'x'}, str("aa"), 0))
                .hasMessage("sequence item 0: expected str instance, bytes found");
            RegexPattern group = Regex.compile(new byte[] {'(', 'a', ')'}, 0);
            assertThat(group.subn(group.template("\\1"), zaa, 0).result())
                .isEqualTo(new byte[] {'z', 'a', 'a'});
        }

        @Test
        void unknownGroupNameIsAnIndexError() {
            assertThatThrownBy(() -> Regex.compile("(a)", 0).template("\\g<x>"))
                .hasMessage("unknown group name 'x'")
                .extracting(RegexPatternTest::kindOf).isEqualTo(RegexUsageException.Kind.INDEX_ERROR);
        }
    }

    @Nested
    class Errors {
        @Test
        void flagCombinationsAreValueErrors() {
            assertThatThrownBy(() -> Regex.compile("a", RegexFlags.LOCALE))
                .hasMessage("cannot use LOCALE flag with a str pattern")
                .extracting(RegexPatternTest::kindOf).isEqualTo(RegexUsageException.Kind.VALUE_ERROR);
        }

        @Test
        void hugeRepeatCountsAreOverflowErrors() {
            assertThatThrownBy(() -> Regex.compile("a{4294967295}", 0))
                .hasMessage("the repetition number is too large")
                .extracting(RegexPatternTest::kindOf)
                .isEqualTo(RegexUsageException.Kind.OVERFLOW_ERROR);
        }
    }
}
