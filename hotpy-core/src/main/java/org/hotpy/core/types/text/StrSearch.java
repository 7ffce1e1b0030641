package org.hotpy.core.types.text;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.Slot;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;

/** Searching, splitting, joining, replacing and stripping of {@code str}. Indices are code points. */
final class StrSearch {
    private StrSearch() {}

    static void define(TypeDef t) {
        // CPython parses these with PyArg_ParseTuple: "find() takes at least 1 argument (0 given)"
        TypeDef g = t.parseTupleErrors();
        g.method3("find", "sub, start=None, end=None, /", Fn.FIND);
        g.method3("rfind", "sub, start=None, end=None, /", Fn.RFIND);
        g.method3("index", "sub, start=None, end=None, /", Fn.INDEX);
        g.method3("rindex", "sub, start=None, end=None, /", Fn.RINDEX);
        g.method3("count", "sub, start=None, end=None, /", Fn.COUNT);
        g.method3("startswith", "prefix, start=None, end=None, /", Fn.STARTSWITH);
        g.method3("endswith", "suffix, start=None, end=None, /", Fn.ENDSWITH);
        t.method2("split", "sep=None, maxsplit=-1", Fn.SPLIT);
        t.method2("rsplit", "sep=None, maxsplit=-1", Fn.RSPLIT);
        t.method1("splitlines", "keepends=False", Fn.SPLITLINES);
        t.method1("join", "iterable, /", Fn.JOIN);
        t.method3("replace", "old, new, count=-1, /", Fn.REPLACE);
        t.method1("partition", "sep, /", Fn.PARTITION);
        t.method1("rpartition", "sep, /", Fn.RPARTITION);
        t.method1("strip", "chars=None, /", Fn.STRIP);
        t.method1("lstrip", "chars=None, /", Fn.LSTRIP);
        t.method1("rstrip", "chars=None, /", Fn.RSTRIP);
        t.method1("removeprefix", "prefix, /", Fn.REMOVEPREFIX);
        t.method1("removesuffix", "suffix, /", Fn.REMOVESUFFIX);
    }

    /**
     * Code-point bounds {@code [start, end)} of an optional slice, adjusted as CPython's
     * ADJUST_INDICES does: negative indexes count from the end, and end is clamped to the length
     * but start is not (a start past the end finds nothing, not even an empty string), so a start
     * past the end comes back as {@code length + 1}.
     */
    static int[] bounds(PyStr s, PyObject start, PyObject end) {
        int n = s.length();
        int a = StrMethods.isNone(start) ? 0 : (int) Math.min(clampBelow(sliceIndex(start), n), n + 1L);
        int b = StrMethods.isNone(end) ? n : clamp(sliceIndex(end), n);
        return new int[] {a, b};
    }

    private static long clampBelow(long i, int n) {
        if (i < 0) {
            i += n;
            if (i < 0) {
                i = 0;
            }
        }
        return i;
    }

    /** A start or end argument, worded as CPython's _PyEval_SliceIndex words a wrong type. */
    private static long sliceIndex(PyObject o) {
        if (!(o instanceof PyInt) && !IntMath.isInt(o) && o.type().lookup(Slot.INDEX) == null) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Protocols.asIndexClamped(o);
    }

    private static int clamp(long i, int n) {
        if (i < 0) {
            i += n;
            if (i < 0) {
                i = 0;
            }
        } else if (i > n) {
            i = n;
        }
        return (int) i;
    }

    private static String subArg(PyObject sub, String fname) {
        return StrMethods.arg(sub, "must be str, not %s");
    }

    /**
     * Whether a needle could match half of a surrogate pair: one that begins with a low
     * surrogate or ends with a high surrogate. Java searches UTF-16 code units, so only such a
     * needle can match across a code-point boundary of the haystack (a lone '\ud83d' in
     * '\U0001F600'); every other needle matches on boundaries by itself, so the fast paths keep
     * String's own searches and this is tested once per call.
     */
    static boolean awkward(String sub) {
        int n = sub.length();
        return n > 0 && (Character.isLowSurrogate(sub.charAt(0)) || Character.isHighSurrogate(sub.charAt(n - 1)));
    }

    /** Whether {@code sub} found in {@code v} at char index {@code at} starts and ends on code points. */
    static boolean onBoundaries(String v, String sub, int at) {
        int e = at + sub.length();
        return !(at > 0 && Character.isLowSurrogate(sub.charAt(0)) && Character.isHighSurrogate(v.charAt(at - 1)))
                && !(e < v.length() && Character.isHighSurrogate(sub.charAt(sub.length() - 1))
                        && Character.isLowSurrogate(v.charAt(e)));
    }

    /** {@code v.indexOf(sub, from)} for a needle that is {@link #awkward}: only matches on code points. */
    static int indexOfCp(String v, String sub, int from) {
        int at = v.indexOf(sub, from);
        while (at >= 0 && !onBoundaries(v, sub, at)) {
            at = v.indexOf(sub, at + 1);
        }
        return at;
    }

    /** {@code v.lastIndexOf(sub, from)} for a needle that is {@link #awkward}: only matches on code points. */
    static int lastIndexOfCp(String v, String sub, int from) {
        int at = v.lastIndexOf(sub, from);
        while (at >= 0 && !onBoundaries(v, sub, at)) {
            at = at == 0 ? -1 : v.lastIndexOf(sub, at - 1);
        }
        return at;
    }

    /** {@code v.indexOf(sub, from)} on code points, String's own search unless the needle is awkward. */
    static int indexOf(String v, String sub, int from) {
        return awkward(sub) ? indexOfCp(v, sub, from) : v.indexOf(sub, from);
    }

    /** {@code v.lastIndexOf(sub, from)} on code points, String's own search unless the needle is awkward. */
    static int lastIndexOf(String v, String sub, int from) {
        return awkward(sub) ? lastIndexOfCp(v, sub, from) : v.lastIndexOf(sub, from);
    }

    /** {@code v.startsWith(x, at)} where a match must also start and end on code points. */
    static boolean startsWith(String v, String x, int at) {
        return v.startsWith(x, at) && (!awkward(x) || onBoundaries(v, x, at));
    }

    /** {@code v.endsWith(x)} where a match must also start on a code point. */
    static boolean endsWith(String v, String x) {
        return startsWith(v, x, v.length() - x.length());
    }

    /** {@code str.__contains__}: {@code v.contains(sub)} matching only on code points. */
    static boolean contains(String v, String sub) {
        return indexOf(v, sub, 0) >= 0;
    }

    static int find(PyStr s, PyObject subObj, PyObject start, PyObject end, boolean reverse, String fname) {
        String sub = subArg(subObj, fname);
        if (StrMethods.isNone(start) && StrMethods.isNone(end)) {
            // the whole string (the usual call): no bounds to clamp, no array for them, no scan
            // of the string for its code-point length unless a match is found past its start
            String v = s.value();
            int at = reverse ? lastIndexOf(v, sub, v.length()) : indexOf(v, sub, 0);
            return at <= 0 || s.isBmp() ? at : v.codePointCount(0, at);
        }
        int[] r = bounds(s, start, end);
        if (r[1] - r[0] < 0) {
            return -1;
        }
        String v = s.value();
        int cs = s.charIndex(r[0]);
        int ce = s.charIndex(r[1]);
        if (ce - cs < sub.length()) {
            return sub.isEmpty() && r[0] <= r[1] ? r[0] : -1;
        }
        int at = reverse ? lastIndexOf(v, sub, ce - sub.length()) : indexOf(v, sub, cs);
        if (at < cs || at + sub.length() > ce) {
            return -1;
        }
        return s.isBmp() ? at : v.codePointCount(0, at);
    }

    private static int index(PyStr s, PyObject sub, PyObject start, PyObject end, boolean reverse) {
        int i = find(s, sub, start, end, reverse, reverse ? "rindex" : "index");
        if (i < 0) {
            throw Errors.valueError("substring not found");
        }
        return i;
    }

    private static PyObject count(PyStr s, PyObject subObj, PyObject start, PyObject end) {
        String sub = subArg(subObj, "count");
        int[] r = bounds(s, start, end);
        if (r[0] > r[1]) {
            return PyInt.ZERO;
        }
        if (sub.isEmpty()) {
            return PyInt.of(r[1] - r[0] + 1);
        }
        String v = s.value().substring(s.charIndex(r[0]), s.charIndex(r[1]));
        int n = 0;
        if (awkward(sub)) {
            // matched against the whole string: the slice's ends are code-point boundaries, and
            // a surrogate just outside them decides whether a match at an end is half a pair
            String w = s.value();
            int ce = s.charIndex(r[1]);
            for (int i = indexOfCp(w, sub, s.charIndex(r[0])); i >= 0 && i + sub.length() <= ce;
                    i = indexOfCp(w, sub, i + sub.length())) {
                n++;
            }
            return PyInt.of(n);
        }
        for (int i = v.indexOf(sub); i >= 0; i = v.indexOf(sub, i + sub.length())) {
            n++;
        }
        return PyInt.of(n);
    }

    private static PyObject affix(PyStr s, PyObject p, PyObject start, PyObject end, boolean prefix) {
        if (p instanceof PyStr ps && StrMethods.isNone(start) && StrMethods.isNone(end)) {
            // the whole string with one affix (the usual call): what affixOne does for bounds
            // [0, len), without making them
            String v = s.value();
            String x = ps.value();
            return PyBool.of(prefix ? startsWith(v, x, 0) : endsWith(v, x));
        }
        int[] r = bounds(s, start, end);
        String name = prefix ? "startswith" : "endswith";
        if (p instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (affixOne(s, r, t.get(i), prefix, name)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(p instanceof PyStr)) {
            throw Errors.typeError("%s first arg must be str or a tuple of str, not %s", name, p.type().tpName());
        }
        return PyBool.of(affixOne(s, r, p, prefix, name));
    }

    private static boolean affixOne(PyStr s, int[] r, PyObject p, boolean prefix, String name) {
        if (!(p instanceof PyStr ps)) {
            throw Errors.typeError("tuple for %s must only contain str, not %s", name, p.type().tpName());
        }
        if (r[0] > s.length()) {
            return false;
        }
        String v = s.value();
        int cs = s.charIndex(r[0]);
        int ce = Math.max(cs, s.charIndex(Math.max(r[0], r[1])));
        String x = ps.value();
        if (ce - cs < x.length()) {
            return false;
        }
        return prefix ? startsWith(v, x, cs) : startsWith(v, x, ce - x.length());
    }

    static PyObject split(PyStr s, PyObject sepObj, PyObject maxObj, boolean reverse) {
        long max = Protocols.asIndexClamped(maxObj);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        String v = s.value();
        List<String> out;
        if (StrMethods.isNone(sepObj)) {
            if (!reverse) {
                return splitWhitespace(v, max);
            }
            out = rsplitWhitespace(v, max);
        } else {
            String sep = StrMethods.arg(sepObj, "must be str or None, not %s");
            if (sep.isEmpty()) {
                throw Errors.valueError("empty separator");
            }
            out = reverse ? rsplitSep(v, sep, max) : splitSep(v, sep, max);
        }
        return StrMethods.list(out);
    }

    private static List<String> splitSep(String v, String sep, long max) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int at;
        while (out.size() < max && (at = indexOf(v, sep, from)) >= 0) {
            out.add(v.substring(from, at));
            from = at + sep.length();
        }
        out.add(v.substring(from));
        return out;
    }

    private static List<String> rsplitSep(String v, String sep, long max) {
        List<String> out = new ArrayList<>();
        int end = v.length();
        int at;
        while (out.size() < max && end - sep.length() >= 0 && (at = lastIndexOf(v, sep, end - sep.length())) >= 0) {
            out.add(v.substring(at + sep.length(), end));
            end = at;
        }
        out.add(v.substring(0, end));
        java.util.Collections.reverse(out);
        return out;
    }

    static boolean isSpace(int c) {
        return StrCase.isSpace(c);
    }

    /**
     * {@code str.split()}: the words as strs straight into the list's array (the usual call, once
     * per line in word counts), not a list of Java strings copied into one.
     */
    private static PyList splitWhitespace(String v, long max) {
        PyObject[] out = new PyObject[Math.min(16, v.length() / 2 + 1)];
        int k = 0;
        int i = 0;
        int n = v.length();
        while (true) {
            while (i < n && isSpace(v.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int j = n; // the remainder keeps its trailing whitespace once max splits are made
            if (k < max) {
                j = i;
                while (j < n && !isSpace(v.charAt(j))) {
                    j++;
                }
            }
            if (k == out.length) {
                out = java.util.Arrays.copyOf(out, k * 2);
            }
            out[k++] = PyStr.of(v.substring(i, j));
            i = j;
        }
        return PyList.wrap(out, k);
    }

    private static List<String> rsplitWhitespace(String v, long max) {
        List<String> out = new ArrayList<>();
        int j = v.length();
        while (true) {
            while (j > 0 && isSpace(v.charAt(j - 1))) {
                j--;
            }
            if (j <= 0) {
                break;
            }
            if (out.size() >= max) {
                out.add(v.substring(0, j)); // the remainder keeps its leading whitespace
                break;
            }
            int i = j;
            while (i > 0 && !isSpace(v.charAt(i - 1))) {
                i--;
            }
            out.add(v.substring(i, j));
            j = i;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * {@code str.splitlines}: line boundaries \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. The
     * strs go straight into the list, not into a list of Java strings copied into one.
     */
    static PyList splitLines(String v, boolean keepends) {
        int n = v.length();
        PyList out = new PyList();
        int start = 0;
        if (n >= 256 && onlyNewlines(v)) {
            // '\n' is the only boundary: String.indexOf, an intrinsic, finds each one. A long text is
            // usually split once, so the char loop below ran in HotSpot's interpreter until it was
            // compiled on the stack (a 3 MB text: 40-45 ms, now 17-20; CPython 9).
            for (int i = v.indexOf('\n'); i >= 0; i = v.indexOf('\n', start)) {
                out.append(PyStr.of(v.substring(start, keepends ? i + 1 : i)));
                start = i + 1;
            }
        } else {
            int i = 0;
            while (i < n) {
                char c = v.charAt(i);
                int eol;
                if (c == '\r' && i + 1 < n && v.charAt(i + 1) == '\n') {
                    eol = 2;
                } else if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d
                        || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029) {
                    eol = 1;
                } else {
                    i++;
                    continue;
                }
                out.append(PyStr.of(v.substring(start, keepends ? i + eol : i)));
                i += eol;
                start = i;
            }
        }
        if (start < n) {
            out.append(PyStr.of(v.substring(start)));
        }
        return out;
    }

    /** Whether {@code v} holds no line boundary but '\n' (each test a vectorised scan). */
    private static boolean onlyNewlines(String v) {
        return v.indexOf('\r') < 0 && v.indexOf(0x0b) < 0 && v.indexOf(0x0c) < 0 && v.indexOf(0x1c) < 0
                && v.indexOf(0x1d) < 0 && v.indexOf(0x1e) < 0 && v.indexOf(0x85) < 0 && v.indexOf(0x2028) < 0
                && v.indexOf(0x2029) < 0;
    }

    /**
     * {@code sep.join(iterable)} as CPython's PyUnicode_Join: an exact list or tuple is read in
     * place, anything else is first made a sequence (a generator runs to its end before a wrong
     * item is reported), a single exact str is returned itself, and the result is built at its
     * exact size in one copy ({@code String.join} sums the lengths first), where appending to a
     * StringBuilder copied each time it grew and once more at the end ("\n".join of wordfreq's
     * 3.8 MB text copied ~11 MB more).
     */
    static PyObject join(PyStr sep, PyObject iterable) {
        PyObject[] items;
        int n;
        if (iterable.getClass() == PyList.class) {
            PyList l = (PyList) iterable;
            items = l.itemsUnsafe();
            n = l.size();
        } else if (iterable.getClass() == PyTuple.class) {
            items = ((PyTuple) iterable).itemsUnsafe();
            n = items.length;
        } else {
            items = Iteration.toArray(iterable, "can only join an iterable");
            n = items.length;
        }
        if (n == 0) {
            return PyStr.EMPTY;
        }
        if (n == 1 && items[0].getClass() == PyStr.class) {
            return items[0];
        }
        // no Python code runs from here on, so a list's items cannot change under the loop
        String s = sep.value();
        String[] parts = new String[n];
        long total = (long) s.length() * (n - 1);
        for (int k = 0; k < n; k++) {
            if (!(items[k] instanceof PyStr p)) {
                throw Errors.typeError("sequence item %d: expected str instance, %s found", k,
                        items[k].type().tpName());
            }
            parts[k] = p.value();
            total += parts[k].length();
        }
        org.hotpy.core.ops.Limits.checkSize(total);
        return PyStr.of(String.join(s, parts));
    }

    private static PyObject replace(PyStr s, PyObject oldObj, PyObject newObj, PyObject countObj) {
        String old = StrMethods.converterArg(oldObj, "replace() argument 1 must be str, not %s");
        String neu = StrMethods.converterArg(newObj, "replace() argument 2 must be str, not %s");
        long count = Protocols.asIndexClamped(countObj);
        String v = s.value();
        if (count < 0) {
            count = Long.MAX_VALUE;
        } else if (count == 0) {
            return s.getClass() == PyStr.class ? s : PyStr.of(v); // unchanged, as CPython's
        }
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            long done = 0;
            int i = 0;
            if (done < count) {
                sb.append(neu);
                done++;
            }
            while (i < v.length()) {
                int cp = v.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
                if (done < count && i <= v.length()) {
                    sb.append(neu);
                    done++;
                }
            }
            return PyStr.of(sb.toString());
        }
        if (count == Long.MAX_VALUE && neu.length() <= old.length() && !awkward(old)) {
            // every occurrence, and the result no longer than the string (line.replace(" ", "")):
            // String.replace sizes its result exactly, and returns the string itself when it
            // finds nothing, where the loop below grew a StringBuilder and copied it once more
            String r = v.replace(old, neu);
            return r == v && s.getClass() == PyStr.class ? s : PyStr.of(r);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        int at;
        long done = 0;
        while (done < count && (at = indexOf(v, old, from)) >= 0) {
            sb.append(v, from, at).append(neu);
            from = at + old.length();
            done++;
            org.hotpy.core.ops.Limits.checkSize(sb.length());
        }
        if (done == 0) {
            return s.getClass() == PyStr.class ? s : PyStr.of(v);
        }
        sb.append(v, from, v.length());
        return PyStr.of(sb.toString());
    }

    private static PyObject partition(PyStr s, PyObject sepObj, boolean reverse) {
        String sep = StrMethods.arg(sepObj, "must be str, not %s");
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        String v = s.value();
        int at = reverse ? lastIndexOf(v, sep, v.length()) : indexOf(v, sep, 0);
        if (at < 0) {
            return reverse ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, s) : PyTuple.of(s, PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(PyStr.of(v.substring(0, at)), sepObj instanceof PyStr p ? p : PyStr.of(sep),
                PyStr.of(v.substring(at + sep.length())));
    }

    static PyObject strip(PyStr s, PyObject charsObj, boolean left, boolean right) {
        String v = s.value();
        int i = 0;
        int j = v.length();
        if (StrMethods.isNone(charsObj)) {
            while (left && i < j && isSpace(v.charAt(i))) {
                i++;
            }
            while (right && j > i && isSpace(v.charAt(j - 1))) {
                j--;
            }
        } else {
            String chars = StrMethods.arg(charsObj, "strip arg must be None or str");
            while (left && i < j && hasCodePoint(chars, v.codePointAt(i))) {
                i += Character.charCount(v.codePointAt(i));
            }
            while (right && j > i && hasCodePoint(chars, v.codePointBefore(j))) {
                j -= Character.charCount(v.codePointBefore(j));
            }
        }
        if (i == 0 && j == v.length() && s.getClass() == PyStr.class) {
            return s;
        }
        return PyStr.of(v.substring(i, j));
    }

    /**
     * Whether {@code chars} holds code point {@code cp}: a lone surrogate is not found in half of
     * a pair ({@code String.indexOf(int)} would find '\ud83d' in '\U0001F600').
     */
    private static boolean hasCodePoint(String chars, int cp) {
        if (!Character.isSurrogate((char) cp) || cp > Character.MAX_VALUE) {
            return chars.indexOf(cp) >= 0;
        }
        for (int k = chars.indexOf(cp); k >= 0; k = chars.indexOf(cp, k + 1)) {
            // a high surrogate is whole unless a low one follows, a low one unless a high precedes
            boolean whole = Character.isHighSurrogate((char) cp) ? chars.codePointAt(k) == cp
                    : k == 0 || !Character.isHighSurrogate(chars.charAt(k - 1));
            if (whole) {
                return true;
            }
        }
        return false;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M1<PyStr>, JavaMethod.M2<PyStr>, JavaMethod.M3<PyStr> {
        SPLITLINES, JOIN, PARTITION, RPARTITION, STRIP, LSTRIP, RSTRIP, REMOVEPREFIX, REMOVESUFFIX, SPLIT,
        RSPLIT, FIND, RFIND, INDEX, RINDEX, COUNT, STARTSWITH, ENDSWITH, REPLACE;

        @Override
        public PyObject call(PyStr self, PyObject a) {
            return switch (this) {
                case SPLITLINES -> splitLines(self.value(), Protocols.isTrue(a));
                case JOIN -> join(self, a);
                case PARTITION -> partition(self, a, false);
                case RPARTITION -> partition(self, a, true);
                case STRIP -> strip(self, a, true, true);
                case LSTRIP -> strip(self, a, true, false);
                case RSTRIP -> strip(self, a, false, true);
                case REMOVEPREFIX -> {
                    String x = StrMethods.converterArg(a, "removeprefix() argument must be str, not %s");
                    yield startsWith(self.value(), x, 0) && !x.isEmpty() ? PyStr.of(self.value().substring(x.length())) : self;
                }
                case REMOVESUFFIX -> {
                    String x = StrMethods.converterArg(a, "removesuffix() argument must be str, not %s");
                    String v = self.value();
                    yield endsWith(v, x) && !x.isEmpty() ? PyStr.of(v.substring(0, v.length() - x.length())) : self;
                }
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyStr self, PyObject a, PyObject b) {
            return switch (this) {
                case SPLIT -> split(self, a, b, false);
                case RSPLIT -> split(self, a, b, true);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyStr self, PyObject a, PyObject b, PyObject c) {
            return switch (this) {
                case FIND -> PyInt.of(find(self, a, b, c, false, "find"));
                case RFIND -> PyInt.of(find(self, a, b, c, true, "rfind"));
                case INDEX -> PyInt.of(index(self, a, b, c, false));
                case RINDEX -> PyInt.of(index(self, a, b, c, true));
                case COUNT -> count(self, a, b, c);
                case STARTSWITH -> affix(self, a, b, c, true);
                case ENDSWITH -> affix(self, a, b, c, false);
                case REPLACE -> replace(self, a, b, c);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
