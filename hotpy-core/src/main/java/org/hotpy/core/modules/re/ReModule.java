package org.hotpy.core.modules.re;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.regex.Regex;
import org.hotpy.core.regex.RegexFlags;
import org.hotpy.core.regex.RegexPattern;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyByteArray;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/**
 * The {@code _re} module: compiling with CPython's cache rules (the last 512 patterns, keyed by
 * type, pattern and flags), the module-level functions of {@code re}, {@code escape}, and the
 * pattern of {@code re.Scanner}. {@code re.py} adds the {@code RegexFlag} enum.
 */
public final class ReModule {
    private ReModule() {}

    private static final int MAX_CACHE = 512;

    private record Key(boolean bytes, String value, int flags) {}

    private static void def(PyModule m, String name, String sig, PyBuiltinFunction.Body body) {
        m.put(name, PyBuiltinFunction.of(name, sig, body).inModule(m));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_re");
        Map<Key, PyPattern> cache = new LinkedHashMap<>();
        m.put("Pattern", PyPattern.TYPE);
        m.put("Match", PyMatch.TYPE);
        m.put("error", Values.ERROR);
        m.put("MAXCACHE", PyInt.of(MAX_CACHE));
        def(m, "compile", "pattern, flags=0", a -> compile(cache, a[0], a[1]));
        def(m, "match", "pattern, string, flags=0", a -> compile(cache, a[0], a[2]).match(a[1], PyInt.ZERO, PyNone.NONE, 0));
        def(m, "fullmatch", "pattern, string, flags=0", a -> compile(cache, a[0], a[2]).match(a[1], PyInt.ZERO, PyNone.NONE, 1));
        def(m, "search", "pattern, string, flags=0", a -> compile(cache, a[0], a[2]).match(a[1], PyInt.ZERO, PyNone.NONE, 2));
        def(m, "findall", "pattern, string, flags=0", a -> compile(cache, a[0], a[2]).findall(a[1], PyInt.ZERO, PyNone.NONE));
        def(m, "finditer", "pattern, string, flags=0", a -> {
            PyPattern p = compile(cache, a[0], a[2]);
            return new PyPattern.MatchIterator(p, a[1], p.scanner(a[1], PyInt.ZERO, PyNone.NONE));
        });
        def(m, "split", "pattern, string, maxsplit=0, flags=0", a -> compile(cache, a[0], a[3]).split(a[1], a[2]));
        def(m, "sub", "pattern, repl, string, count=0, flags=0", a -> compile(cache, a[0], a[4]).subn(a[1], a[2], a[3]).get(0));
        def(m, "subn", "pattern, repl, string, count=0, flags=0", a -> compile(cache, a[0], a[4]).subn(a[1], a[2], a[3]));
        def(m, "purge", "", a -> {
            cache.clear();
            return PyNone.NONE;
        });
        def(m, "escape", "pattern", a -> escape(a[0]));
        def(m, "_lexicon", "phrases, flags", a -> lexicon(a[0], flags(a[1])));
        return m;
    }

    private static int flags(PyObject f) {
        return (int) Protocols.asIndexLong(f, "Python int too large to convert to C int");
    }

    /** CPython's {@code re._compile}. */
    static PyPattern compile(Map<Key, PyPattern> cache, PyObject pattern, PyObject flagsArg) {
        int flags = flags(flagsArg);
        if (pattern instanceof PyPattern p) {
            if (flags != 0) {
                throw Errors.valueError("cannot process flags argument with a compiled pattern");
            }
            return p;
        }
        Key key;
        if (pattern instanceof PyStr s) {
            key = new Key(false, s.value(), flags);
        } else if (pattern instanceof PyBytes b) {
            key = new Key(true, new String(b.data(), StandardCharsets.ISO_8859_1), flags);
        } else {
            throw Errors.typeError("first argument must be string or compiled pattern");
        }
        PyPattern cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if ((flags & RegexFlags.TEMPLATE) != 0) {
            warnTemplate();
        }
        if ((flags & RegexFlags.DEBUG) != 0) {
            throw Errors.notSupported("re.DEBUG (the compiled pattern dump)");
        }
        RegexPattern compiled;
        try {
            compiled = key.bytes() ? Regex.compile(((PyBytes) pattern).data(), flags) : Regex.compile(key.value(), flags);
        } catch (RuntimeException e) {
            throw Values.translate(e);
        }
        Values.warn(compiled.warnings(), 1);
        PyPattern p = new PyPattern(compiled, pattern);
        if (cache.size() >= MAX_CACHE) {
            cache.remove(cache.keySet().iterator().next());
        }
        cache.put(key, p);
        return p;
    }

    private static void warnTemplate() {
        Values.warn(List.of(new org.hotpy.core.regex.RegexWarning("DeprecationWarning",
                "The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag without an obvious "
                        + "purpose. Don't use it.")), 1);
    }

    private static PyObject escape(PyObject p) {
        if (p instanceof PyStr s) {
            return PyStr.of(Regex.escape(s.value()));
        }
        if (p instanceof PyBytes || p instanceof PyByteArray) {
            return new PyBytes(Regex.escape(PyBytes.bytesLike(p, "escape")));
        }
        throw Errors.typeError("decoding to str: need a bytes-like object, %s found", p.type().tpName());
    }

    /** The pattern of {@code re.Scanner(lexicon)}: one group per phrase, as CPython builds it. */
    private static PyObject lexicon(PyObject phrases, int flags) {
        List<Object> list = new ArrayList<>();
        for (PyObject p : Iteration.toArray(phrases)) {
            if (p instanceof PyStr s) {
                list.add(s.value());
            } else if (p instanceof PyBytes b) {
                list.add(b.data());
            } else {
                throw Errors.typeError("first argument must be string or compiled pattern");
            }
        }
        try {
            return new PyPattern(Regex.compileLexicon(list, flags), PyNone.NONE);
        } catch (RuntimeException e) {
            throw Values.translate(e);
        }
    }
}
