package org.hotpy.core.regex;

import static org.hotpy.core.regex.Tokenizer.NONE;

/** Inline flags {@code (?aiLmsux)}, {@code (?i:...)}, {@code (?-i:...)}, as CPython parses them. */
final class InlineFlags {
    private InlineFlags() {}

    static boolean isFlag(int ch) {
        return flag(ch) != 0;
    }

    static int flag(int ch) {
        return switch (ch) {
            case 'i' -> RegexFlags.IGNORECASE;
            case 'L' -> RegexFlags.LOCALE;
            case 'm' -> RegexFlags.MULTILINE;
            case 's' -> RegexFlags.DOTALL;
            case 'x' -> RegexFlags.VERBOSE;
            case 'a' -> RegexFlags.ASCII;
            case 't' -> RegexFlags.TEMPLATE;
            case 'u' -> RegexFlags.UNICODE;
            default -> 0;
        };
    }

    /**
     * Parses flags after "(?" whose first character is {@code ch}. Returns null for global flags
     * {@code (?i)} (already added to the parser's flags), else {add, del}.
     */
    static int[] parse(Parser p, int ch) {
        Tokenizer src = p.src;
        int add = 0;
        int del = 0;
        if (ch != '-') {
            while (true) {
                int flag = flag(ch);
                if (src.isText && ch == 'L') {
                    throw src.error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                }
                if (!src.isText && ch == 'u') {
                    throw src.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
                }
                add |= flag;
                if ((flag & RegexFlags.TYPE_FLAGS) != 0 && (add & RegexFlags.TYPE_FLAGS) != flag) {
                    throw src.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                ch = src.get();
                if (ch == NONE) {
                    throw src.error("missing -, : or )", 0);
                }
                if (ch == ')' || ch == '-' || ch == ':') {
                    break;
                }
                if (!isFlag(ch)) {
                    throw src.error(isAlpha(ch) ? "unknown flag" : "missing -, : or )",
                        Tokenizer.length(ch));
                }
            }
        }
        if (ch == ')') {
            p.flags |= add;
            return null;
        }
        if ((add & RegexFlags.GLOBAL_FLAGS) != 0) {
            throw src.error("bad inline flags: cannot turn on global flag", 1);
        }
        if (ch == '-') {
            del = parseOff(src);
        }
        if ((del & RegexFlags.GLOBAL_FLAGS) != 0) {
            throw src.error("bad inline flags: cannot turn off global flag", 1);
        }
        if ((add & del) != 0) {
            throw src.error("bad inline flags: flag turned on and off", 1);
        }
        return new int[] {add, del};
    }

    /** The flags after '-', up to ':'. */
    private static int parseOff(Tokenizer src) {
        int ch = src.get();
        if (ch == NONE) {
            throw src.error("missing flag", 0);
        }
        if (!isFlag(ch)) {
            throw src.error(isAlpha(ch) ? "unknown flag" : "missing flag", Tokenizer.length(ch));
        }
        int del = 0;
        while (true) {
            int flag = flag(ch);
            if ((flag & RegexFlags.TYPE_FLAGS) != 0) {
                throw src.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
            }
            del |= flag;
            ch = src.get();
            if (ch == NONE) {
                throw src.error("missing :", 0);
            }
            if (ch == ':') {
                return del;
            }
            if (!isFlag(ch)) {
                throw src.error(isAlpha(ch) ? "unknown flag" : "missing :", Tokenizer.length(ch));
            }
        }
    }

    /** {@code str.isalpha()} of a token: an escape token (two characters) never is. */
    private static boolean isAlpha(int token) {
        return (token & Tokenizer.ESC) == 0 && Character.isLetter(token);
    }
}
