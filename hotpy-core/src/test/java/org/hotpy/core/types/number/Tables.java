package org.hotpy.core.types.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hotpy.core.errors.PyException;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads the tables that the python3 scripts in {@code src/test/resources/numeric/} generate:
 * tab-separated fields, escaped as {@code tables.py} does ({@code \\} and {@code \\uXXXXXX}).
 */
public final class Tables {
    private Tables() {}

    /** The rows of {@code /numeric/<name>}, fields unescaped, each as the arguments of one test. */
    public static Stream<Arguments> rows(String name) {
        return read(name).stream().map(r -> Arguments.of((Object[]) r));
    }

    public static List<String[]> read(String name) {
        InputStream in = Tables.class.getResourceAsStream("/numeric/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test table " + name);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = unescape(f[i]);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
            } else if (s.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else {
                sb.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 8), 16));
                i += 7;
            }
        }
        return sb.toString();
    }

    public static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    /** Python's {@code hex(n)}: {@code 0x1f} or {@code -0x1f}. */
    public static BigInteger hexInt(String s) {
        boolean negative = s.startsWith("-");
        BigInteger v = new BigInteger(s.substring(negative ? 3 : 2), 16);
        return negative ? v.negate() : v;
    }

    /** Asserts the outcome recorded by {@code tables.outcome}: a result, or "Type: message". */
    public static void assertOutcome(String kind, String expected, Supplier<?> actual) {
        if (kind.equals("ok")) {
            assertThat(String.valueOf(actual.get())).isEqualTo(expected);
        } else {
            assertThatThrownBy(actual::get).isInstanceOf(PyException.class).hasMessage(expected);
        }
    }
}
