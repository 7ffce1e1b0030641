package org.hotpy.core.cli;

import java.util.ArrayList;
import java.util.List;

/** The command line of {@code hotpy}, parsed as {@code python3} parses its own. */
final class Options {
    static final String HELP = """
            usage: hotpy [option] ... [-c cmd | -m mod | file | -] [arg] ...
            Options (and corresponding environment variables):
            -c cmd : program passed in as string (terminates option list)
            -h     : print this help message and exit (also -? or --help)
            -m mod : run library module as a script (terminates option list)
            -V     : print the Python version number and exit (also --version)
            -X opt : set implementation-specific option
            -B, -E, -I, -O, -s, -S, -u : accepted for compatibility; no effect
            file   : program read from script file
            -      : program read from stdin (default; interactive mode if a tty)
            arg ...: arguments passed to program in sys.argv[1:]

            Other environment variables:
            HOTPYPATH : ':'-separated list of directories prefixed to the module search path.
            """;

    /** A command line python3 would reject (exit status 2). */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    boolean version;
    boolean help;
    String command;
    String module;
    String script;
    final List<String> xoptions = new ArrayList<>();
    final List<String> rest = new ArrayList<>();

    static Options parse(String[] args) throws UsageError {
        Options o = new Options();
        int i = 0;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--version")) {
                o.version = true;
                return o;
            }
            if (a.equals("--help")) {
                o.help = true;
                return o;
            }
            if (a.equals("-") || !a.startsWith("-") || a.length() == 1) {
                o.script = a;
                i++;
                break;
            }
            if (a.equals("--")) {
                i++;
                if (i < args.length) {
                    o.script = args[i++];
                }
                break;
            }
            // clustered single-letter options, such as -uB
            int j = 1;
            boolean stop = false;
            while (j < a.length() && !stop) {
                char c = a.charAt(j++);
                switch (c) {
                    case 'V': o.version = true; return o;
                    case 'h': case '?': o.help = true; return o;
                    case 'B': case 'E': case 'I': case 'O': case 's': case 'S': case 'u': case 'q': case 'b': case 'R':
                        break;
                    case 'c': case 'm': case 'X': case 'W': {
                        String value;
                        if (j < a.length()) {
                            value = a.substring(j);
                        } else if (i + 1 < args.length) {
                            value = args[++i];
                        } else {
                            throw new UsageError("Argument expected for the -" + c + " option");
                        }
                        stop = true;
                        if (c == 'c') {
                            o.command = value;
                        } else if (c == 'm') {
                            o.module = value;
                        } else if (c == 'X') {
                            o.xoptions.add(value);
                        }
                        break;
                    }
                    default:
                        throw new UsageError("Unknown option: -" + c);
                }
            }
            i++;
            if (o.command != null || o.module != null) {
                break;
            }
        }
        while (i < args.length) {
            o.rest.add(args[i++]);
        }
        return o;
    }

    /** {@code sys.argv} as CPython sets it for this command line. */
    List<String> argv() {
        List<String> argv = new ArrayList<>();
        if (command != null) {
            argv.add("-c");
        } else if (module != null) {
            argv.add(module);
        } else if (script != null) {
            argv.add(script);
        } else {
            argv.add("");
        }
        argv.addAll(rest);
        return argv;
    }
}
