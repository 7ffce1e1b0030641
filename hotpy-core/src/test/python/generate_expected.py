#!/usr/bin/env python3
"""Records CPython 3.11's output for the project's Python test programs.

    generate_expected.py [FILTER ...]

For every AREA/NAME.py under this folder (except stdlib/, which run_under_cpython.py
--regen records, and helpers: names starting with '_' and files inside packages), runs
`python3 /abs/AREA/NAME.py` with AREA as the working directory, stdin empty,
PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, and writes:

    NAME.out     its stdout (always)
    NAME.err     its stderr, with "AREA/" paths made relative, when it exits with a
                 non-zero status or writes to stderr
    NAME.status  its exit status, when not 0

ProgramsTest (org.hotpy.core.ProgramsTest) compares HotPy's output with these files.
Never edit them by hand: change the program and re-run this script.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP_AREAS = {"stdlib"}


def programs(filters):
    for area in sorted(os.listdir(HERE)):
        folder = os.path.join(HERE, area)
        if area in SKIP_AREAS or not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if not name.endswith(".py") or name.startswith("_") or not os.path.isfile(path):
                continue
            rel = area + "/" + name
            if filters and not any(f in rel for f in filters):
                continue
            yield folder, name


def record(folder, name):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    path = os.path.join(folder, name)
    proc = subprocess.run([sys.executable, path], cwd=folder, env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, timeout=120)
    base = path[:-3]
    with open(base + ".out", "wb") as f:
        f.write(proc.stdout)
    err = proc.stderr.decode("utf-8").replace(folder + "/", "")
    for ext, text in ((".err", err if proc.returncode != 0 or err else None),
                      (".status", "%d\n" % proc.returncode if proc.returncode != 0 else None)):
        if text is None:
            if os.path.exists(base + ext):
                os.remove(base + ext)
        else:
            with open(base + ext, "w", encoding="utf-8") as f:
                f.write(text)
    return proc.returncode


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("generate_expected.py must run under CPython 3.11, not %s" % sys.version.split()[0])
    count = 0
    for folder, name in programs(sys.argv[1:]):
        status = record(folder, name)
        count += 1
        print("%-50s status %d" % (os.path.relpath(os.path.join(folder, name), HERE), status))
    print("%d programs recorded" % count)


if __name__ == "__main__":
    main()
