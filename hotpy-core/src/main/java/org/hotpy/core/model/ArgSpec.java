package org.hotpy.core.model;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/**
 * The parameters of a builtin written in Java, parsed once from a text signature in Python
 * syntax, e.g. {@code "sub, start=?, end=?, /"} or {@code "*args, key=None, reverse=False"}.
 *
 * <p>A default of {@code ?} means "optional, no default": the Java code receives {@code null}
 * when the argument is missing (for builtins that distinguish "not given" from None, such as
 * {@code dict.pop}). Other defaults are Python literals: None, True, False, ints, floats and
 * quoted strings.
 *
 * <p>{@link #bind} turns a vectorcall argument list into one array with a slot per parameter;
 * a {@code *args} parameter receives a tuple and a {@code **kwargs} parameter a dict.
 *
 * <p>A builtin without keyword parameters rejects any keyword before it counts its arguments,
 * as CPython's METH_NOARGS, METH_O and METH_FASTCALL calls do; the wording of the errors
 * follows the {@link Style} (see {@link ArgErrors}).
 */
public final class ArgSpec {
    public static final ArgSpec NONE = parse("");

    /** Which of CPython's argument parsers the builtin's errors are worded after. */
    public enum Style {
        /** Argument Clinic, METH_NOARGS and METH_O: the usual case, told apart by the parameters. */
        CLINIC,
        /** A slot wrapper such as {@code list.__len__}: {@code expected 0 arguments, got 1}. */
        SLOT_WRAPPER,
        /** A sequence's repeat wrapper ({@code list.__mul__}), which unpacks with no name: {@code " expected 1 argument, got 0"}. */
        SLOT_WRAPPER_UNPACK,
        /**
         * {@code __new__} (after its class argument) and {@code __init__}: named by their type and
         * never METH_NOARGS or METH_O ({@code bool expected at most 1 argument, got 2}).
         */
        CONSTRUCTOR,
        /** {@code PyArg_ParseTuple}, as {@code str.find}: {@code find() takes at least 1 argument (0 given)}. */
        PARSE_TUPLE,
        /** {@code _PyArg_UnpackStack} with the bare name, as {@code sorted}: {@code sorted expected 1 argument, got 0}. */
        UNPACK_STACK
    }

    private final String[] names;
    private final PyObject[] defaults; // null = required, MISSING marker = "?" (binds to null)
    private final int positional;      // parameters that may be given by position
    private final int positionalOnly;
    private final int varargsIndex;    // -1 when absent
    private final int varkwIndex;      // -1 when absent
    private final int required;        // leading positional parameters without default
    private final boolean defaultsFill; // every positional parameter after those has a default
    /**
     * The most arguments a purely positional call may pass without keyword processing: the
     * positional parameters when there are no others (no *args, **kwargs, keyword-only), else -1.
     * One field for {@link #simplePositional}, which every builtin method call asks.
     */
    private final int simpleMax;
    private final String text;
    private final Style style;
    /** Whether some keyword can be accepted: a parameter that is not positional-only, or **kwargs. */
    private final boolean acceptsKeywords;

    private static final PyObject MISSING = PyType.NotFound.INSTANCE;

    private ArgSpec(String text, String[] names, PyObject[] defaults, int positional,
                    int positionalOnly, int varargsIndex, int varkwIndex, Style style) {
        this.text = text;
        this.style = style;
        this.names = names;
        this.defaults = defaults;
        this.positional = positional;
        this.positionalOnly = positionalOnly;
        this.varargsIndex = varargsIndex;
        this.varkwIndex = varkwIndex;
        int r = 0;
        while (r < positional && defaults[r] == null) {
            r++;
        }
        this.required = r;
        boolean filled = true;
        for (int i = r; i < positional; i++) {
            filled &= defaults[i] != null;
        }
        this.defaultsFill = filled;
        this.simpleMax = varargsIndex < 0 && varkwIndex < 0 && positional == names.length ? positional : -1;
        this.acceptsKeywords = varkwIndex >= 0 || keywordCapable() > positionalOnlyCount();
    }

    /** The same parameters with errors worded after another of CPython's parsers. */
    public ArgSpec withStyle(Style s) {
        return s == style ? this : new ArgSpec(text, names, defaults, positional, positionalOnly,
                varargsIndex, varkwIndex, s);
    }

    /** Parses a text signature; a malformed one is a bug in the runtime, reported at definition. */
    public static ArgSpec parse(String text) {
        List<String> names = new ArrayList<>();
        List<PyObject> defaults = new ArrayList<>();
        int positional = -1;
        int positionalOnly = 0;
        int varargs = -1;
        int varkw = -1;
        for (String raw : splitParams(text)) {
            String p = raw.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals("/")) {
                positionalOnly = names.size();
            } else if (p.equals("*")) {
                positional = names.size();
            } else if (p.startsWith("**")) {
                varkw = names.size();
                names.add(p.substring(2));
                defaults.add(MISSING);
            } else if (p.startsWith("*")) {
                positional = names.size();
                varargs = names.size();
                names.add(p.substring(1));
                defaults.add(MISSING);
            } else {
                int eq = p.indexOf('=');
                if (eq < 0) {
                    names.add(p);
                    defaults.add(null);
                } else {
                    names.add(p.substring(0, eq).strip());
                    defaults.add(literal(p.substring(eq + 1).strip(), text));
                }
            }
        }
        if (positional < 0) {
            positional = names.size() - (varkw >= 0 ? 1 : 0);
        }
        return new ArgSpec(text, names.toArray(new String[0]), defaults.toArray(new PyObject[0]),
                positional, positionalOnly, varargs, varkw, Style.CLINIC);
    }

    private static List<String> splitParams(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                cur.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                cur.append(c);
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static PyObject literal(String s, String sig) {
        switch (s) {
            case "?": return MISSING;
            case "None": return PyNone.NONE;
            case "True": return PyBool.TRUE;
            case "False": return PyBool.FALSE;
            case "()": return org.hotpy.core.types.collection.PyTuple.EMPTY;
            default: break;
        }
        if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"')) {
            return PyStr.of(unescape(s.substring(1, s.length() - 1)));
        }
        try {
            return PyInt.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            try {
                return new PyFloat(Double.parseDouble(s));
            } catch (NumberFormatException e2) {
                throw new IllegalArgumentException("bad default '" + s + "' in signature: " + sig);
            }
        }
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Number of slots in a bound argument array. */
    public int size() {
        return names.length;
    }

    public int required() {
        return required;
    }

    /** Parameters that may be given by position (excluding {@code *args}). */
    public int maxPositional() {
        return varargsIndex >= 0 ? varargsIndex : positional;
    }

    public boolean hasVarargs() {
        return varargsIndex >= 0;
    }

    public boolean hasVarkw() {
        return varkwIndex >= 0;
    }

    public String text() {
        return text;
    }

    public Style style() {
        return style;
    }

    /**
     * {@code __text_signature__} as CPython's builtins have it, which comes from their docstrings:
     * {@code first} ({@code $module}, {@code $self}, {@code $type}, or empty for a type's
     * constructor) as a positional-only parameter before these, as in {@code ($module, obj, /)}
     * and {@code ($self, /, sep=None, maxsplit=-1)}. Null where the docstring has no signature: a
     * default without a Python value ({@code iter(object, sentinel=?)}), arguments the function
     * parses itself ({@code *args, **kwargs}: {@code min}, {@code max}), or a
     * {@code PyArg_ParseTuple} method ({@code str.find}), whose docstring CPython writes by hand.
     */
    public String textSignature(String first) {
        if (text.contains("?") || names.length == 2 && varargsIndex == 0 && varkwIndex == 1
                || style == Style.PARSE_TUPLE) {
            return null;
        }
        if (first.isEmpty()) {
            return "(" + text + ")";
        }
        if (text.contains("/")) {
            return "(" + first + ", " + text + ")";
        }
        return "(" + first + ", /" + (text.isEmpty() ? "" : ", " + text) + ")";
    }

    /** Whether a call may pass any keyword (else CPython says "takes no keyword arguments"). */
    public boolean acceptsKeywords() {
        return acceptsKeywords;
    }

    /** Parameters other than {@code *args} and {@code **kwargs}: clinic's {@code maxargs}. */
    int keywordCapable() {
        return names.length - (varargsIndex >= 0 ? 1 : 0) - (varkwIndex >= 0 ? 1 : 0);
    }

    /** Leading parameters that cannot be passed by keyword ({@code *args} among them if before {@code /}). */
    private int positionalOnlyCount() {
        return varargsIndex >= 0 && varargsIndex < positionalOnly ? positionalOnly - 1 : positionalOnly;
    }

    int positionalOnly() {
        return positionalOnly;
    }

    String name(int i) {
        return names[i];
    }

    /** Whether a purely positional call with {@code n} arguments needs no keyword processing. */
    public boolean simplePositional(int n) {
        return n <= simpleMax && n >= required;
    }

    /**
     * Whether a purely positional call with {@code n} arguments binds to those arguments followed
     * by the defaults of the other parameters (what {@link #bind} would give, without its array).
     */
    public boolean positionalThenDefaults(int n) {
        return simplePositional(n) && defaultsFill;
    }

    /** Argument {@code i} of a call for which {@link #positionalThenDefaults} holds. */
    public PyObject argOrDefault(PyObject[] args, int i) {
        return i < args.length ? args[i] : defaultFor(i);
    }

    /** The default for parameter {@code i} when it is not passed: its value, or null for "?". */
    public PyObject defaultFor(int i) {
        PyObject d = defaults[i];
        return d == MISSING ? null : d;
    }

    /**
     * Binds a vectorcall argument list ({@code args} = positional then keyword values,
     * {@code kwnames} = keyword names or null) to one slot per parameter; {@code who} names the
     * callee in the errors.
     */
    public PyObject[] bind(FunctionStr who, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (nkw > 0 && !acceptsKeywords) {
            throw ArgErrors.noKeywords(this, who);
        }
        PyObject[] out = new PyObject[names.length];
        int maxPos = maxPositional();
        if (varargsIndex < 0 && (npos > maxPos || varkwIndex < 0 && npos + nkw > names.length)) {
            throw ArgErrors.tooMany(this, who, npos, nkw);
        }
        int direct = Math.min(npos, maxPos);
        System.arraycopy(args, 0, out, 0, direct);
        if (varargsIndex >= 0) {
            PyObject[] extra = new PyObject[Math.max(0, npos - maxPos)];
            System.arraycopy(args, direct, extra, 0, extra.length);
            out[varargsIndex] = PyTuple.of(extra);
        }
        PyDict kwdict = varkwIndex >= 0 ? new PyDict() : null;
        RuntimeException keywordError = null; // raised after a missing argument, as clinic checks
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int idx = indexOf(kw);
            if (idx < 0 || idx == varargsIndex || idx == varkwIndex || idx < positionalOnly) {
                if (kwdict != null) {
                    kwdict.put(PyStr.of(kw), args[npos + k]);
                } else if (keywordError == null) {
                    keywordError = ArgErrors.invalidKeyword(this, who, kw);
                }
            } else if (out[idx] != null) {
                if (keywordError == null) {
                    keywordError = ArgErrors.givenTwice(this, who, kw, idx + 1);
                }
            } else {
                out[idx] = args[npos + k];
            }
        }
        if (kwdict != null) {
            out[varkwIndex] = kwdict;
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null && i != varargsIndex && i != varkwIndex) {
                PyObject d = defaults[i];
                if (d == null) {
                    throw ArgErrors.missing(this, who, i, npos);
                }
                out[i] = d == MISSING ? null : d;
            }
        }
        if (keywordError != null) {
            throw keywordError;
        }
        return out;
    }

    private int indexOf(String kw) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }
}
