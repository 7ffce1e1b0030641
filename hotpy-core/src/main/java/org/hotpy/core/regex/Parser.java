package org.hotpy.core.regex;

import static org.hotpy.core.regex.Tokenizer.ESC;
import static org.hotpy.core.regex.Tokenizer.NONE;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses sre syntax into {@link Node}s, rule for rule as CPython 3.11's {@code _parser} does,
 * with its error messages and positions and its rewrites (common prefixes of alternatives are
 * factored out, alternatives of single characters become a set, a set of one character becomes a
 * literal, non-capturing groups without flags are flattened). Those rewrites decide which
 * matcher operations sre uses, so keeping them keeps the matching results identical.
 */
final class Parser {
    /** The nesting at which CPython's recursive parser hits its default recursion limit. */
    static final int MAX_NESTING = 495;
    static final int MAXGROUPS = 1073741823;
    private static final String SPECIAL_CHARS = ".\\[{()*+?^$|";
    private static final String WHITESPACE = " \t\n\r\u000b\f";

    final Tokenizer src;
    int flags;
    final Map<String, Integer> groupDict = new LinkedHashMap<>();
    /** Widths of groups by number; {@code null} while a group is open. Index 0 is unused. */
    final List<long[]> groupWidths = new ArrayList<>();
    private int lookbehindGroups = -1;
    private final Map<Integer, Integer> groupRefPos = new LinkedHashMap<>();
    private final Escapes escapes;

    /** The result of a parse: the tree, the flags after inline flags, the group table. */
    record Parsed(Seq tree, int flags, int groups, Map<String, Integer> groupIndex,
                  List<long[]> groupWidths, List<RegexWarning> warnings) {}

    private Parser(Tokenizer src, int flags) {
        this.src = src;
        this.flags = flags;
        this.groupWidths.add(null);
        this.escapes = new Escapes(this);
    }

    static Parsed parse(Object source, int[] units, boolean isText, int flags) {
        Tokenizer src = new Tokenizer(source, units, isText);
        Parser p = new Parser(src, flags);
        Seq tree = p.parseSub((flags & RegexFlags.VERBOSE) != 0, 0);
        p.flags = RegexFlags.fix(isText, p.flags);
        if (src.peek() != NONE) {
            throw src.error("unbalanced parenthesis", 0);
        }
        for (Map.Entry<Integer, Integer> e : p.groupRefPos.entrySet()) {
            if (e.getKey() >= p.groups()) {
                throw new RegexError("invalid group reference " + e.getKey(), source, units,
                    e.getValue());
            }
        }
        return new Parsed(tree, p.flags, p.groups() - 1, p.groupDict, p.groupWidths,
            src.warnings);
    }

    int groups() {
        return groupWidths.size();
    }

    boolean checkGroup(int gid) {
        return gid < groups() && groupWidths.get(gid) != null;
    }

    void checkLookbehindGroup(int gid) {
        if (lookbehindGroups >= 0) {
            if (!checkGroup(gid)) {
                throw src.error("cannot refer to an open group", 0);
            }
            if (gid >= lookbehindGroups) {
                throw src.error("cannot refer to group defined in the same lookbehind subpattern",
                    0);
            }
        }
    }

    /** An alternation {@code a|b|c}. */
    private Seq parseSub(boolean verbose, int nested) {
        checkNesting(nested);
        List<Seq> items = new ArrayList<>();
        while (true) {
            items.add(parse(verbose, nested + 1, nested == 0 && items.isEmpty()));
            if (!src.match('|')) {
                break;
            }
            if (nested == 0) {
                verbose = (flags & RegexFlags.VERBOSE) != 0;
            }
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        Seq sub = new Seq(groupWidths);
        factorPrefix(items, sub);
        List<Node.SetItem> set = asSet(items);
        if (set != null) {
            sub.items.add(new Node.In(uniq(set)));
        } else {
            sub.items.add(new Node.Branch(items));
        }
        return sub;
    }

    /** Moves a first node that all alternatives share out of the branch, repeatedly. */
    private static void factorPrefix(List<Seq> items, Seq sub) {
        while (true) {
            Node prefix = null;
            for (Seq item : items) {
                if (item.size() == 0) {
                    return;
                }
                if (prefix == null) {
                    prefix = item.get(0);
                } else if (!item.get(0).equals(prefix)) {
                    return;
                }
            }
            for (Seq item : items) {
                item.items.remove(0);
            }
            sub.items.add(prefix);
        }
    }

    /** The alternatives as one set when each is one literal or a non-negated set, else null. */
    private static List<Node.SetItem> asSet(List<Seq> items) {
        List<Node.SetItem> set = new ArrayList<>();
        for (Seq item : items) {
            if (item.size() != 1) {
                return null;
            }
            Node n = item.get(0);
            if (n instanceof Node.Literal lit) {
                set.add(new Node.SetItem.Lit(lit.c()));
            } else if (n instanceof Node.In in && !(in.items().get(0) instanceof Node.SetItem.Negate)) {
                set.addAll(in.items());
            } else {
                return null;
            }
        }
        return set;
    }

    static <T> List<T> uniq(List<T> items) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(items));
    }

    /**
     * CPython's parser recurses once per {@code nested} level (twice per group) and fails with
     * RecursionError at its default limit; so do we, before the Java stack could overflow.
     */
    private static void checkNesting(int nested) {
        if (nested > 2 * MAX_NESTING) {
            throw new RegexUsageException(RegexUsageException.Kind.RECURSION_ERROR,
                "maximum recursion depth exceeded");
        }
    }

    /** A sequence of items up to {@code |}, {@code )} or the end. */
    private Seq parse(boolean verbose, int nested, boolean first) {
        checkNesting(nested - 1);
        Seq sub = new Seq(groupWidths);
        while (true) {
            int tok = src.peek();
            if (tok == NONE || tok == '|' || tok == ')') {
                break;
            }
            src.get();
            if (verbose) {
                if (WHITESPACE.indexOf(tok) >= 0) {
                    continue;
                }
                if (tok == '#') {
                    skipComment();
                    continue;
                }
            }
            if ((tok & ESC) != 0) {
                sub.items.add(escapes.escape(tok));
            } else if (SPECIAL_CHARS.indexOf(tok) < 0) {
                sub.items.add(new Node.Literal(tok));
            } else if (tok == '[') {
                sub.items.add(escapes.parseSet());
            } else if (tok == '*' || tok == '+' || tok == '?' || tok == '{') {
                parseRepeat(tok, sub);
            } else if (tok == '.') {
                sub.items.add(new Node.Any());
            } else if (tok == '(') {
                verbose = parseGroup(sub, verbose, nested, first);
            } else if (tok == '^') {
                sub.items.add(new Node.At(Node.AtCode.BEGINNING));
            } else {
                sub.items.add(new Node.At(Node.AtCode.END));  // '$'
            }
        }
        flattenGroups(sub);
        return sub;
    }

    private void skipComment() {
        while (true) {
            int t = src.get();
            if (t == NONE || t == '\n') {
                return;
            }
        }
    }

    /** Replaces non-capturing groups without flags by their contents. */
    private static void flattenGroups(Seq sub) {
        for (int i = sub.size() - 1; i >= 0; i--) {
            if (sub.get(i) instanceof Node.Group g && g.group() == 0 && g.addFlags() == 0
                && g.delFlags() == 0) {
                sub.items.remove(i);
                sub.items.addAll(i, g.body().items);
            }
        }
    }

    private void parseRepeat(int tok, Seq sub) {
        int here = src.tell();
        long min;
        long max;
        if (tok == '?') {
            min = 0;
            max = 1;
        } else if (tok == '*') {
            min = 0;
            max = Node.MAXREPEAT;
        } else if (tok == '+') {
            min = 1;
            max = Node.MAXREPEAT;
        } else {
            long[] bounds = parseBraces(here, sub);
            if (bounds == null) {
                return;
            }
            min = bounds[0];
            max = bounds[1];
        }
        Node item = sub.size() > 0 ? sub.get(sub.size() - 1) : null;
        if (item == null || item instanceof Node.At) {
            throw src.error("nothing to repeat", src.tell() - here + 1);
        }
        if (item instanceof Node.Repeat) {
            throw src.error("multiple repeat", src.tell() - here + 1);
        }
        Seq body;
        if (item instanceof Node.Group g && g.group() == 0 && g.addFlags() == 0
            && g.delFlags() == 0) {
            body = g.body();
        } else {
            body = new Seq(groupWidths, List.of(item));
        }
        Node.RepeatKind kind = src.match('?') ? Node.RepeatKind.MIN
            : src.match('+') ? Node.RepeatKind.POSSESSIVE : Node.RepeatKind.MAX;
        sub.items.set(sub.size() - 1, new Node.Repeat(kind, min, max, body));
    }

    /** {@code {m,n}}; null (with a literal '{' added) when the braces are not a repeat. */
    private long[] parseBraces(int here, Seq sub) {
        if (src.peek() == '}') {
            sub.items.add(new Node.Literal('{'));
            return null;
        }
        StringBuilder lo = new StringBuilder();
        StringBuilder hi = new StringBuilder();
        src.getWhile(Integer.MAX_VALUE, "0123456789", lo);
        if (src.match(',')) {
            src.getWhile(Integer.MAX_VALUE, "0123456789", hi);
        } else {
            hi.append(lo);
        }
        if (!src.match('}')) {
            sub.items.add(new Node.Literal('{'));
            src.seek(here);
            return null;
        }
        long min = 0;
        long max = Node.MAXREPEAT;
        if (lo.length() > 0) {
            min = repeatCount(lo);
        }
        if (hi.length() > 0) {
            max = repeatCount(hi);
            if (max < min) {
                throw src.error("min repeat greater than max repeat", src.tell() - here);
            }
        }
        return new long[] {min, max};
    }

    private static long repeatCount(CharSequence digits) {
        BigInteger v = new BigInteger(digits.toString());
        if (v.compareTo(BigInteger.valueOf(Node.MAXREPEAT)) >= 0) {
            throw RegexUsageException.overflowError("the repetition number is too large");
        }
        return v.longValue();
    }

    /** After '(': returns the verbose setting for the rest of the sequence. */
    private boolean parseGroup(Seq sub, boolean verbose, int nested, boolean first) {
        int start = src.tell() - 1;
        if (!src.match('?')) {
            finishGroup(sub, verbose, nested, start, null, 0, 0, false, true);
            return verbose;
        }
        int ch = src.get();
        if (ch == NONE) {
            throw src.error("unexpected end of pattern", 0);
        }
        if (ch == 'P') {
            int[] name = parseNamed(sub);
            if (name != null) {
                finishGroup(sub, verbose, nested, start, name, 0, 0, false, true);
            }
        } else if (ch == ':') {
            finishGroup(sub, verbose, nested, start, null, 0, 0, false, false);
        } else if (ch == '#') {
            skipGroupComment(start);
        } else if (ch == '=' || ch == '!' || ch == '<') {
            parseLookaround(sub, ch, verbose, nested, start);
        } else if (ch == '(') {
            parseConditional(sub, verbose, nested, start);
        } else if (ch == '>') {
            finishGroup(sub, verbose, nested, start, null, 0, 0, true, false);
        } else if (InlineFlags.isFlag(ch) || ch == '-') {
            int[] fl = InlineFlags.parse(this, ch);
            if (fl == null) {
                if (!first || sub.size() > 0) {
                    throw src.error("global flags not at the start of the expression",
                        src.tell() - start);
                }
                return (flags & RegexFlags.VERBOSE) != 0;
            }
            finishGroup(sub, verbose, nested, start, null, fl[0], fl[1], false, false);
        } else {
            throw src.error("unknown extension ?" + Tokenizer.text(ch), Tokenizer.length(ch) + 1);
        }
        return verbose;
    }

    /** After "(?P": a name for a new group, or null when a backreference was added instead. */
    private int[] parseNamed(Seq sub) {
        if (src.match('<')) {
            int[] name = src.getUntil('>', "group name");
            src.checkGroupName(name, 1);
            return name;
        }
        if (src.match('=')) {
            int[] name = src.getUntil(')', "group name");
            src.checkGroupName(name, 1);
            Integer gid = groupDict.get(PyText.str(name));
            if (gid == null) {
                throw src.error("unknown group name " + PyText.repr(name), name.length + 1);
            }
            if (!checkGroup(gid)) {
                throw src.error("cannot refer to an open group", name.length + 1);
            }
            checkLookbehindGroup(gid);
            sub.items.add(new Node.GroupRef(gid));
            return null;
        }
        int ch = src.get();
        if (ch == NONE) {
            throw src.error("unexpected end of pattern", 0);
        }
        throw src.error("unknown extension ?P" + Tokenizer.text(ch), Tokenizer.length(ch) + 2);
    }

    private void skipGroupComment(int start) {
        while (true) {
            if (src.peek() == NONE) {
                throw src.error("missing ), unterminated comment", src.tell() - start);
            }
            if (src.get() == ')') {
                return;
            }
        }
    }

    private void finishGroup(Seq sub, boolean verbose, int nested, int start, int[] name,
                             int addFlags, int delFlags, boolean atomic, boolean capture) {
        int group = 0;
        if (capture) {
            group = openGroup(name);
        }
        boolean subVerbose = (verbose || (addFlags & RegexFlags.VERBOSE) != 0)
            && (delFlags & RegexFlags.VERBOSE) == 0;
        Seq p = parseSub(subVerbose, nested + 1);
        if (!src.match(')')) {
            throw src.error("missing ), unterminated subpattern", src.tell() - start);
        }
        if (group > 0) {
            groupWidths.set(group, p.width());
        }
        sub.items.add(atomic ? new Node.Atomic(p) : new Node.Group(group, addFlags, delFlags, p));
    }

    private int openGroup(int[] name) {
        int gid = groups();
        groupWidths.add(null);
        if (gid + 1 > MAXGROUPS) {
            throw src.error("too many groups", name == null ? 0 : name.length + 1);
        }
        if (name != null) {
            String key = PyText.str(name);
            Integer old = groupDict.get(key);
            if (old != null) {
                throw src.error("redefinition of group name " + PyText.repr(name) + " as group "
                    + gid + "; was group " + old, name.length + 1);
            }
            groupDict.put(key, gid);
        }
        return gid;
    }

    private void parseLookaround(Seq sub, int ch, boolean verbose, int nested, int start) {
        int dir = 1;
        int saved = lookbehindGroups;
        if (ch == '<') {
            ch = src.get();
            if (ch == NONE) {
                throw src.error("unexpected end of pattern", 0);
            }
            if (ch != '=' && ch != '!') {
                throw src.error("unknown extension ?<" + Tokenizer.text(ch),
                    Tokenizer.length(ch) + 2);
            }
            dir = -1;
            if (saved < 0) {
                lookbehindGroups = groups();
            }
        }
        Seq p = parseSub(verbose, nested + 1);
        if (dir < 0 && saved < 0) {
            lookbehindGroups = -1;
        }
        if (!src.match(')')) {
            throw src.error("missing ), unterminated subpattern", src.tell() - start);
        }
        sub.items.add(new Node.Assert(ch == '!', dir, p));
    }

    private void parseConditional(Seq sub, boolean verbose, int nested, int start) {
        int[] name = src.getUntil(')', "group name");
        int condGroup;
        if (PyText.isIdentifier(name)) {
            src.checkGroupName(name, 1);
            Integer gid = groupDict.get(PyText.str(name));
            if (gid == null) {
                throw src.error("unknown group name " + PyText.repr(name), name.length + 1);
            }
            condGroup = gid;
        } else {
            condGroup = groupNumber(name);
            groupRefPos.putIfAbsent(condGroup, src.tell() - name.length - 1);
            checkGroupNumber(name);
        }
        checkLookbehindGroup(condGroup);
        Seq yes = parse(verbose, nested + 1, false);
        Seq no = null;
        if (src.match('|')) {
            no = parse(verbose, nested + 1, false);
            if (src.peek() == '|') {
                throw src.error("conditional backref with more than two branches", 0);
            }
        }
        if (!src.match(')')) {
            throw src.error("missing ), unterminated subpattern", src.tell() - start);
        }
        sub.items.add(new Node.GroupRefExists(condGroup, yes, no));
    }

    /** A numeric group reference in a conditional, with CPython's checks. */
    private int groupNumber(int[] name) {
        BigInteger v = Tokenizer.pyInt(name);
        if (v == null || v.signum() < 0) {
            throw src.error("bad character in group name " + PyText.repr(name), name.length + 1);
        }
        if (v.signum() == 0) {
            throw src.error("bad group number", name.length + 1);
        }
        if (v.compareTo(BigInteger.valueOf(MAXGROUPS)) >= 0) {
            throw src.error("invalid group reference " + v, name.length + 1);
        }
        return v.intValue();
    }

    /** The DeprecationWarning for a conditional's group number (after CPython's bookkeeping). */
    private void checkGroupNumber(int[] name) {
        src.checkGroupNumber(name);
    }
}
