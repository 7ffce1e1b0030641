# A frame's f_lineno, read in hot loops from a kept frame object or from code a trace calls out
# to (a property, an operator), is the line running now: while traces are recorded, run and left.
import sys


def kept_frame_in_loop(n):
    fr = sys._getframe()
    first_seen = {}
    for i in range(n):
        if i % 2:
            line = fr.f_lineno
        else:
            line = fr.f_lineno
        if line not in first_seen:
            first_seen[line] = i
    return first_seen


class Where:
    @property
    def line(self):
        return sys._getframe(1).f_lineno

    def __add__(self, other):
        return sys._getframe(1).f_lineno + other


def helper(w, k):
    a = w.line
    b = w + k
    return a, b


def implicit_calls_in_loop(n):
    w = Where()
    lines = set()
    for i in range(n):
        lines.add(w.line)
        lines.add(w + 0)
        if i % 3 == 0:
            lines.add(helper(w, 0))
        else:
            lines.add(helper(w, 1000))
    return sorted(lines, key=str)


print(kept_frame_in_loop(5000))
print(implicit_calls_in_loop(5000))
