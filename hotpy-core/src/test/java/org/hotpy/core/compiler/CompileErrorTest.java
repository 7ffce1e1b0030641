package org.hotpy.core.compiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hotpy.core.parser.SyntaxErrorException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SyntaxErrors that only the compiler finds (symbol table: global/nonlocal rules, duplicate
 * parameters, comprehension walrus rules; code generation: misplaced return/yield/break/
 * continue, starred targets, {@code __debug__}, repeated keywords): message, line, offset and
 * end as CPython 3.11's {@code compile()} reports them. The table comes from
 * {@code src/test/resources/compiler/gen_compile_error_cases.py}.
 */
class CompileErrorTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = CompileErrorTest.class.getResourceAsStream("/compiler/compile_error_cases.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    String[] r = line.split("\t", -1);
                    out.add(Arguments.of(unescape(r[0]),
                            r[1] + " " + unescape(r[2]) + " @" + r[3] + ":" + r[4] + "-" + r[5] + ":" + r[6]));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void sameErrorAsCPython(String source, String expected) {
        SyntaxErrorException e = catchThrowableOfType(SyntaxErrorException.class,
                () -> Compiler.compile(source, "<test>", Compiler.Mode.EXEC));
        assertThat(e).as("compiled without an error").isNotNull();
        assertThat(e.pythonType() + " " + e.msg() + " @" + e.line() + ":" + e.offset() + "-" + e.endLine() + ":"
                + e.endOffset()).isEqualTo(expected);
    }

    /** Undoes the generator's escape: \\ \n \t. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(d == 'n' ? '\n' : d == 't' ? '\t' : d);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
