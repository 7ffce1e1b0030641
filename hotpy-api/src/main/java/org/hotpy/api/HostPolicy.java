package org.hotpy.api;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What Python code may reach of the host. The default, {@link #sandbox()}, denies everything:
 * no {@code open()}, no process, network or thread modules, no Java classes, and no reflection
 * through Java objects the embedder passes in (their public methods work, but never
 * {@code getClass}, class loaders, {@code System}, {@code Runtime}, {@code Thread} or
 * {@code java.lang.reflect}). Each denial reaches Python as {@code PermissionError}, or
 * {@code ImportError} for a denied module. Grants are opt-in: {@link Builder#allowFileAccess},
 * {@link Builder#allowJavaClasses}, {@link Builder#allowJavaPackages}, {@link Builder#allowModules},
 * or {@link #trusted()} for everything (as the {@code hotpy} command runs).
 *
 * <p>Immutable; build with {@link #builder()}.
 */
public final class HostPolicy {
    /**
     * Modules a sandbox refuses to import: files and processes ({@code os}, {@code subprocess} …),
     * the network, threads (which would outlive a timeout), native code, and the Java bridges
     * ({@code java}, {@code javax} — Java classes come only through the allow-lists). A dotted
     * name is denied when it or any parent package is listed.
     */
    public static final Set<String> DEFAULT_DENIED_MODULES = Set.of(
            "os", "posix", "nt", "posixpath", "ntpath", "subprocess", "_posixsubprocess", "pty", "tty",
            "termios", "fcntl", "resource", "pwd", "grp", "spwd", "crypt", "syslog", "signal", "_signal",
            "mmap", "shutil", "tempfile", "glob", "pathlib", "sysconfig", "site", "platform",
            "socket", "_socket", "ssl", "_ssl", "select", "selectors", "asyncio", "socketserver",
            "http.client", "http.server", "urllib.request", "ftplib", "smtplib", "poplib", "imaplib",
            "telnetlib", "xmlrpc", "webbrowser", "multiprocessing", "_multiprocessing", "concurrent",
            "threading", "_thread", "ctypes", "_ctypes", "cffi", "faulthandler", "tracemalloc",
            "msvcrt", "winreg", "_winapi", "java", "javax", "jdk", "sun", "com.sun");

    private static final HostPolicy SANDBOX = new Builder().build();
    private static final HostPolicy TRUSTED = new HostPolicy(new Builder(), true);

    private final boolean trusted;
    private final Path fileRoot;
    private final boolean filesWritable;
    private final Set<String> javaClasses;
    private final Set<String> javaPackages;
    private final Set<String> allowedModules;
    private final Set<String> deniedModules;
    private final boolean hostObjectMembers;

    private HostPolicy(Builder b, boolean trusted) {
        this.trusted = trusted;
        this.fileRoot = b.fileRoot;
        this.filesWritable = b.filesWritable;
        this.javaClasses = Set.copyOf(b.javaClasses);
        this.javaPackages = Set.copyOf(b.javaPackages);
        this.allowedModules = Set.copyOf(b.allowedModules);
        this.deniedModules = Set.copyOf(b.deniedModules);
        this.hostObjectMembers = b.hostObjectMembers;
    }

    /** Everything denied: the default for every interpreter built through this API. */
    public static HostPolicy sandbox() {
        return SANDBOX;
    }

    /** Everything allowed: files, processes, every module and Java class. Only for code you trust. */
    public static HostPolicy trusted() {
        return TRUSTED;
    }

    /** A builder that starts from {@link #sandbox()}. */
    public static Builder builder() {
        return new Builder();
    }

    public boolean isTrusted() {
        return trusted;
    }

    /** The folder {@code open()} may use (files below it only), if any. */
    public Optional<Path> fileRoot() {
        return Optional.ofNullable(fileRoot);
    }

    /** Whether files below {@link #fileRoot()} may be created and written, not only read. */
    public boolean filesWritable() {
        return filesWritable;
    }

    /** Fully qualified Java classes Python may import ({@code java.util.ArrayList}). */
    public Set<String> javaClasses() {
        return javaClasses;
    }

    /** Java packages whose public classes Python may import ({@code java.util}, not sub-packages). */
    public Set<String> javaPackages() {
        return javaPackages;
    }

    /** Names lifted from {@link #DEFAULT_DENIED_MODULES}. */
    public Set<String> allowedModules() {
        return allowedModules;
    }

    /** Names denied in addition to {@link #DEFAULT_DENIED_MODULES}. */
    public Set<String> deniedModules() {
        return deniedModules;
    }

    /** Whether Python may call public methods of Java objects the embedder passes in. */
    public boolean hostObjectMembers() {
        return hostObjectMembers;
    }

    @Override
    public String toString() {
        if (trusted) {
            return "HostPolicy[trusted]";
        }
        return "HostPolicy[files=" + (fileRoot == null ? "none" : fileRoot + (filesWritable ? " (rw)" : " (ro)"))
                + ", javaClasses=" + javaClasses + ", javaPackages=" + javaPackages + ", allowedModules="
                + allowedModules + ", deniedModules=" + deniedModules + ", hostObjectMembers=" + hostObjectMembers + "]";
    }

    /** Builds a {@link HostPolicy}, starting from the sandbox. */
    public static final class Builder {
        private Path fileRoot;
        private boolean filesWritable;
        private final Set<String> javaClasses = new LinkedHashSet<>();
        private final Set<String> javaPackages = new LinkedHashSet<>();
        private final Set<String> allowedModules = new LinkedHashSet<>();
        private final Set<String> deniedModules = new LinkedHashSet<>();
        private boolean hostObjectMembers = true;

        private Builder() {}

        /** {@code open()} may read and write files below {@code root} (symbolic links are resolved first). */
        public Builder allowFileAccess(Path root) {
            this.fileRoot = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
            this.filesWritable = true;
            return this;
        }

        /** {@code open()} may only read files below {@code root}. */
        public Builder allowReadOnlyFileAccess(Path root) {
            allowFileAccess(root);
            this.filesWritable = false;
            return this;
        }

        /** Java classes Python may import by name ({@code "java.util.ArrayList"}). */
        public Builder allowJavaClasses(String... classNames) {
            for (String n : classNames) {
                javaClasses.add(checkName(n));
            }
            return this;
        }

        /**
         * Java packages whose public classes Python may import. Classes that give reflection,
         * class loading, processes or threads ({@code java.lang.Class}, {@code Runtime},
         * {@code System}, {@code Thread}, {@code java.lang.reflect.*} …) stay denied unless named
         * one by one in {@link #allowJavaClasses}.
         */
        public Builder allowJavaPackages(String... packageNames) {
            for (String n : packageNames) {
                javaPackages.add(checkName(n));
            }
            return this;
        }

        /** Lifts the default denial of these modules ({@code "threading"}). */
        public Builder allowModules(String... names) {
            for (String n : names) {
                allowedModules.add(checkName(n));
            }
            return this;
        }

        /** Denies these modules as well (and their submodules). */
        public Builder denyModules(String... names) {
            for (String n : names) {
                deniedModules.add(checkName(n));
            }
            return this;
        }

        /**
         * Whether Python may call the public methods and read the public fields of Java objects
         * passed in by the embedder (default true; reflective members stay denied either way).
         * With false such objects are opaque: Python can only hold them and pass them back.
         */
        public Builder hostObjectMembers(boolean allowed) {
            this.hostObjectMembers = allowed;
            return this;
        }

        public HostPolicy build() {
            return new HostPolicy(this, false);
        }

        private static String checkName(String n) {
            Objects.requireNonNull(n, "name");
            if (n.isEmpty() || n.startsWith(".") || n.endsWith(".") || n.contains("..")) {
                throw new IllegalArgumentException("not a dotted name: '" + n + "'");
            }
            return n;
        }
    }
}
