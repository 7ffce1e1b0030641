package org.hotpy.core.interp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.codecache.CodeCache;
import org.hotpy.core.compiler.Compiler;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.lexer.SourceDecoder;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.modules.ModuleRegistry;
import org.hotpy.core.ops.Attr;
import org.hotpy.core.ops.Iteration;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.types.collection.PyDict;
import org.hotpy.core.types.collection.PyList;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.text.PyStr;

/**
 * The import system: {@code sys.modules}, then the modules written in Java, then each entry of
 * {@code sys.path} (folders on disk, and the library bundled in the HotPy jar) for
 * {@code name.py} or {@code name/__init__.py}. Packages, relative imports, and CPython's error
 * messages and circular-import behaviour (a module is in {@code sys.modules} while it runs).
 */
public final class ImportSystem {
    /** The path entry that stands for the library bundled on the class path. */
    public static final String BUNDLED = bundledLocation();

    private final InterpreterState st;
    private PyObject builtinImport;
    private final Set<PyModule> initializing = Collections.newSetFromMap(new IdentityHashMap<>());
    private CodeCache codeCache = CodeCache.NONE;

    ImportSystem(InterpreterState st) {
        this.st = st;
    }

    private static String bundledLocation() {
        try {
            var src = ImportSystem.class.getProtectionDomain().getCodeSource();
            if (src != null) {
                Path p = Path.of(src.getLocation().toURI());
                return p.resolve("hotpy").resolve("lib").toString();
            }
        } catch (Exception e) {
            // fall through to a location only the class path lookup understands
        }
        return "/hotpy/lib";
    }

    /** Where compiled source files are kept between runs (the command line's; none by default). */
    public void useCodeCache(CodeCache cache) {
        this.codeCache = cache;
    }

    /**
     * The code of a source file (a module, or the main script): from the code cache when it holds
     * this exact source, else compiled and offered to the cache. A syntax error is a Python
     * SyntaxError, and is never cached.
     */
    public CodeObject compileFile(byte[] source, String file) {
        CodeObject code = codeCache.load(file, source);
        if (code == null) {
            try {
                code = Compiler.compile(SourceDecoder.decode(source, file), file, Compiler.Mode.EXEC);
            } catch (SyntaxErrorException e) {
                throw SyntaxErrors.toPython(e);
            }
            codeCache.store(file, source, code);
        }
        return code;
    }

    public PyObject builtinImport() {
        return builtinImport;
    }

    public void setBuiltinImport(PyObject f) {
        this.builtinImport = f;
    }

    public boolean isInitializing(PyModule m) {
        return initializing.contains(m);
    }

    /** {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}. */
    public PyObject builtinImportCall(PyObject[] a) {
        String name = Protocols.strArg(a[0], "name", "__import__");
        PyDict globals = a[1] instanceof PyDict d ? d : new PyDict();
        long level = Protocols.asIndexLong(a[4], "level too large");
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        return importModuleLevel(name, globals, a[3], (int) level);
    }

    /** The IMPORT_NAME semantics: returns the top package, or the module itself with a fromlist. */
    public PyObject importModuleLevel(String name, PyDict globals, PyObject fromlist, int level) {
        String abs = level == 0 ? name : resolveRelative(name, globals, level);
        if (abs.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        PyModule module = importAbsolute(abs);
        boolean hasFromlist = fromlist != PyNone.NONE && fromlist != null && Protocols.isTrue(fromlist);
        if (!hasFromlist) {
            if (level == 0) {
                String top = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                return moduleNamed(top);
            }
            if (name.isEmpty()) {
                return module;
            }
            String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            String base = abs.substring(0, abs.length() - name.length());
            return moduleNamed(base + first);
        }
        if (module.get("__path__") != null) {
            Iteration.forEach(fromlist, x -> {
                String n = Protocols.str(x).value();
                if (!n.equals("*") && Attr.getOrNull(module, n) == null) {
                    try {
                        importAbsolute(abs + "." + n);
                    } catch (PyException e) {
                        if (!e.matches(ExceptionTypes.MODULE_NOT_FOUND_ERROR)
                                || !(abs + "." + n).equals(stringAttr(e, "name"))) {
                            throw e;
                        }
                    }
                }
            });
        }
        return module;
    }

    private static String stringAttr(PyException e, String name) {
        PyObject v = e.exception().attr(name);
        return v instanceof PyStr s ? s.value() : null;
    }

    private PyModule moduleNamed(String name) {
        PyObject m = st.modules().getStr(name);
        if (m instanceof PyModule pm) {
            return pm;
        }
        return importAbsolute(name);
    }

    private String resolveRelative(String name, PyDict globals, int level) {
        PyObject pkg = globals.getStr("__package__");
        String packageName;
        if (pkg instanceof PyStr p) {
            packageName = p.value();
        } else {
            PyObject n = globals.getStr("__name__");
            if (!(n instanceof PyStr ns)) {
                throw Errors.of(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
            }
            packageName = globals.getStr("__path__") != null ? ns.value()
                    : ns.value().contains(".") ? ns.value().substring(0, ns.value().lastIndexOf('.')) : "";
        }
        if (packageName.isEmpty()) {
            throw Errors.of(ExceptionTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        String base = packageName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.of(ExceptionTypes.IMPORT_ERROR, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports a module by its absolute dotted name (parents first). */
    public PyModule importAbsolute(String name) {
        PyObject cached = st.modules().getStr(name);
        if (cached != null) {
            if (cached == PyNone.NONE) {
                throw notFound("import of " + name + " halted; None in sys.modules", name);
            }
            if (cached instanceof PyModule m) {
                return m;
            }
            throw Errors.systemError("sys.modules['%s'] is not a module", name);
        }
        PyModule hosted = org.hotpy.core.embed.JavaImports.find(st, name); // embedding hook (issue 5): policy
        if (hosted != null) {
            st.modules().putStr(name, hosted);
            return hosted;
        }
        int dot = name.lastIndexOf('.');
        PyObject searchPath;
        PyModule parent = null;
        if (dot >= 0) {
            parent = importAbsolute(name.substring(0, dot));
            PyObject cachedAgain = st.modules().getStr(name);
            if (cachedAgain instanceof PyModule m) {
                return m;
            }
            searchPath = parent.get("__path__");
            if (searchPath == null) {
                throw notFound("No module named '" + name + "'; '" + name.substring(0, dot) + "' is not a package", name);
            }
        } else {
            PyModule java = ModuleRegistry.create(name, st);
            if (java != null) {
                st.modules().putStr(name, java);
                return java;
            }
            searchPath = st.sysModule().get("path");
        }
        String leaf = name.substring(dot + 1);
        PyModule m = findAndLoad(name, leaf, searchPath);
        if (m == null) {
            throw notFound("No module named '" + name + "'", name);
        }
        if (parent != null) {
            Attr.set(parent, leaf, m);
        }
        return m;
    }

    private static PyException notFound(String msg, String name) {
        PyException e = Errors.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, msg);
        e.exception().setAttr("name", PyStr.of(name));
        e.exception().setAttr("msg", PyStr.of(msg));
        return e;
    }

    private PyModule findAndLoad(String name, String leaf, PyObject searchPath) {
        if (!(searchPath instanceof PyList) && !(searchPath instanceof PyTuple)) {
            return null;
        }
        for (PyObject entry : Iteration.toArray(searchPath)) {
            if (!(entry instanceof PyStr e)) {
                continue;
            }
            String dir = e.value().isEmpty() ? "." : e.value();
            String pkgInit = dir + "/" + leaf + "/__init__.py";
            String file = dir + "/" + leaf + ".py";
            byte[] src = read(pkgInit);
            if (src != null) {
                return load(name, pkgInit, src, dir + "/" + leaf);
            }
            src = read(file);
            if (src != null) {
                return load(name, file, src, null);
            }
        }
        return null;
    }

    /** File contents from disk, or from the bundled library on the class path; null if absent. */
    private byte[] read(String path) {
        try {
            Path p = Path.of(path);
            if (Files.isRegularFile(p)) {
                if (!st.hostAccess().mayReadModuleSource(path)) {
                    return null; // a sandbox imports only from the bundled library and the embedder's module path
                }
                return Files.readAllBytes(p);
            }
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
        if (path.startsWith(BUNDLED + "/") && st.hostAccess().mayReadModuleSource(path)) {
            String res = "hotpy/lib/" + path.substring(BUNDLED.length() + 1);
            try (InputStream in = ImportSystem.class.getClassLoader().getResourceAsStream(res)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private PyModule load(String name, String file, byte[] source, String packagePath) {
        PyModule m = new PyModule(name);
        PyDict d = m.dict();
        d.putStr("__file__", PyStr.of(file));
        d.putStr("__builtins__", st.builtinsModule());
        d.putStr("__loader__", PyNone.NONE);
        d.putStr("__spec__", PyNone.NONE);
        if (packagePath != null) {
            d.putStr("__path__", PyList.of(PyStr.of(packagePath)));
            d.putStr("__package__", PyStr.of(name));
        } else {
            d.putStr("__package__", PyStr.of(name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : ""));
        }
        st.modules().putStr(name, m);
        initializing.add(m);
        try {
            CodeObject code = compileFile(source, file);
            Frame f = new Frame(code, null, d, st.builtins(), d);
            Interpreter.execute(st, f);
        } catch (RuntimeException e) {
            st.modules().removeStr(name);
            throw e;
        } finally {
            initializing.remove(m);
        }
        PyObject result = st.modules().getStr(name);
        return result instanceof PyModule rm ? rm : m;
    }

    /**
     * {@code hotpy -m name}: finds the module's file (a package runs its {@code __main__.py}) and
     * runs it as {@code __main__}. False when no such module exists.
     */
    public boolean runModuleAsMain(String name) {
        int dot = name.lastIndexOf('.');
        PyObject searchPath = st.sysModule().get("path");
        String pkg = "";
        if (dot >= 0) {
            pkg = name.substring(0, dot);
            PyModule parent = importAbsolute(pkg);
            searchPath = parent.get("__path__");
            if (searchPath == null) {
                return false;
            }
        }
        String leaf = name.substring(dot + 1);
        for (PyObject entry : Iteration.toArray(searchPath)) {
            String dir = entry instanceof PyStr e ? (e.value().isEmpty() ? "." : e.value()) : null;
            if (dir == null) {
                continue;
            }
            String file = dir + "/" + leaf + ".py";
            byte[] src = read(file);
            String packageName = pkg;
            if (src == null) {
                file = dir + "/" + leaf + "/__main__.py";
                src = read(file);
                if (src != null) {
                    importAbsolute(name);
                    packageName = name;
                }
            }
            if (src != null) {
                PyList argv = (PyList) st.sysModule().get("argv");
                if (argv.size() > 0) {
                    argv.setItem(0, PyStr.of(Path.of(file).toAbsolutePath().normalize().toString()));
                }
                CodeObject code = compileFile(src, file);
                PyModule m = new PyModule("__main__");
                PyDict d = m.dict();
                d.putStr("__file__", PyStr.of(file));
                d.putStr("__builtins__", st.builtinsModule());
                d.putStr("__package__", PyStr.of(packageName));
                d.putStr("__spec__", PyNone.NONE);
                d.putStr("__loader__", PyNone.NONE);
                st.modules().putStr("__main__", m);
                Interpreter.execute(st, new Frame(code, null, d, st.builtins(), d));
                return true;
            }
        }
        return false;
    }

    /** Runs a file as {@code __main__} (the CLI's {@code hotpy prog.py}). */
    public PyModule runMain(String file, byte[] source, CodeObject code) {
        PyModule m = new PyModule("__main__");
        PyDict d = m.dict();
        d.putStr("__file__", PyStr.of(file));
        d.putStr("__builtins__", st.builtinsModule());
        d.putStr("__loader__", PyNone.NONE);
        d.putStr("__spec__", PyNone.NONE);
        d.putStr("__package__", PyNone.NONE);
        d.putStr("__cached__", PyNone.NONE);
        st.modules().putStr("__main__", m);
        Interpreter.execute(st, new Frame(code, null, d, st.builtins(), d));
        return m;
    }
}
