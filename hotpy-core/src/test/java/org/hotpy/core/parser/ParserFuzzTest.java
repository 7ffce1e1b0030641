package org.hotpy.core.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.hotpy.core.lexer.Lexer;
import org.hotpy.core.lexer.SourceDecoder;
import org.hotpy.core.lexer.Token;
import org.hotpy.core.lexer.TokenSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mutation fuzzing: random edits of sample programs (bytes and tokens) must either parse or
 * fail with a {@link SyntaxErrorException} — never another exception, a hang or a stack
 * overflow. Runs on a thread with a 1 MB stack, the JVM's usual default.
 */
class ParserFuzzTest {
    private static final String[] FRAGMENTS = {
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "\n", "\r\n", "\r", "    ", "\t", "\f", "\\",
        "\\\n", "'", "\"", "'''", "\"\"\"", "f'{", "f\"{x!r:{y}}\"", "}", "{{", "b'", "rb'", "u'",
        "lambda", "lambda x:", "*", "**", "=", ":=", "==", "->", "@", ".", "...", "if", "else", "elif",
        "for", "in", "not", "is", "async", "await", "yield", "match", "case", "_", "def", "class",
        "try:", "except*", "finally", "with", "as", "import", "from", "global", "return", "del",
        "0x", "0b12", "1_", "1e", "1.5j", "09", "é", "€", "😀", "\u200c", "\u0000", "$", "?", "!",
        "#", "# coding: latin-1\n", "\\N{", "\\x", "\\u12", "pass", "x", "1", "-", "~", "|", "&",
    };

    private static String sample() throws IOException {
        try (InputStream in = ParserFuzzTest.class.getResourceAsStream("/parser/ast_snippets.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> programs() throws IOException {
        String all = sample();
        List<String> out = new ArrayList<>();
        out.add(all);
        String[] lines = all.split("\n");
        for (int i = 0; i + 12 < lines.length; i += 12) {
            out.add(String.join("\n", java.util.Arrays.copyOfRange(lines, i, i + 12)) + "\n");
        }
        return out;
    }

    @Test
    @Timeout(300)
    void mutatedProgramsFailOnlyWithSyntaxError() throws Exception {
        List<String> programs = programs();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int[] counts = new int[2];
        Runnable body = () -> {
            Random rnd = new Random(20240611L);
            for (int i = 0; i < 4000; i++) {
                String base = programs.get(rnd.nextInt(programs.size()));
                String src = base;
                try {
                    src = i % 2 == 0 ? mutateText(base, rnd) : mutateBytes(base, rnd);
                    Parser.parse(src, "<fuzz>", Parser.Mode.values()[i % 3]);
                    counts[0]++;
                } catch (SyntaxErrorException e) {
                    counts[1]++;
                } catch (Throwable t) {
                    failure.compareAndSet(null, new AssertionError("case " + i + ": " + src, t));
                    return;
                }
            }
        };
        Thread t = new Thread(null, body, "fuzz", 1L << 20);
        t.start();
        t.join();
        assertThat(failure.get()).isNull();
        assertThat(counts[0] + counts[1]).isEqualTo(4000);
        assertThat(counts[1]).as("most mutations are errors").isGreaterThan(1000);
    }

    @Test
    @Timeout(120)
    void mutatedTokenStreamsLexAndParseCleanly() throws Exception {
        String base = sample();
        List<String> texts = new ArrayList<>();
        for (var tok : Lexer.tokenize(base, "<t>")) {
            if (!tok.text().isEmpty()) {
                texts.add(tok.text());
            }
        }
        Random rnd = new Random(7L);
        for (int i = 0; i < 1500; i++) {
            List<String> m = new ArrayList<>(texts.subList(0, Math.min(texts.size(), 40 + rnd.nextInt(200))));
            for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
                int at = rnd.nextInt(m.size());
                switch (rnd.nextInt(3)) {
                    case 0 -> m.remove(at);
                    case 1 -> m.add(at, m.get(rnd.nextInt(m.size())));
                    default -> m.set(at, FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]);
                }
            }
            String src = String.join(" ", m);
            try {
                Lexer.tokenize(src, "<t>");
            } catch (SyntaxErrorException e) {
                // expected for many mutations
            }
            try {
                Parser.parse(src, "<t>", Parser.Mode.EXEC);
            } catch (SyntaxErrorException e) {
                // expected for many mutations
            }
        }
    }

    @Test
    void tokenListParsesLikeItsText() throws Exception {
        String base = sample();
        var tokens = Lexer.tokenize(base, "<t>");
        assertThat(AstDump.dump(Parser.parse(TokenSource.of(tokens, base, "<t>"), "<t>", Parser.Mode.EXEC), true))
                .isEqualTo(AstDump.dump(Parser.parse(base, "<t>", Parser.Mode.EXEC), true));
    }

    @Test
    @Timeout(120)
    void mutatedTokenListsFailOnlyWithSyntaxError() throws Exception {
        String base = sample();
        List<Token> tokens = Lexer.tokenize(base, "<t>");
        Random rnd = new Random(11L);
        int errors = 0;
        for (int i = 0; i < 3000; i++) {
            int from = rnd.nextInt(tokens.size() - 1);
            List<Token> m = new ArrayList<>(tokens.subList(from, Math.min(tokens.size(), from + 20 + rnd.nextInt(300))));
            for (int k = 0; k < 1 + rnd.nextInt(5); k++) {
                int at = rnd.nextInt(m.size());
                switch (rnd.nextInt(3)) {
                    case 0 -> m.remove(at);
                    case 1 -> m.add(at, m.get(rnd.nextInt(m.size())));
                    default -> java.util.Collections.swap(m, at, rnd.nextInt(m.size()));
                }
                if (m.isEmpty()) {
                    break;
                }
            }
            try {
                Parser.parse(TokenSource.of(m, "", "<t>"), "<t>", Parser.Mode.values()[i % 3]);
            } catch (SyntaxErrorException e) {
                errors++;
            }
        }
        assertThat(errors).isGreaterThan(1000);
    }

    static String mutateText(String base, Random rnd) {
        StringBuilder sb = new StringBuilder(base);
        int edits = 1 + rnd.nextInt(6);
        for (int k = 0; k < edits && sb.length() > 0; k++) {
            int at = rnd.nextInt(sb.length());
            switch (rnd.nextInt(5)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(20)));
                case 1 -> sb.insert(at, FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]);
                case 2 -> {
                    int len = Math.min(sb.length() - at, 1 + rnd.nextInt(40));
                    sb.insert(at, sb.substring(at, at + len));
                }
                case 3 -> sb.insert(at, "(".repeat(rnd.nextInt(300)));
                default -> sb.setCharAt(at, (char) (32 + rnd.nextInt(95)));
            }
        }
        return sb.toString();
    }

    static String mutateBytes(String base, Random rnd) {
        byte[] b = base.getBytes(StandardCharsets.UTF_8);
        int edits = 1 + rnd.nextInt(4);
        for (int k = 0; k < edits; k++) {
            b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
        }
        if (rnd.nextInt(10) == 0) {
            byte[] c = new byte[b.length + 3];
            c[0] = (byte) 0xEF;
            c[1] = (byte) 0xBB;
            c[2] = (byte) 0xBF;
            System.arraycopy(b, 0, c, 3, b.length);
            b = c;
        }
        return SourceDecoder.decode(b, "fuzz.py");
    }
}
