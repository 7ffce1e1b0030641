#!/usr/bin/env python3
"""Times the interpreter micro-benchmark snippets under CPython with timeit, in the units JMH
reports (ns per loop iteration), for docs/MICROBENCHMARKS.md:

    python3 hotpy-bench/cpython_timeit.py

Each function of snippets.py is called with n = LOOP; the best of 7 repeats is divided by LOOP.
Two clocks: the wall clock (as JMH's InterpreterBenchmarks) and the CPU time of this thread (as
InterpreterCpuTimes), which waiting for a core on a busy machine does not inflate.
"""
import importlib.util
import os
import sys
import time
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
SNIPPETS = os.path.join(HERE, "src", "main", "resources", "org", "hotpy", "bench", "interp", "snippets.py")
NAMES = ["dispatch", "global_load", "attribute_load", "function_call", "method_call"]


def main():
    spec = importlib.util.spec_from_file_location("snippets", SNIPPETS)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    print("CPython %s" % sys.version.split()[0])
    print("%-16s %12s %12s   (ns per loop iteration, best of 7)" % ("", "wall", "thread CPU"))
    for name in NAMES:
        f = getattr(mod, name)
        row = []
        for clock in (time.perf_counter, time.thread_time):
            timer = timeit.Timer(lambda: f(mod.LOOP), timer=clock)
            number, _ = timer.autorange()
            best = min(timer.repeat(repeat=7, number=number)) / number
            row.append(best / mod.LOOP * 1e9)
        print("%-16s %12.2f %12.2f" % (name, row[0], row[1]))


if __name__ == "__main__":
    main()
