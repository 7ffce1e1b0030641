package org.hotpy.core.model;

import org.hotpy.core.errors.Errors;

/**
 * The TypeErrors of a builtin called with arguments its {@link ArgSpec} does not accept, worded
 * as CPython words them. CPython has several argument parsers, and which one a builtin uses
 * decides the wording; the spec's {@link ArgSpec.Style} and shape say which:
 * <ul>
 * <li>a slot wrapper ({@code list.__len__}): {@code expected 0 arguments, got 1};
 * <li>{@code PyArg_ParseTuple} ({@code str.startswith}): {@code startswith() takes at least 1
 *     argument (0 given)};
 * <li>{@code _PyArg_UnpackStack} ({@code sorted}): {@code sorted expected 1 argument, got 0};
 * <li>Argument Clinic with keyword parameters ({@code str.split}, {@code _PyArg_UnpackKeywords}):
 *     {@code split() takes at most 2 arguments (3 given)};
 * <li>positional-only parameters (METH_NOARGS, METH_O, {@code _PyArg_CheckPositional}):
 *     {@code list.append() takes exactly one argument (0 given)},
 *     {@code get expected at least 1 argument, got 0}.
 * </ul>
 * Only the raising paths come here: the names are computed then, never on a successful call.
 */
final class ArgErrors {
    private ArgErrors() {}

    /** A keyword passed to a builtin without keyword parameters; CPython rejects it first. */
    static RuntimeException noKeywords(ArgSpec spec, FunctionStr who) {
        switch (spec.style()) {
            case SLOT_WRAPPER:
            case SLOT_WRAPPER_UNPACK:
                return Errors.typeError("wrapper %s() takes no keyword arguments", bare(who));
            case CONSTRUCTOR: return Errors.typeError("%s() takes no keyword arguments", owner(who));
            default: return Errors.typeError("%s() takes no keyword arguments", who.qualifiedName());
        }
    }

    /** More positional arguments (or, with keywords, arguments) than the builtin takes. */
    static RuntimeException tooMany(ArgSpec spec, FunctionStr who, int npos, int nkw) {
        switch (spec.style()) {
            case SLOT_WRAPPER: return wrapperCount(spec, npos);
            case SLOT_WRAPPER_UNPACK: return unpackTuple("", spec.required(), spec.maxPositional(), npos);
            case UNPACK_STACK: return unpackTuple(bare(who), spec.required(), spec.maxPositional(), npos);
            case PARSE_TUPLE: return parseTupleCount(spec, who, npos);
            default: break;
        }
        // __new__'s errors leave out its class argument and name the type: "int() takes at most 2 arguments"
        int skip = skipped(spec, who);
        String name = spec.style() == ArgSpec.Style.CONSTRUCTOR ? owner(who) : bare(who);
        npos -= skip;
        int max = spec.maxPositional() - skip;
        if (spec.acceptsKeywords()) {
            int maxArgs = spec.keywordCapable() - skip;
            if (npos + nkw > maxArgs) {
                // bpo-31229: "keyword" when only keywords were passed
                return Errors.typeError("%s() takes at most %d %sargument%s (%d given)", name, maxArgs,
                        npos == 0 ? "keyword " : "", plural(maxArgs), npos + nkw);
            }
            if (max == 0) {
                return Errors.typeError("%s() takes no positional arguments", name);
            }
            return Errors.typeError("%s() takes %s %d positional argument%s (%d given)", name,
                    minPositionalOnly(spec) - skip < max ? "at most" : "exactly", max, plural(max), npos);
        }
        return checkPositional(spec, who, npos);
    }

    /** Parameter {@code i}, which has no default, was not passed. */
    static RuntimeException missing(ArgSpec spec, FunctionStr who, int i, int npos) {
        switch (spec.style()) {
            case SLOT_WRAPPER: return wrapperCount(spec, npos);
            case SLOT_WRAPPER_UNPACK: return unpackTuple("", spec.required(), spec.maxPositional(), npos);
            case UNPACK_STACK: return unpackTuple(bare(who), spec.required(), spec.maxPositional(), npos);
            case PARSE_TUPLE: return parseTupleCount(spec, who, npos);
            default: break;
        }
        int skip = skipped(spec, who);
        if (!spec.acceptsKeywords()) {
            return checkPositional(spec, who, npos - skip);
        }
        String name = spec.style() == ArgSpec.Style.CONSTRUCTOR ? owner(who) : bare(who);
        int minPosOnly = minPositionalOnly(spec) - skip;
        if (i - skip < minPosOnly) {
            return Errors.typeError("%s() takes %s %d positional argument%s (%d given)", name,
                    minPosOnly < spec.maxPositional() - skip ? "at least" : "exactly", minPosOnly,
                    plural(minPosOnly), npos - skip);
        }
        return Errors.typeError("%s() missing required argument '%s' (pos %d)", name, spec.name(i), i + 1 - skip);
    }

    /** A keyword that names no parameter (or a positional-only one) of a builtin with keywords. */
    static RuntimeException invalidKeyword(ArgSpec spec, FunctionStr who, String kw) {
        return Errors.typeError("'%s' is an invalid keyword argument for %s()", kw, clinicName(spec, who));
    }

    static RuntimeException givenTwice(ArgSpec spec, FunctionStr who, String kw, int position) {
        return Errors.typeError("argument for %s() given by name ('%s') and position (%d)", clinicName(spec, who), kw,
                position - skipped(spec, who));
    }

    /** METH_NOARGS, METH_O, else {@code _PyArg_CheckPositional} with the bare name. */
    private static RuntimeException checkPositional(ArgSpec spec, FunctionStr who, int given) {
        if (spec.style() == ArgSpec.Style.CONSTRUCTOR) {
            int skip = skipped(spec, who);
            return unpackTuple(owner(who), spec.required() - skip,
                    spec.hasVarargs() ? Integer.MAX_VALUE : spec.maxPositional() - skip, given);
        }
        int min = spec.required();
        int max = spec.maxPositional();
        if (!spec.hasVarargs()) {
            if (max == 0) {
                return Errors.typeError("%s() takes no arguments (%d given)", who.qualifiedName(), given);
            }
            if (max == 1 && min == 1) {
                return Errors.typeError("%s() takes exactly one argument (%d given)", who.qualifiedName(), given);
            }
        }
        return unpackTuple(bare(who), min, spec.hasVarargs() ? Integer.MAX_VALUE : max, given);
    }

    /**
     * A slot wrapper checks its count with {@code check_num_args} (no name) when it takes at most
     * one argument, else with {@code PyArg_UnpackTuple(args, "", ...)}: a name that is empty.
     */
    private static RuntimeException wrapperCount(ArgSpec spec, int given) {
        int min = spec.required();
        int max = spec.maxPositional();
        if (min == max && max <= 1) {
            return Errors.typeError("expected %d argument%s, got %d", max, plural(max), given);
        }
        return unpackTuple("", min, max, given);
    }

    private static RuntimeException unpackTuple(String name, int min, int max, int given) {
        if (given < min) {
            return Errors.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ",
                    min, plural(min), given);
        }
        return Errors.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ",
                max, plural(max), given);
    }

    private static RuntimeException parseTupleCount(ArgSpec spec, FunctionStr who, int given) {
        int min = spec.required();
        int max = spec.maxPositional();
        int bound = given < min ? min : max;
        return Errors.typeError("%s() takes %s %d argument%s (%d given)", bare(who),
                min == max ? "exactly" : given < min ? "at least" : "at most", bound, plural(bound), given);
    }

    /** The class argument of {@code __new__}, which the errors do not count. */
    private static int skipped(ArgSpec spec, FunctionStr who) {
        return spec.style() == ArgSpec.Style.CONSTRUCTOR && who.qualifiedName().endsWith(".__new__") ? 1 : 0;
    }

    /** The type of a constructor: {@code int} for {@code int.__new__}. */
    private static String owner(FunctionStr who) {
        String q = who.qualifiedName();
        int dot = q.lastIndexOf('.');
        return dot < 0 ? q : q.substring(0, dot);
    }

    private static String clinicName(ArgSpec spec, FunctionStr who) {
        return spec.style() == ArgSpec.Style.CONSTRUCTOR ? owner(who) : bare(who);
    }

    /** Clinic's {@code minposonly}: the required parameters that must be given by position. */
    private static int minPositionalOnly(ArgSpec spec) {
        return Math.min(spec.positionalOnly(), spec.required());
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /**
     * The function's own name: CPython names the type (or module) only in the errors of METH_NOARGS,
     * METH_O and keyword-less calls; its argument parsers give the bare name.
     */
    private static String bare(FunctionStr who) {
        String q = who.qualifiedName();
        return q.substring(q.lastIndexOf('.') + 1);
    }
}
