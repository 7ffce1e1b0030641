# A frame's f_lineno is the line it is running now: read later from a kept frame object, or
# from code that an attribute access, an operator, a subscript or a loop runs implicitly.
import sys


def caller_line():
    return sys._getframe(2).f_lineno


def kept_frame():
    fr = sys._getframe(0)
    a = fr.f_lineno
    b = 1
    c = fr.f_lineno
    return a, b, c


class Probe:
    @property
    def where(self):
        return sys._getframe(1).f_lineno

    def __add__(self, other):
        return sys._getframe(1).f_lineno

    def __eq__(self, other):
        return sys._getframe(1).f_lineno

    __hash__ = object.__hash__

    def __getitem__(self, i):
        return sys._getframe(1).f_lineno

    def __setitem__(self, i, v):
        self.set_at = sys._getframe(1).f_lineno

    def __contains__(self, x):
        self.contained_at = sys._getframe(1).f_lineno
        return True

    def __iter__(self):
        self.iter_at = sys._getframe(1).f_lineno
        self.n = 0
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return sys._getframe(1).f_lineno

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)
        object.__setattr__(self, "setattr_at", sys._getframe(1).f_lineno)


def implicit_calls():
    p = Probe()
    lines = [p.where,
             p + 1,
             p == 2,
             p[0]]
    p[1] = 2
    lines.append(p.set_at)
    1 in p
    lines.append(p.contained_at)
    for line in p:
        lines.append(line)
    lines.append(p.iter_at)
    x, y = p
    lines.append((x, y))
    p.attr = 5
    lines.append(p.setattr_at)
    return lines


print(kept_frame())
for _ in range(300):  # warm: the compiled forms must keep the lines too
    got = implicit_calls()
print(got)
