package org.hotpy.core.modules;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.errors.Errors;
import org.hotpy.core.interp.Frame;
import org.hotpy.core.interp.ImportSystem;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.modules.io.TextStream;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PySimpleNamespace;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.collection.StructSeq;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.exception.PyBaseException;
import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.number.IntMath;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyStr;

/** The {@code sys} module of one interpreter. */
public final class SysModule {
    private SysModule() {}

    public static final String VERSION = "3.11.7 (hotpy 0.1.0, Java " + Runtime.version().feature() + ") [HotPy]";

    static final PyType VERSION_INFO = StructSeq.declare("sys", "version_info", "major", "minor", "micro",
            "releaselevel", "serial");
    static final PyType FLOAT_INFO = StructSeq.declare("sys", "float_info", "max", "max_exp", "max_10_exp", "min",
            "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    static final PyType INT_INFO = StructSeq.declare("sys", "int_info", "bits_per_digit", "sizeof_digit",
            "default_max_str_digits", "str_digits_check_threshold");
    static final PyType HASH_INFO = StructSeq.declare("sys", "hash_info", "width", "modulus", "inf", "nan", "imag",
            "algorithm", "hash_bits", "seed_bits", "cutoff");
    static final PyType FLAGS = StructSeq.declare("sys", "flags", "debug", "inspect", "interactive", "optimize",
            "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
            "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
            "safe_path", "int_max_str_digits");

    private static void def(PyModule m, String name, String sig, PyBuiltinFunction.Body body) {
        m.put(name, PyBuiltinFunction.of(name, sig, body).inModule(m));
    }

    public static PyModule create(InterpreterState st) {
        PyModule m = new PyModule("sys").markBuiltin();
        var cfg = st.config();
        List<PyObject> argv = new ArrayList<>();
        for (String a : cfg.argv()) {
            argv.add(PyStr.of(a));
        }
        m.put("argv", PyList.wrap(argv.toArray(new PyObject[0])));
        m.put("orig_argv", PyList.wrap(argv.toArray(new PyObject[0])));
        List<PyObject> path = new ArrayList<>();
        for (String p : cfg.searchPath()) {
            path.add(PyStr.of(p));
        }
        path.add(PyStr.of(ImportSystem.BUNDLED));
        m.put("path", PyList.wrap(path.toArray(new PyObject[0])));
        m.put("modules", st.modules());
        m.put("meta_path", new PyList());
        m.put("path_hooks", new PyList());
        m.put("path_importer_cache", new PyDict());
        m.put("version", PyStr.of(VERSION));
        m.put("version_info", StructSeq.of(VERSION_INFO, PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"),
                PyInt.ZERO));
        m.put("hexversion", PyInt.of(0x030b07f0));
        m.put("api_version", PyInt.of(1013));
        PySimpleNamespace impl = new PySimpleNamespace();
        impl.getDict().putStr("name", PyStr.of("hotpy"));
        impl.getDict().putStr("cache_tag", PyNone.NONE);
        impl.getDict().putStr("version", StructSeq.of(VERSION_INFO, PyInt.ZERO, PyInt.of(1), PyInt.ZERO,
                PyStr.of("alpha"), PyInt.ZERO));
        impl.getDict().putStr("hexversion", PyInt.of(0x000100a0));
        impl.getDict().putStr("_multiarch", PyStr.of("x86_64-linux-gnu"));
        m.put("implementation", impl);
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("maxunicode", PyInt.of(0x10ffff));
        m.put("byteorder", PyStr.of("little"));
        m.put("platform", PyStr.of(System.getProperty("os.name", "linux").toLowerCase().startsWith("win") ? "win32"
                : System.getProperty("os.name", "linux").toLowerCase().startsWith("mac") ? "darwin" : "linux"));
        m.put("executable", PyStr.of(cfg.trusted() ? System.getProperty("hotpy.launcher", "hotpy") : ""));
        m.put("prefix", PyStr.of(ImportSystem.BUNDLED));
        m.put("base_prefix", PyStr.of(ImportSystem.BUNDLED));
        m.put("exec_prefix", PyStr.of(ImportSystem.BUNDLED));
        m.put("platlibdir", PyStr.of("lib"));
        m.put("float_repr_style", PyStr.of("short"));
        m.put("dont_write_bytecode", PyBool.TRUE);
        m.put("warnoptions", new PyList());
        m.put("_xoptions", new PyDict());
        m.put("abiflags", PyStr.EMPTY);
        m.put("copyright", PyStr.of("Copyright (c) HotPy authors. Python is a trademark of the PSF."));
        m.put("float_info", StructSeq.of(FLOAT_INFO, new PyFloat(Double.MAX_VALUE), PyInt.of(1024), PyInt.of(308),
                new PyFloat(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15), PyInt.of(53),
                new PyFloat(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        m.put("int_info", StructSeq.of(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        m.put("hash_info", StructSeq.of(HASH_INFO, PyInt.of(64), PyInt.of(IntMath.HASH_MODULUS), PyInt.of(314159),
                PyInt.ZERO, PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.ZERO));
        PyObject[] flags = new PyObject[18];
        java.util.Arrays.fill(flags, PyInt.ZERO);
        flags[4] = PyInt.ONE;
        flags[17] = PyInt.of(4300);
        m.put("flags", StructSeq.of(FLAGS, flags));
        TextStream out = new TextStream(cfg.stdout(), null, "<stdout>", "w", false);
        TextStream err = new TextStream(cfg.stderr(), null, "<stderr>", "w", false);
        TextStream in = new TextStream(null, cfg.stdin(), "<stdin>", "r", false);
        m.put("stdout", out);
        m.put("stderr", err);
        m.put("stdin", in);
        m.put("__stdout__", out);
        m.put("__stderr__", err);
        m.put("__stdin__", in);
        List<PyObject> names = new ArrayList<>();
        names.add(PyStr.of("builtins"));
        names.add(PyStr.of("sys"));
        for (String n : ModuleRegistry.names()) {
            names.add(PyStr.of(n));
        }
        m.put("builtin_module_names", PyTuple.of(names));
        defineFunctions(m, st);
        SysHooks.define(m, st);
        return m;
    }

    /** The functions of {@code sys}: their Python names and signatures. */
    private enum Op {
        EXIT("exit", "status=None, /"),
        GETRECURSIONLIMIT("getrecursionlimit", ""),
        SETRECURSIONLIMIT("setrecursionlimit", "limit, /"),
        INTERN("intern", "string, /"),
        GETSIZEOF("getsizeof", "object, default=?, /"),
        GETDEFAULTENCODING("getdefaultencoding", ""),
        GETFILESYSTEMENCODING("getfilesystemencoding", ""),
        EXC_INFO("exc_info", ""),
        EXCEPTION("exception", ""),
        GETFRAME("_getframe", "depth=0, /"),
        GET_INT_MAX_STR_DIGITS("get_int_max_str_digits", ""),
        SET_INT_MAX_STR_DIGITS("set_int_max_str_digits", "maxdigits"),
        GETREFCOUNT("getrefcount", "object, /"),
        IS_FINALIZING("is_finalizing", "");

        private final String pyName;
        private final String sig;

        Op(String pyName, String sig) {
            this.pyName = pyName;
            this.sig = sig;
        }
    }

    /**
     * A {@code sys} function of interpreter {@code st}, its body chosen by a switch: one lambda per
     * function would be linked at every start-up (~0.1 ms each, measured), for functions most
     * programs never call.
     */
    private record Fn(Op op, InterpreterState st) implements PyBuiltinFunction.Body {
        @Override
        public PyObject call(PyObject[] a) {
            return switch (op) {
                case EXIT -> throw Errors.withArgs(ExceptionTypes.SYSTEM_EXIT,
                        a[0] == PyNone.NONE ? new PyObject[0] : new PyObject[] {a[0]});
                case GETRECURSIONLIMIT -> PyInt.of(st.recursionLimit());
                case SETRECURSIONLIMIT -> setRecursionLimit(st, a[0]);
                case INTERN -> {
                    if (!(a[0] instanceof PyStr)) {
                        throw Errors.typeError("intern() argument must be str, not %s", a[0].type().tpName());
                    }
                    yield a[0];
                }
                case GETSIZEOF -> PyInt.of(56);
                case GETDEFAULTENCODING, GETFILESYSTEMENCODING -> PyStr.of("utf-8");
                case EXC_INFO -> {
                    PyBaseException h = st.handledException();
                    yield h == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
                            : PyTuple.of(h.type(), h, h.traceback());
                }
                case EXCEPTION -> {
                    PyBaseException h = st.handledException();
                    yield h == null ? PyNone.NONE : h;
                }
                case GETFRAME -> getframe(st, a[0]);
                case GET_INT_MAX_STR_DIGITS -> PyInt.of(st.maxStrDigits());
                case SET_INT_MAX_STR_DIGITS -> {
                    long n = Protocols.asIndexLong(a[0], "maxdigits too large");
                    if (n != 0 && n < 640) {
                        throw Errors.valueError("maxdigits must be 0 or larger than 640");
                    }
                    st.setMaxStrDigits((int) n);
                    yield PyNone.NONE;
                }
                case GETREFCOUNT -> PyInt.of(2);
                case IS_FINALIZING -> PyBool.FALSE;
            };
        }
    }

    private static void defineFunctions(PyModule m, InterpreterState st) {
        for (Op op : Op.values()) {
            def(m, op.pyName, op.sig, new Fn(op, st));
        }
    }

    private static PyObject setRecursionLimit(InterpreterState st, PyObject limit) {
        if (!(limit instanceof PyInt)) {
            throw Errors.typeError("'%s' object cannot be interpreted as an integer", limit.type().tpName());
        }
        long n = IntMath.toLong(limit, "Python int too large to convert to C int");
        if (n < 1) {
            throw Errors.valueError("recursion limit must be greater or equal than 1");
        }
        if (n <= st.depth()) {
            throw Errors.recursionError("cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                    n, st.depth());
        }
        st.setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
        return PyNone.NONE;
    }

    private static PyObject getframe(InterpreterState st, PyObject depthArg) {
        long depth = Protocols.asIndexLong(depthArg, "depth too large");
        Frame f = st.frame();
        for (long i = 0; i < depth && f != null; i++) {
            f = f.back;
        }
        if (f == null) {
            throw Errors.valueError("call stack is not deep enough");
        }
        f.escape();
        return f;
    }
}
