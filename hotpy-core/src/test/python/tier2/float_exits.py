"""Tier 2 (issue 6): exits and exceptions of compiled traces with many unboxed floats, float
constants and calls hand tier 1 the right values (the JIT writes out only the registers exits
read, constants from themselves). Run with -X trace-threshold=1 by .ci/differential."""


# Vector arithmetic inlined into the caller; the comparison leaves the trace most of the time.
class V:
    def __init__(self, x, y): self.x = x; self.y = y
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def dot(self, o): return self.x * o.x + self.y * o.y
def inter(c, p, r):
    cp = c - p
    v = cp.dot(p)
    d = r * r - (cp.dot(cp) - v * v)
    if d < 0.0:
        return None
    return v - d * 0.5 + 2.5
tot = 0.0
n = 0
for i in range(3000):
    res = inter(V(i * 0.25, 1.5), V(0.5, i % 7 * 0.75), 3.0 + (i % 5))
    if res is None:
        n += 1
    else:
        tot += res
print(n, round(tot, 6))


# A builtin call raising inside a loop trace whose float locals the handler reads.
def h(words):
    s = 0.0
    for i in range(3000):
        a = i * 0.5
        b = a + 1.25
        c = b * b - 0.75
        try:
            s += int(words[i % 7]) * b
        except ValueError:
            s -= a + c
    return s


print(round(h(["1", "2", "x", "4", "5", "y", "7"]), 6))
