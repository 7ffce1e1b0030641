#!/usr/bin/env python3
"""Runs the stdlib test programs under CPython with HotPy's pure-Python library
shadowing CPython's own standard library, and compares each program's stdout with
the .out recorded from real CPython.

    run_under_cpython.py [--root DIR] [--verbose] [FILTER ...]   check (default)
    run_under_cpython.py --regen [FILTER ...]                    re-record .out files

A test is NAME.py with NAME.out beside it (default folder: stdlib/ next to this
script).  Each runs as `python3 -s -S -X frozen_modules=off run_under_cpython.py
--child LIB NAME.py` in its own folder, with PYTHONHASHSEED=0 and no other PYTHON*
variables.  The child puts a finder for LIB in front of
sys.meta_path (so LIB beats CPython's builtin modules such as itertools), drops the
modules LIB provides that CPython imported at start-up (abc), runs the program, then
fails loudly (exit 3) if any module LIB provides came from elsewhere, or if the
program pulled in any other pure-Python stdlib module or a C accelerator module.
--regen records NAME.out with plain `python3 NAME.py` and PYTHONHASHSEED=0.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.normpath(os.path.join(HERE, "..", "..", "main", "resources", "hotpy", "lib"))
DEFAULT_ROOT = os.path.join(HERE, "stdlib")

# C modules whose job our pure-Python modules must do themselves.
FORBIDDEN = {
    "_collections", "_functools", "_operator", "_heapq", "_bisect", "_json", "_datetime",
    "_struct", "_abc", "_thread", "_weakref", "_weakrefset", "_pickle", "_string",
    "_statistics", "_random", "_contextvars", "_queue", "_csv", "_bz2",
    "_pydecimal", "_decimal", "_collections_abc", "_py_abc", "_strptime", "binascii",
    "_posixsubprocess", "select", "_socket", "_ssl", "_hashlib", "_blake2",
}
# Modules outside LIB that the programs may use (the HotPy core provides them: re stands
# in for the core's own), and copyreg, which CPython's C __reduce__ methods import.
ALLOWED = {"sys", "math", "time", "builtins", "io", "_io", "copyreg", "re", "re._casefix",
           "re._compiler", "re._constants", "re._parser", "_sre"}


def lib_names():
    names = set()
    for entry in os.listdir(LIB):
        full = os.path.join(LIB, entry)
        if entry.endswith(".py"):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(full, "__init__.py")):
            names.add(entry)
    return names


def child(lib, path):
    import builtins
    if sys.path and os.path.abspath(sys.path[0]) == HERE:
        del sys.path[0]
    names = lib_names()
    startup = set(sys.modules)
    for mod in list(sys.modules):
        top = mod.partition(".")[0]
        if top in names or mod in FORBIDDEN:
            del sys.modules[mod]
            startup.discard(mod)
    path_finder = sys.modules["_frozen_importlib_external"].PathFinder

    class LibFinder:
        """Finds top-level LIB modules before the builtin and frozen importers do."""
        @classmethod
        def find_spec(cls, name, path=None, target=None):
            if path is None and name in names:
                return path_finder.find_spec(name, [lib])
            return None

    sys.meta_path.insert(0, LibFinder)
    sys.path.insert(0, lib)
    sys.path.insert(1, os.path.dirname(os.path.abspath(path)))  # as `python3 path` would
    sys.argv = [path]
    path = os.path.abspath(path)   # CPython 3.9+ gives __main__ an absolute __file__
    main = type(sys)("__main__")     # a real __main__ module, as `python3 path` has
    main.__file__ = path
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    globs = main.__dict__
    status = 0
    try:
        with open(path, encoding="utf-8") as f:
            code = compile(f.read(), path, "exec")
        exec(code, globs)
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    finally:
        sys.stdout.flush()
        problems = check_modules(lib, names, startup)
        if problems:
            sys.stderr.write("run_under_cpython: module check failed:\n  "
                             + "\n  ".join(problems) + "\n")
            os._exit(3)
    sys.exit(status)


def check_modules(lib, names, startup):
    problems = []
    for name, mod in sorted(sys.modules.items()):
        if name in startup or mod is None:
            continue
        top = name.partition(".")[0]
        where = getattr(mod, "__file__", None)
        if top in names:
            if not where or not os.path.abspath(where).startswith(lib):
                problems.append("%s came from %s, not from %s" % (name, where, lib))
        elif name in FORBIDDEN:
            problems.append("%s (a C accelerator or unlisted module) was imported" % name)
        elif name.startswith("encodings."):
            pass   # codecs that str.encode/bytes.decode load: the core's business
        elif name not in ALLOWED and where and "lib-dynload" not in where:
            problems.append("%s was imported from CPython's stdlib (%s)" % (name, where))
    return problems


def select(root, filters):
    import fnmatch
    cases = []
    for dirpath, _, files in os.walk(root):
        for f in sorted(files):
            if f.endswith(".py") and os.path.exists(os.path.join(dirpath, f[:-3] + ".out")):
                rel = os.path.relpath(os.path.join(dirpath, f[:-3]), root)
                if not filters or any(x in rel or fnmatch.fnmatch(rel, x) for x in filters):
                    cases.append(rel)
    return sorted(cases)


def env():
    # Not -I/-E (they would ignore PYTHONHASHSEED): drop every other PYTHON* variable instead.
    e = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    e.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    return e


def run_case(root, rel, verbose):
    import difflib
    import subprocess
    py = os.path.join(root, rel + ".py")
    with open(os.path.join(root, rel + ".out"), encoding="utf-8") as f:
        expected = f.read()
    cmd = [sys.executable, "-s", "-S", "-X", "frozen_modules=off", os.path.abspath(__file__),
           "--child", LIB, os.path.basename(py)]
    try:
        p = subprocess.run(cmd, cwd=os.path.dirname(py), env=env(), stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, timeout=120, encoding="utf-8")
    except subprocess.TimeoutExpired:
        print("TIMEOUT", rel)
        return False
    if p.returncode == 0 and p.stdout == expected:
        return True
    if p.returncode != 0:
        last = (p.stderr.strip().splitlines() or ["(no stderr)"])[-1]
        print("CRASH %s: exit status %d: %s" % (rel, p.returncode, last))
    else:
        exp, got = expected.splitlines(True), p.stdout.splitlines(True)
        n = next((i for i, (a, b) in enumerate(zip(exp, got)) if a != b), min(len(exp), len(got)))
        print("FAIL %s: line %d: expected %r, got %r" % (
            rel, n + 1, exp[n] if n < len(exp) else "<eof>", got[n] if n < len(got) else "<eof>"))
    if verbose:
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True),
                                                   p.stdout.splitlines(True), "expected", "got"))
        sys.stdout.write(p.stderr[-3000:])
    return False


def regen(root, rel):
    import subprocess
    py = os.path.join(root, rel + ".py")
    p = subprocess.run([sys.executable, os.path.basename(py)], cwd=os.path.dirname(py), env=env(),
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8")
    if p.returncode != 0:
        print("regen %s: exit status %d\n%s" % (rel, p.returncode, p.stderr))
        return
    with open(os.path.join(root, rel + ".out"), "w", encoding="utf-8") as f:
        f.write(p.stdout)


def main(argv):
    if argv[:1] == ["--child"]:
        return child(argv[1], argv[2])
    root, verbose, do_regen, filters = DEFAULT_ROOT, False, False, []
    it = iter(argv)
    for a in it:
        if a == "--root":
            root = os.path.abspath(next(it))
        elif a == "--verbose":
            verbose = True
        elif a == "--regen":
            do_regen = True
        else:
            filters.append(a)
    if do_regen:
        for f in sorted(os.listdir(root)):
            if f.endswith(".py") and (not filters or any(x in f[:-3] for x in filters)):
                regen(root, f[:-3])
        filters = filters or []
    cases = select(root, filters)
    if not cases:
        print("no cases selected")
        return 2
    passed = sum(run_case(root, rel, verbose) for rel in cases)
    print("%d passed, %d failed" % (passed, len(cases) - passed))
    return 0 if passed == len(cases) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
