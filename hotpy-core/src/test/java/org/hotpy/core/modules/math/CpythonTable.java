package org.hotpy.core.modules.math;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table of results recorded from CPython, one row a line: {@code RANGE HEX HEX...}, each HEX
 * the bits of a double. Read from a test resource, or from the file a system property names
 * (a larger table of the same form), and grouped by range in file order.
 */
final class CpythonTable {
    private CpythonTable() {}

    /** Makes one test case from a row's line number and its doubles. */
    @FunctionalInterface
    interface RowFactory<T> {
        T make(int line, double[] values);
    }

    static <T> Map<String, List<T>> load(String property, String resource, RowFactory<T> factory)
            throws IOException {
        String override = System.getProperty(property);
        InputStream in = override != null ? Files.newInputStream(Path.of(override))
                : Objects.requireNonNull(CpythonTable.class.getResourceAsStream(resource), resource);
        Map<String, List<T>> rows = new LinkedHashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                String[] w = line.split(" ");
                double[] values = new double[w.length - 1];
                for (int i = 1; i < w.length; i++) {
                    values[i - 1] = Double.longBitsToDouble(Long.parseUnsignedLong(w[i], 16));
                }
                rows.computeIfAbsent(w[0], k -> new ArrayList<>()).add(factory.make(lineNo, values));
            }
        }
        return rows;
    }
}
