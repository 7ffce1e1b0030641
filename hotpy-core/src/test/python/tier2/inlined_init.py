# Instantiation with __init__ inlined into a trace, then leaving the trace from inside __init__:
# the caller must get the instance (not __init__'s None), and a non-None __init__ result must
# raise TypeError as C(args) does. Run with -X trace-threshold=1 by .ci/differential.


class Options:
    def __init__(self, flag, n):
        self.flag = flag
        self.mode = "a" if flag else "b"   # a guard inside __init__ that fails when flag changes
        self.n = n * 2


class Odd:
    def __init__(self, v):
        self.v = v
        if v > 40:
            return v   # tier 1 raises TypeError here; so must a trace


def make(flag, n):
    o = Options(flag, n)
    return o.mode, o.n


out = []
for i in range(60):
    out.append(make(i < 30, i))
print(out[0], out[29], out[30], out[59], len(out))

caught = 0
total = 0
for i in range(50):
    try:
        total += Odd(i).v
    except TypeError as e:
        caught += 1
        msg = str(e)
print(total, caught, msg)
