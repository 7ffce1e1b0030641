package org.hotpy.core.interp;

import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The fixed settings of an interpreter: standard streams, {@code sys.argv}, the module search
 * path, what the host allows, and resource limits.
 *
 * @param stdout      where {@code sys.stdout} writes
 * @param stderr      where {@code sys.stderr} writes
 * @param stdin       what {@code sys.stdin} and {@code input()} read
 * @param argv        {@code sys.argv}
 * @param searchPath  entries put before the bundled library on {@code sys.path}
 * @param trusted     whether files, processes and the environment are reachable (the CLI)
 * @param fileRoot    when not trusted, the only folder {@code open()} may use (null: none)
 * @param maxObjectSize the largest single object (elements or chars) a script may build
 */
public record RuntimeConfig(Writer stdout, Writer stderr, Reader stdin, List<String> argv, List<String> searchPath,
                            boolean trusted, String fileRoot, long maxObjectSize) {

    /** The settings of the command line: everything allowed. */
    public static RuntimeConfig commandLine(Writer out, Writer err, Reader in, List<String> argv,
                                            List<String> searchPath) {
        return new RuntimeConfig(out, err, in, argv, searchPath, true, null, Integer.MAX_VALUE - 16L);
    }
}
