package org.hotpy.core.types.text;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyInt;

/**
 * {@code str.format}, {@code str.format_map} and {@code str.__format__}: the replacement-field
 * syntax {@code {field!conv:spec}} with CPython's error messages.
 */
public final class StrFormat {
    private StrFormat() {}

    static void define(TypeDef t) {
        t.methodN("format", "*args, **kwargs", Fn.FORMAT);
        t.method1("format_map", "mapping, /", Fn.FORMAT_MAP);
    }

    /** {@code str.__format__(spec)}: alignment, fill, width and precision for strings. */
    static PyObject formatStr(PyStr s, PyObject specObj) {
        String spec = Protocols.strArg(specObj, "format_spec", "__format__");
        if (spec.isEmpty()) {
            return s.getClass() == PyStr.class ? s : PyStr.of(s.value());
        }
        return PyStr.of(StringFormatter.format(s.value(), FormatSpec.forStr(spec, s.type().tpName())));
    }

    /** Expands one format string against positional and keyword arguments. */
    private static final class Renderer {
        private final String fmt;
        private final PyTuple args;
        private final PyObject kwargs;
        private int autoIndex;
        private boolean manual;
        private boolean auto;

        Renderer(String fmt, PyTuple args, PyObject kwargs) {
            this.fmt = fmt;
            this.args = args;
            this.kwargs = kwargs;
        }

        String render() {
            return render(fmt, 2);
        }

        private String render(String f, int depth) {
            if (depth < 0) {
                throw Errors.valueError("Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder();
            int i = 0;
            int n = f.length();
            while (i < n) {
                char c = f.charAt(i);
                if (c == '{') {
                    if (i + 1 < n && f.charAt(i + 1) == '{') {
                        out.append('{');
                        i += 2;
                        continue;
                    }
                    if (i + 1 >= n) {
                        throw Errors.valueError("Single '{' encountered in format string");
                    }
                    int end = matchingBrace(f, i);
                    out.append(field(f.substring(i + 1, end), depth));
                    i = end + 1;
                } else if (c == '}') {
                    if (i + 1 < n && f.charAt(i + 1) == '}') {
                        out.append('}');
                        i += 2;
                        continue;
                    }
                    throw Errors.valueError("Single '}' encountered in format string");
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private static int matchingBrace(String f, int open) {
            int level = 0;
            for (int j = open; j < f.length(); j++) {
                char c = f.charAt(j);
                if (c == '[') {
                    // brackets in the field name may hold braces; skip to the closing bracket
                    int close = f.indexOf(']', j);
                    if (close > 0 && level == 1 && f.lastIndexOf(':', close) < open) {
                        j = close;
                        continue;
                    }
                }
                if (c == '{') {
                    level++;
                } else if (c == '}') {
                    level--;
                    if (level == 0) {
                        return j;
                    }
                }
            }
            if (level > 1 || f.indexOf('}', open) < 0) {
                throw Errors.valueError(f.indexOf('}', open) < 0 && level == 1
                        ? "expected '}' before end of string" : "unmatched '{' in format spec");
            }
            throw Errors.valueError("expected '}' before end of string");
        }

        private String field(String body, int depth) {
            int nameEnd = 0;
            int bracket = 0;
            while (nameEnd < body.length()) {
                char c = body.charAt(nameEnd);
                if (c == '[') {
                    bracket++;
                } else if (c == ']') {
                    bracket--;
                } else if (bracket == 0 && (c == '!' || c == ':')) {
                    break;
                }
                nameEnd++;
            }
            String name = body.substring(0, nameEnd);
            char conversion = 0;
            String spec = "";
            int k = nameEnd;
            if (k < body.length() && body.charAt(k) == '!') {
                if (k + 1 >= body.length()) {
                    throw Errors.valueError("end of string while looking for conversion specifier");
                }
                conversion = body.charAt(k + 1);
                k += 2;
                if (k < body.length() && body.charAt(k) != ':') {
                    throw Errors.valueError("expected ':' after conversion specifier");
                }
            }
            if (k < body.length() && body.charAt(k) == ':') {
                spec = render(body.substring(k + 1), depth - 1);
            }
            PyObject value = lookup(name);
            switch (conversion) {
                case 0: break;
                case 'r': value = Protocols.repr(value); break;
                case 's': value = Protocols.str(value); break;
                case 'a': value = PyStr.of(StrRepr.escapeNonAscii(Protocols.repr(value).value())); break;
                default:
                    throw Errors.valueError("Unknown conversion specifier %s", String.valueOf(conversion));
            }
            return Protocols.format(value, spec).value();
        }

        private PyObject lookup(String name) {
            int i = 0;
            while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
                i++;
            }
            String first = name.substring(0, i);
            PyObject obj;
            if (first.isEmpty()) {
                if (manual) {
                    throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
                }
                auto = true;
                obj = positional(autoIndex++);
            } else if (first.chars().allMatch(Character::isDigit)) {
                if (auto) {
                    throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
                }
                manual = true;
                obj = positional(Integer.parseInt(first));
            } else {
                if (kwargs == null) {
                    throw Errors.keyError(PyStr.of(first));
                }
                obj = Protocols.getItem(kwargs, PyStr.of(first));
            }
            while (i < name.length()) {
                char c = name.charAt(i);
                if (c == '.') {
                    int j = i + 1;
                    while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                        j++;
                    }
                    String attr = name.substring(i + 1, j);
                    if (attr.isEmpty()) {
                        throw Errors.valueError("Empty attribute in format string");
                    }
                    obj = Attr.get(obj, attr);
                    i = j;
                } else if (c == '[') {
                    int j = name.indexOf(']', i);
                    if (j < 0) {
                        throw Errors.valueError("Missing ']' in format string");
                    }
                    String key = name.substring(i + 1, j);
                    if (key.isEmpty()) {
                        throw Errors.valueError("Empty attribute in format string");
                    }
                    PyObject k = key.chars().allMatch(Character::isDigit) ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                    obj = Protocols.getItem(obj, k);
                    i = j + 1;
                } else {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return obj;
        }

        private PyObject positional(int index) {
            if (index >= args.size()) {
                throw Errors.indexError("Replacement index %d out of range for positional args tuple", index);
            }
            return args.get(index);
        }
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M1<PyStr>, JavaMethod.MN<PyObject> {
        FORMAT_MAP, FORMAT;

        @Override
        public PyObject call(PyStr self, PyObject a) {
            return switch (this) {
                case FORMAT_MAP -> PyStr.of(new Renderer(self.value(), PyTuple.EMPTY, a).render());
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case FORMAT -> PyStr.of(new Renderer(((PyStr) self).value(), (PyTuple) args[0], (PyDict) args[1]).render());
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }
    }
}
