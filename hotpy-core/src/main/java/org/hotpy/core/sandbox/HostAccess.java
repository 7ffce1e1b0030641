package org.hotpy.core.sandbox;

import java.io.IOException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hotpy.api.HostPolicy;
import org.hotpy.core.errors.Errors;
import org.hotpy.core.errors.PyException;
import org.hotpy.core.interp.ImportSystem;
import org.hotpy.core.interp.InterpreterState;
import org.hotpy.core.interp.RuntimeConfig;
import org.hotpy.core.types.exception.ExceptionTypes;
import org.hotpy.core.types.text.PyStr;

/**
 * The host policy of one interpreter, as the runtime asks it: may this file be opened, this
 * module imported, this module source or traceback line read, this Java class imported, this
 * member used, this Java value handed to Python. Immutable, so it needs no lock.
 *
 * <p>Denials are Python exceptions: {@code PermissionError}, or {@code ImportError} for modules.
 */
public final class HostAccess {
    /** Object methods that lead to reflection or block threads. */
    private static final Set<String> DENIED_METHODS = Set.of("getClass", "wait", "notify", "notifyAll",
            "finalize", "getClassLoader", "getContextClassLoader", "getProtectionDomain", "getModule");

    private static final ClassValue<Boolean> SENSITIVE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return SensitiveTypes.isSensitive(type);
        }
    };

    private static final HostAccess TRUSTED = new HostAccess(HostPolicy.trusted(), List.of());

    private final HostPolicy policy;
    private final boolean trusted;
    private final Path fileRoot;
    private final Set<String> deniedModules;
    private final List<Path> sourceRoots;

    private HostAccess(HostPolicy policy, List<String> modulePath) {
        this.policy = policy;
        this.trusted = policy.isTrusted();
        this.fileRoot = policy.fileRoot().orElse(null);
        Set<String> denied = new HashSet<>(HostPolicy.DEFAULT_DENIED_MODULES);
        denied.removeAll(policy.allowedModules());
        denied.addAll(policy.deniedModules());
        this.deniedModules = Set.copyOf(denied);
        List<Path> roots = new ArrayList<>();
        roots.add(Path.of(ImportSystem.BUNDLED).normalize());
        for (String p : modulePath) {
            roots.add(Path.of(p).toAbsolutePath().normalize());
        }
        this.sourceRoots = List.copyOf(roots);
    }

    /** The access an embedder's policy grants; {@code modulePath} folders are readable for imports. */
    public static HostAccess of(HostPolicy policy, List<String> modulePath) {
        return policy.isTrusted() ? TRUSTED : new HostAccess(policy, modulePath);
    }

    /**
     * The access implied by a {@link RuntimeConfig} alone (interpreters not built through the
     * embedding API): everything when trusted, else only files below {@code fileRoot}.
     */
    public static HostAccess forConfig(RuntimeConfig config) {
        if (config.trusted()) {
            return TRUSTED;
        }
        HostPolicy.Builder b = HostPolicy.builder();
        if (config.fileRoot() != null) {
            b.allowFileAccess(Path.of(config.fileRoot()));
        }
        return new HostAccess(b.build(), config.searchPath());
    }

    /** The access of the interpreter {@code st}. */
    public static HostAccess of(InterpreterState st) {
        return st.hostAccess();
    }

    public HostPolicy policy() {
        return policy;
    }

    public boolean isTrusted() {
        return trusted;
    }

    // ---- files ----

    /** The path {@code open(file, mode)} may use, or PermissionError. Symbolic links are resolved. */
    public Path checkOpen(String file, String mode) {
        if (file.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        if (trusted) {
            return Path.of(file);
        }
        if (fileRoot == null) {
            throw Errors.permissionError("file access is not allowed by the host (open('%s'))", file);
        }
        boolean writing = mode.indexOf('w') >= 0 || mode.indexOf('a') >= 0 || mode.indexOf('x') >= 0
                || mode.indexOf('+') >= 0;
        if (writing && !policy.filesWritable()) {
            throw Errors.permissionError("the host allows reading files only (open('%s', '%s'))", file, mode);
        }
        Path resolved = resolveUnderRoot(file);
        if (resolved == null) {
            throw Errors.permissionError("file access outside the allowed folder is denied (open('%s'))", file);
        }
        return resolved;
    }

    /** The real path of {@code file} (relative to the root) when it lies below the root, else null. */
    private Path resolveUnderRoot(String file) {
        try {
            Path root = fileRoot.toRealPath();
            Path p = root.resolve(file).normalize();
            Path real = Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? p.toRealPath() : realParent(p);
            return real != null && real.startsWith(root) && !real.equals(root) ? real : null;
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    /** For a file that does not exist yet: its folder's real path plus its name. */
    private static Path realParent(Path p) throws IOException {
        Path parent = p.getParent();
        if (parent == null || p.getFileName() == null || !Files.isDirectory(parent)) {
            return null;
        }
        return parent.toRealPath().resolve(p.getFileName().toString());
    }

    /** Whether the import system may read module source at {@code path} (the bundled library, the module path). */
    public boolean mayReadModuleSource(String path) {
        return trusted || underSourceRoot(path);
    }

    /** Whether a traceback may show lines of {@code filename}: only sources the interpreter may import. */
    public boolean mayReadTracebackSource(String filename) {
        return trusted || underSourceRoot(filename);
    }

    private boolean underSourceRoot(String path) {
        try {
            Path p = Path.of(path).toAbsolutePath().normalize();
            for (Path r : sourceRoots) {
                if (p.startsWith(r)) {
                    return true;
                }
            }
        } catch (InvalidPathException e) {
            return false;
        }
        return false;
    }

    // ---- modules ----

    /** Raises ImportError when {@code name} (absolute, dotted) or a parent package is denied. */
    public void checkImport(String name) {
        if (trusted) {
            return;
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            throw denied(name, "import of '" + name + "' is not allowed by the host");
        }
        String n = name;
        while (true) {
            if (deniedModules.contains(n)) {
                throw denied(name, "import of '" + n + "' is not allowed by the host");
            }
            int dot = n.lastIndexOf('.');
            if (dot < 0) {
                return;
            }
            n = n.substring(0, dot);
        }
    }

    private static PyException denied(String name, String msg) {
        PyException e = Errors.of(ExceptionTypes.IMPORT_ERROR, "%s", msg);
        e.exception().setAttr("name", PyStr.of(name));
        e.exception().setAttr("msg", PyStr.of(msg));
        return e;
    }

    // ---- Java classes ----

    /**
     * Whether {@code dotted} is a Java package Python may import: an allowed package, or a package
     * on the way to an allowed class or package ({@code java} and {@code java.util} for an allowed
     * {@code java.util.ArrayList}). Sub-packages of an allowed package are not allowed.
     */
    public boolean isJavaPackage(String dotted) {
        if (trusted) {
            return dotted.equals("java") || dotted.equals("javax") || dotted.startsWith("java.")
                    || dotted.startsWith("javax.");
        }
        for (String c : policy.javaClasses()) {
            if (c.startsWith(dotted + ".")) {
                return true;
            }
        }
        for (String p : policy.javaPackages()) {
            if (p.equals(dotted) || p.startsWith(dotted + ".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClassIn(String className, String pkg) {
        return className.startsWith(pkg + ".") && className.indexOf('.', pkg.length() + 1) < 0;
    }

    /** Whether Python may import the class named {@code className} (loaded or not). */
    public boolean mayImportClass(String className) {
        if (trusted || policy.javaClasses().contains(className)) {
            return true;
        }
        if (SensitiveTypes.isSensitiveName(className)) {
            return false;
        }
        for (String p : policy.javaPackages()) {
            if (isClassIn(className, p)) {
                return true;
            }
        }
        return false;
    }

    /** The class itself, once loaded: allowed by name, and (unless named one by one) not sensitive. */
    public boolean mayImportClass(Class<?> c) {
        if (trusted || policy.javaClasses().contains(c.getName())) {
            return true;
        }
        return mayImportClass(c.getName()) && !SENSITIVE.get(c);
    }

    // ---- Java objects and members ----

    /** Whether Python may use public members of the embedder's objects at all. */
    public boolean hostObjectMembers() {
        return trusted || policy.hostObjectMembers();
    }

    /**
     * Raises PermissionError unless a Java value of class {@code c} may be handed to Python: its
     * class is not sensitive, or was allowed one by one.
     */
    public void checkValue(Class<?> c) {
        if (trusted || !SENSITIVE.get(c) || policy.javaClasses().contains(c.getName())) {
            return;
        }
        throw Errors.permissionError("access to Java class %s is not allowed by the host", c.getName());
    }

    /** Whether a public method or field may be used from Python. */
    public boolean mayUseMember(Member m) {
        if (trusted) {
            return true;
        }
        if (m instanceof Method meth) {
            if (DENIED_METHODS.contains(meth.getName()) || deniedType(meth.getReturnType())) {
                return false;
            }
        } else if (m instanceof java.lang.reflect.Field f && deniedType(f.getType())) {
            return false;
        }
        return Modifier.isPublic(m.getModifiers()) && !deniedType(m.getDeclaringClass());
    }

    private boolean deniedType(Class<?> c) {
        return SENSITIVE.get(c) && !policy.javaClasses().contains(c.getName());
    }
}
