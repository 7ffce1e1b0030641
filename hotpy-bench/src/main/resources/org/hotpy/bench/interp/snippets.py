# The Python side of the interpreter micro-benchmarks. Each function runs a loop of n iterations
# around the operation it measures; the JMH benchmarks (InterpreterBenchmarks) and the CPython
# timing script (cpython_timeit.py) both call them with n = LOOP, so the results are per iteration.
LOOP = 1000
G = 7


def dispatch(n):
    # the loop alone: compare, branch, add, store, jump (about nine instructions per iteration)
    i = 0
    while i < n:
        i = i + 1
    return i


def global_load(n):
    # five global loads per iteration on top of the dispatch loop
    i = 0
    while i < n:
        G; G; G; G; G
        i = i + 1
    return i


class Point:
    def __init__(self, x):
        self.x = x

    def get(self, k):
        return k


def attribute_load(n):
    # five instance attribute loads per iteration
    o = Point(3)
    i = 0
    while i < n:
        o.x; o.x; o.x; o.x; o.x
        i = i + 1
    return i


def identity(k):
    return k


def function_call(n):
    # one call of a Python function with one argument per iteration
    i = 0
    while i < n:
        identity(i)
        i = i + 1
    return i


def method_call(n):
    # one bound-method call (LOAD_METHOD + CALL) per iteration
    o = Point(3)
    i = 0
    while i < n:
        o.get(i)
        i = i + 1
    return i
