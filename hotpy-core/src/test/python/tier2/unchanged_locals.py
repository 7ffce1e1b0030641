"""Tier 2: an exit writes back only the locals the trace changed (trace.UnchangedLocals). A local the
trace only read keeps its object, a changed one is written back, and a local that a call inside
the trace saw with another value is written back too. Run with -X trace-threshold=1 by
.ci/differential."""
import sys


# Big ints, floats and bools read (unboxed) in the loop but never changed: the same objects after exits.
BIG = 10 ** 15 + 7
F = 1234.5


def read_only(n, big, f, flag):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += big % 97
        else:
            total += int(f) if flag else 1
        i += 1
    return total, big, f, flag


for k in range(40):
    r = read_only(k, BIG, F, k > 3)
print(r[0], r[1] is BIG, r[2] is F, r[3])


# A changed local is written back at each exit; an unchanged one keeps its object.
def changed(n):
    keep = [1, 2]
    keep0 = keep
    acc = 0
    i = 0
    while i < n:
        acc += i
        if acc > 50:
            break
        i += 1
    return acc, i, keep is keep0


for k in range(40):
    r2 = changed(k)
print(r2)


# A call inside the trace sees a local rebound and then restored: the frame must be right after.
seen = []


def peek():
    seen.append(sys._getframe(1).f_locals["a"])
    return 1


def swap(n):
    a = "first"
    b = "second"
    s = 0
    for i in range(n):
        t = a
        a = b
        s += peek()
        a = t
        if i == n - 1:
            s += len(a)
    return a, s


for k in range(1, 40):
    r3 = swap(k)
print(r3, seen[-3:], len(seen))


# A generator-less frame check: the local read by sys._getframe after an exit is the entry object.
def frame_after(n):
    obj = object()
    first = obj
    x = 0
    while x < n:
        x += 1
    return sys._getframe().f_locals["obj"] is first


print(all(frame_after(k) for k in range(50)))
