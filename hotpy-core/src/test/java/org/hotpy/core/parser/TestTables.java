package org.hotpy.core.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated tables that the python3 generators in test resources write. */
final class TestTables {
    private TestTables() {
    }

    static List<String[]> read(String resource) {
        try (InputStream in = TestTables.class.getResourceAsStream("/parser/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource parser/" + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Undoes cases_common.escape: \\ \n \r \t. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                sb.append(switch (d) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> d;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
