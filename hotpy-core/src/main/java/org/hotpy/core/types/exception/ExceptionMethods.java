package org.hotpy.core.types.exception;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;

/** The methods of BaseException and of the builtin exceptions that behave differently from it. */
public final class ExceptionMethods {
    private ExceptionMethods() {}

    private static final PyObject NONE = PyNone.NONE;

    static void defineBaseException(TypeDef t) {
        t.newMethod("*args, **kwargs", Fn.NEW);
        t.methodN("__init__", "*args, **kwargs", Fn.INIT);
        t.method0("__str__", Fn.STR);
        t.method0("__repr__", Fn.REPR);
        t.getset("args", Fn.ARGS, Fn.ARGS);
        t.getset("__traceback__", Fn.TRACEBACK, Fn.TRACEBACK);
        t.getset("__cause__", Fn.CAUSE, Fn.CAUSE);
        t.getset("__context__", Fn.CONTEXT, Fn.CONTEXT);
        t.getset("__suppress_context__", Fn.SUPPRESS_CONTEXT, Fn.SUPPRESS_CONTEXT);
        t.getset("__dict__", Fn.DICT, Fn.DICT);
        t.method1("with_traceback", "tb, /", Fn.WITH_TRACEBACK);
        t.method1("add_note", "note, /", Fn.ADD_NOTE);
        t.method0("__reduce__", Fn.REDUCE);
        t.method1("__setstate__", "state, /", Fn.SETSTATE);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? NONE : o;
    }

    /** A property over an entry of the exception's dict, None when unset. */
    private static void attrProperty(TypeDef t, String name) {
        t.getset(name, (PyBaseException e) -> orNone(e.attr(name)), (PyBaseException e, PyObject v) -> {
            if (v == null) {
                e.dict().remove(PyStr.of(name));
            } else {
                e.setAttr(name, v);
            }
        });
    }

    static void defineSystemExit(TypeDef t) {
        t.getset("code", Fn.CODE, Fn.CODE);
    }

    static void defineNameCarrying(TypeDef t) {
        t.methodN("__init__", "*args, **kwargs", Fn.NAME_CARRYING_INIT);
        attrProperty(t, "name");
        if (t.type().name().equals("AttributeError")) {
            attrProperty(t, "obj");
        }
    }

    static void defineImportError(TypeDef t) {
        t.methodN("__init__", "*args, name=None, path=None", Fn.IMPORT_ERROR_INIT);
        attrProperty(t, "name");
        attrProperty(t, "path");
        attrProperty(t, "msg");
        t.method0("__str__", Fn.IMPORT_ERROR_STR);
    }

    static void defineKeyError(TypeDef t) {
        t.method0("__str__", Fn.KEY_ERROR_STR);
    }

    static void defineStopIteration(TypeDef t) {
        t.methodN("__init__", "*args", Fn.STOP_ITERATION_INIT);
        t.getset("value", Fn.VALUE, Fn.VALUE);
    }

    private static PyType osSubclass(long errno) {
        return switch ((int) errno) {
            case 2 -> ExceptionTypes.FILE_NOT_FOUND_ERROR;
            case 17 -> ExceptionTypes.FILE_EXISTS_ERROR;
            case 1, 13 -> ExceptionTypes.PERMISSION_ERROR;
            case 21 -> ExceptionTypes.IS_A_DIRECTORY_ERROR;
            case 20 -> ExceptionTypes.NOT_A_DIRECTORY_ERROR;
            case 3 -> ExceptionTypes.PROCESS_LOOKUP_ERROR;
            case 4 -> ExceptionTypes.INTERRUPTED_ERROR;
            case 10 -> ExceptionTypes.CHILD_PROCESS_ERROR;
            case 11 -> ExceptionTypes.BLOCKING_IO_ERROR;
            case 32 -> ExceptionTypes.BROKEN_PIPE_ERROR;
            case 111 -> ExceptionTypes.CONNECTION_REFUSED_ERROR;
            case 104 -> ExceptionTypes.CONNECTION_RESET_ERROR;
            case 103 -> ExceptionTypes.CONNECTION_ABORTED_ERROR;
            case 110 -> ExceptionTypes.TIMEOUT_ERROR;
            default -> null;
        };
    }

    static void defineOSError(TypeDef t) {
        t.newMethod("*args, **kwargs", Fn.OS_ERROR_NEW);
        t.methodN("__init__", "*args, **kwargs", Fn.OS_ERROR_INIT);
        attrProperty(t, "errno");
        attrProperty(t, "strerror");
        attrProperty(t, "filename");
        attrProperty(t, "filename2");
        t.method0("__str__", Fn.OS_ERROR_STR);
    }

    private static void initOSError(PyBaseException e, PyTuple args) {
        if (args.size() >= 2 && args.size() <= 5) {
            e.setAttr("errno", args.get(0));
            e.setAttr("strerror", args.get(1));
            if (args.size() >= 3) {
                e.setAttr("filename", args.get(2));
                e.setArgs(PyTuple.of(args.get(0), args.get(1)));
            }
            if (args.size() >= 5) {
                e.setAttr("filename2", args.get(4));
            }
        }
    }

    static void defineSyntaxError(TypeDef t) {
        t.methodN("__init__", "*args", Fn.SYNTAX_ERROR_INIT);
        for (String n : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line"}) {
            attrProperty(t, n);
        }
        t.method0("__str__", Fn.SYNTAX_ERROR_STR);
    }

    private static String basename(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }

    /** Fills a SyntaxError's attributes from {@code (msg, (filename, lineno, offset, text, ...))}. */
    public static void initSyntaxError(PyBaseException e) {
        PyTuple args = e.args();
        if (args.size() >= 1) {
            e.setAttr("msg", args.get(0));
        }
        if (args.size() == 2 && args.get(1) instanceof PyTuple info) {
            String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
            if (info.size() < 4 || info.size() > 6) {
                throw Errors.indexError("tuple index out of range");
            }
            for (int i = 0; i < info.size(); i++) {
                e.setAttr(names[i], info.get(i));
            }
        }
    }

    static void defineUnicodeDecodeError(TypeDef t) {
        unicodeAttrs(t);
        t.method0("__str__", Fn.UNICODE_DECODE_ERROR_STR);
    }

    static void defineUnicodeEncodeError(TypeDef t) {
        unicodeAttrs(t);
        t.method0("__str__", Fn.UNICODE_ENCODE_ERROR_STR);
    }

    private static void unicodeAttrs(TypeDef t) {
        t.methodN("__init__", "*args", Fn.UNICODE_ERROR_INIT);
        for (String n : new String[] {"encoding", "object", "start", "end", "reason"}) {
            attrProperty(t, n);
        }
    }

    private static PyObject init(PyBaseException e, PyObject[] a) {
        if (((PyDict) a[1]).size() > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", e.type().tpName());
        }
        e.setArgs((PyTuple) a[0]);
        return NONE;
    }

    private static PyObject strMethod(PyBaseException e) {
        PyTuple args = e.args();
        return switch (args.size()) {
            case 0 -> PyStr.EMPTY;
            case 1 -> Protocols.str(args.get(0));
            default -> Protocols.str(args);
        };
    }

    private static PyObject reprMethod(PyBaseException e) {
        PyTuple args = e.args();
        String inner = args.size() == 1 ? Protocols.repr(args.get(0)).value() : Protocols.repr(args).value();
        if (args.size() == 1) {
            return PyStr.of(e.type().name() + "(" + inner + ")");
        }
        return PyStr.of(e.type().name() + inner);
    }

    private static void setArgsValue(PyBaseException e, PyObject v) {
        if (v == null) {
            throw Errors.typeError("args may not be deleted");
        }
        e.setArgs(PyTuple.of(Iteration.toArray(v)));
    }

    private static void setTracebackValue(PyBaseException e, PyObject v) {
        if (v != NONE && !(v instanceof PyTraceback)) {
            throw Errors.typeError("__traceback__ must be a traceback or None");
        }
        e.setTraceback(v);
    }

    private static void setCauseValue(PyBaseException e, PyObject v) {
        if (v == NONE || v == null) {
            e.setCause(null);
        } else if (v instanceof PyBaseException c) {
            e.setCause(c);
        } else {
            throw Errors.typeError("exception cause must be None or derive from BaseException");
        }
    }

    private static void setContextValue(PyBaseException e, PyObject v) {
        if (v == NONE || v == null) {
            e.setContext(null);
        } else if (v instanceof PyBaseException c) {
            e.setContext(c);
        } else {
            throw Errors.typeError("exception context must be None or derive from BaseException");
        }
    }

    private static void setDictValue(PyBaseException e, PyObject v) {
        if (!(v instanceof PyDict d)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v.type().tpName());
        }
        e.setDict(d);
    }

    private static PyObject withTraceback(PyBaseException e, PyObject tb) {
        if (tb != NONE && !(tb instanceof PyTraceback)) {
            throw Errors.typeError("__traceback__ must be a traceback or None");
        }
        e.setTraceback(tb);
        return e;
    }

    private static PyObject addNote(PyBaseException e, PyObject note) {
        if (!(note instanceof PyStr)) {
            throw Errors.typeError("note must be a str, not '%s'", note.type().tpName());
        }
        PyObject notes = e.attr("__notes__");
        if (notes == null) {
            notes = new PyList();
            e.setAttr("__notes__", notes);
        }
        if (!(notes instanceof PyList l)) {
            throw Errors.typeError("Cannot add note: __notes__ is not a list");
        }
        l.append(note);
        return NONE;
    }

    private static PyObject setstate(PyBaseException e, PyObject st) {
        if (st instanceof PyDict d) {
            e.dict().putAll(d);
        }
        return NONE;
    }

    private static PyObject codeMethod(PyBaseException e) {
        PyObject c = e.attr("code");
        if (c != null) {
            return c;
        }
        PyTuple a = e.args();
        return a.size() == 0 ? NONE : a.size() == 1 ? a.get(0) : a;
    }

    private static PyObject initMethod(PyBaseException e, PyObject[] a) {
        e.setArgs((PyTuple) a[0]);
        PyDict kw = (PyDict) a[1];
        for (PyObject[] kv : kw.itemsSnapshot()) {
            String k = Protocols.str(kv[0]).value();
            if (!k.equals("name") && !k.equals("obj")) {
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", e.type().tpName(), k);
            }
            e.setAttr(k, kv[1]);
        }
        return NONE;
    }

    private static PyObject importErrorInit(PyBaseException e, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        e.setArgs(args);
        e.setAttr("name", a[1]);
        e.setAttr("path", a[2]);
        e.setAttr("msg", args.size() == 1 ? args.get(0) : NONE);
        return NONE;
    }

    private static PyObject importErrorStr(PyBaseException e) {
        PyObject msg = e.attr("msg");
        if (msg != null && msg != NONE) {
            return Protocols.str(msg);
        }
        PyTuple args = e.args();
        return args.size() == 0 ? PyStr.EMPTY : args.size() == 1 ? Protocols.str(args.get(0)) : Protocols.str(args);
    }

    private static PyObject keyErrorStr(PyBaseException e) {
        PyTuple args = e.args();
        if (args.size() == 1) {
            return Protocols.repr(args.get(0));
        }
        return args.size() == 0 ? PyStr.EMPTY : Protocols.str(args);
    }

    private static PyObject stopIterationInit(PyBaseException e, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        e.setArgs(args);
        e.setAttr("value", args.size() > 0 ? args.get(0) : NONE);
        return NONE;
    }

    private static PyObject valueMethod(PyBaseException e) {
        PyObject v = e.attr("value");
        if (v != null) {
            return v;
        }
        return e.args().size() > 0 ? e.args().get(0) : NONE;
    }

    private static PyObject osErrorNew(PyType cls, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        PyType actual = cls;
        if (cls == ExceptionTypes.OS_ERROR && args.size() >= 2 && args.get(0) instanceof PyInt errno) {
            PyType sub = osSubclass(errno.value);
            if (sub != null) {
                actual = sub;
            }
        }
        PyBaseException e = new PyBaseException(actual, args);
        initOSError(e, args);
        return e;
    }

    private static PyObject osErrorStr(PyBaseException e) {
        PyObject errno = e.attr("errno");
        PyObject strerror = e.attr("strerror");
        PyObject filename = e.attr("filename");
        PyObject filename2 = e.attr("filename2");
        if (filename != null && filename != NONE) {
            String base = "[Errno " + Protocols.str(orNone(errno)).value() + "] " + Protocols.str(orNone(strerror)).value()
                    + ": " + Protocols.repr(filename).value();
            if (filename2 != null && filename2 != NONE) {
                base += " -> " + Protocols.repr(filename2).value();
            }
            return PyStr.of(base);
        }
        if (errno != null && strerror != null && errno != NONE) {
            return PyStr.of("[Errno " + Protocols.str(errno).value() + "] " + Protocols.str(strerror).value());
        }
        PyTuple args = e.args();
        return args.size() == 0 ? PyStr.EMPTY : args.size() == 1 ? Protocols.str(args.get(0)) : Protocols.str(args);
    }

    private static PyObject syntaxErrorStr(PyBaseException e) {
        PyObject msg = orNone(e.attr("msg"));
        String m = msg == NONE ? (e.args().size() > 0 ? Protocols.str(e.args().get(0)).value() : "None")
                : Protocols.str(msg).value();
        PyObject fn = e.attr("filename");
        PyObject ln = e.attr("lineno");
        boolean haveFile = fn instanceof PyStr;
        boolean haveLine = ln instanceof PyInt;
        if (haveFile && haveLine) {
            return PyStr.of(m + " (" + basename(((PyStr) fn).value()) + ", line " + ((PyInt) ln).value + ")");
        }
        if (haveFile) {
            return PyStr.of(m + " (" + basename(((PyStr) fn).value()) + ")");
        }
        if (haveLine) {
            return PyStr.of(m + " (line " + ((PyInt) ln).value + ")");
        }
        return PyStr.of(m);
    }

    private static PyObject unicodeDecodeErrorStr(PyBaseException e) {
        if (e.args().size() != 5) {
            return Protocols.str(e.args());
        }
        long start = ((PyInt) e.attr("start")).value;
        long end = ((PyInt) e.attr("end")).value;
        String enc = Protocols.str(e.attr("encoding")).value();
        String reason = Protocols.str(e.attr("reason")).value();
        byte[] obj = PyBytes.bytesLike(e.attr("object"), "str");
        if (end == start + 1 && start < obj.length) {
            return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc,
                    obj[(int) start] & 0xff, start, reason));
        }
        return PyStr.of(String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end - 1,
                reason));
    }

    private static PyObject unicodeEncodeErrorStr(PyBaseException e) {
        if (e.args().size() != 5) {
            return Protocols.str(e.args());
        }
        long start = ((PyInt) e.attr("start")).value;
        long end = ((PyInt) e.attr("end")).value;
        String enc = Protocols.str(e.attr("encoding")).value();
        String reason = Protocols.str(e.attr("reason")).value();
        PyStr obj = (PyStr) e.attr("object");
        if (end == start + 1 && start < obj.length()) {
            int cp = obj.codePointAt((int) start);
            String esc = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp)
                    : String.format("\\U%08x", cp);
            return PyStr.of(String.format("'%s' codec can't encode character '%s' in position %d: %s", enc, esc,
                    start, reason));
        }
        return PyStr.of(String.format("'%s' codec can't encode characters in position %d-%d: %s", enc, start,
                end - 1, reason));
    }

    private static PyObject unicodeErrorInit(PyBaseException e, PyObject[] a) {
        PyTuple args = (PyTuple) a[0];
        e.setArgs(args);
        if (args.size() == 5) {
            String[] names = {"encoding", "object", "start", "end", "reason"};
            for (int i = 0; i < 5; i++) {
                e.setAttr(names[i], args.get(i));
            }
        }
        return NONE;
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements
            JavaMethod.M0<PyBaseException>, JavaMethod.M1<PyBaseException>, JavaMethod.MN<PyObject>,
            JavaMethod.Setter<PyBaseException> {
        STR, REPR, ARGS, TRACEBACK, CAUSE, CONTEXT, SUPPRESS_CONTEXT, DICT, REDUCE, CODE, IMPORT_ERROR_STR, KEY_ERROR_STR,
        VALUE, OS_ERROR_STR, SYNTAX_ERROR_STR, UNICODE_DECODE_ERROR_STR, UNICODE_ENCODE_ERROR_STR, WITH_TRACEBACK, ADD_NOTE, SETSTATE, NEW, INIT, NAME_CARRYING_INIT, IMPORT_ERROR_INIT,
        STOP_ITERATION_INIT, OS_ERROR_NEW, OS_ERROR_INIT, SYNTAX_ERROR_INIT, UNICODE_ERROR_INIT;

        @Override
        public PyObject call(PyBaseException self) {
            return switch (this) {
                case STR -> strMethod(self);
                case REPR -> reprMethod(self);
                case ARGS -> self.args();
                case TRACEBACK -> self.traceback();
                case CAUSE -> orNone(self.cause());
                case CONTEXT -> orNone(self.context());
                case SUPPRESS_CONTEXT -> PyBool.of(self.suppressContext());
                case DICT -> self.dict();
                case REDUCE -> self.attr("__notes__") == null && self.dict().size() == 0 ? PyTuple.of(self.type(), self.args()) : PyTuple.of(self.type(), self.args(), self.dict());
                case CODE -> codeMethod(self);
                case IMPORT_ERROR_STR -> importErrorStr(self);
                case KEY_ERROR_STR -> keyErrorStr(self);
                case VALUE -> valueMethod(self);
                case OS_ERROR_STR -> osErrorStr(self);
                case SYNTAX_ERROR_STR -> syntaxErrorStr(self);
                case UNICODE_DECODE_ERROR_STR -> unicodeDecodeErrorStr(self);
                case UNICODE_ENCODE_ERROR_STR -> unicodeEncodeErrorStr(self);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyBaseException self, PyObject a) {
            return switch (this) {
                case WITH_TRACEBACK -> withTraceback(self, a);
                case ADD_NOTE -> addNote(self, a);
                case SETSTATE -> setstate(self, a);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public PyObject call(PyObject self, PyObject[] args) {
            return switch (this) {
                case NEW -> { PyBaseException e = new PyBaseException(((PyType) self), (PyTuple) args[0]); yield e; }
                case INIT -> init(((PyBaseException) self), args);
                case NAME_CARRYING_INIT -> initMethod(((PyBaseException) self), args);
                case IMPORT_ERROR_INIT -> importErrorInit(((PyBaseException) self), args);
                case STOP_ITERATION_INIT -> stopIterationInit(((PyBaseException) self), args);
                case OS_ERROR_NEW -> osErrorNew(((PyType) self), args);
                case OS_ERROR_INIT -> NONE;
                case SYNTAX_ERROR_INIT -> { ((PyBaseException) self).setArgs((PyTuple) args[0]); initSyntaxError(((PyBaseException) self)); yield NONE; }
                case UNICODE_ERROR_INIT -> unicodeErrorInit(((PyBaseException) self), args);
                default -> throw new IllegalStateException(name() + " takes other arguments");
            };
        }

        @Override
        public void set(PyBaseException self, PyObject value) {
            switch (this) {
                case ARGS -> setArgsValue(self, value);
                case TRACEBACK -> setTracebackValue(self, value);
                case CAUSE -> setCauseValue(self, value);
                case CONTEXT -> setContextValue(self, value);
                case SUPPRESS_CONTEXT -> self.setSuppressContext(value != null && Protocols.isTrue(value));
                case DICT -> setDictValue(self, value);
                case CODE -> self.setAttr("code", value);
                case VALUE -> self.setAttr("value", value);
                default -> throw new IllegalStateException(name() + " has no setter");
            }
        }
    }
}
