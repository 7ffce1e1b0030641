#!/usr/bin/env python3
"""Times the interpreter micro-benchmark snippets under CPython with timeit, in the units JMH
reports (ns per loop iteration), for docs/MICROBENCHMARKS.md:

    python3 hotpy-bench/cpython_timeit.py

Each function of snippets.py is called with n = LOOP; the best of 7 repeats is divided by LOOP.
"""
import importlib.util
import os
import sys
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
SNIPPETS = os.path.join(HERE, "src", "main", "resources", "org", "hotpy", "bench", "interp", "snippets.py")
NAMES = ["dispatch", "global_load", "attribute_load", "function_call", "method_call"]


def main():
    spec = importlib.util.spec_from_file_location("snippets", SNIPPETS)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    print("CPython %s" % sys.version.split()[0])
    for name in NAMES:
        f = getattr(mod, name)
        timer = timeit.Timer(lambda: f(mod.LOOP))
        number, _ = timer.autorange()
        best = min(timer.repeat(repeat=7, number=number)) / number
        print("%-16s %8.2f ns/iteration" % (name, best / mod.LOOP * 1e9))


if __name__ == "__main__":
    main()
