package org.hotpy.core.regex;

/**
 * The flag bits of CPython's {@code re} module, with the same values ({@code re.I == 2}, ...), and
 * the checks CPython's {@code _parser.fix_flags} applies once a pattern has been parsed.
 */
public final class RegexFlags {
    public static final int NOFLAG = 0;
    public static final int TEMPLATE = 1;
    public static final int IGNORECASE = 2;
    public static final int LOCALE = 4;
    public static final int MULTILINE = 8;
    public static final int DOTALL = 16;
    public static final int UNICODE = 32;
    public static final int VERBOSE = 64;
    public static final int DEBUG = 128;
    public static final int ASCII = 256;

    static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
    static final int GLOBAL_FLAGS = DEBUG | TEMPLATE;

    /** In the order of {@code re.RegexFlag}'s definition, which its repr follows. */
    private static final int[] BITS = {ASCII, IGNORECASE, LOCALE, UNICODE, MULTILINE, DOTALL,
        VERBOSE, TEMPLATE, DEBUG};
    private static final String[] NAMES = {"ASCII", "IGNORECASE", "LOCALE", "UNICODE",
        "MULTILINE", "DOTALL", "VERBOSE", "TEMPLATE", "DEBUG"};

    private RegexFlags() {}

    /**
     * CPython's {@code fix_flags}: a str pattern gets UNICODE unless it asked for ASCII; the
     * invalid combinations raise ValueError with CPython's messages.
     */
    static int fix(boolean isText, int flags) {
        if (isText) {
            if ((flags & LOCALE) != 0) {
                throw RegexUsageException.valueError("cannot use LOCALE flag with a str pattern");
            }
            if ((flags & ASCII) == 0) {
                return flags | UNICODE;
            }
            if ((flags & UNICODE) != 0) {
                throw RegexUsageException.valueError("ASCII and UNICODE flags are incompatible");
            }
            return flags;
        }
        if ((flags & UNICODE) != 0) {
            throw RegexUsageException.valueError("cannot use UNICODE flag with a bytes pattern");
        }
        if ((flags & LOCALE) != 0 && (flags & ASCII) != 0) {
            throw RegexUsageException.valueError("ASCII and LOCALE flags are incompatible");
        }
        return flags;
    }

    /**
     * The repr of a {@code re.RegexFlag} value as CPython 3.11 prints it, e.g.
     * {@code re.IGNORECASE|re.MULTILINE}; unknown bits are shown in hex ({@code 0x1000}).
     */
    public static String repr(int flags) {
        StringBuilder sb = new StringBuilder();
        int rest = flags;
        for (int i = 0; i < BITS.length; i++) {
            if ((flags & BITS[i]) != 0) {
                if (sb.length() > 0) {
                    sb.append('|');
                }
                sb.append("re.").append(NAMES[i]);
                rest &= ~BITS[i];
            }
        }
        if (rest != 0) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append("0x").append(Integer.toHexString(rest));
        }
        return sb.length() == 0 ? "re.NOFLAG" : sb.toString();
    }
}
