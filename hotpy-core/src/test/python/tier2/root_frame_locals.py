# Issue 6: a trace's own (root) frame keeps its fast locals in registers; code the trace calls
# out to (a Python function, a builtin, a dunder) must still see them in the frame.
import sys


def peek():
    return sys._getframe(1).f_locals['x']


def callee_reads_caller():
    out = []
    x = 0
    for i in range(8):
        x = i * 2
        out.append(peek())
    return out


def builtin_locals():
    out = []
    total = 0
    half = 0.0
    for i in range(8):
        total += i
        half = i / 2
        snap = locals()
        out.append((snap['i'], snap['total'], snap['half']))
    return out


def nested_reads_enclosing_frame():
    def look():
        f = sys._getframe(1)
        return f.f_locals['n'], f.f_locals['s'], f.f_code.co_name, f.f_lineno
    out = []
    s = ''
    for n in range(6):
        s = s + str(n)
        out.append(look())
    return out


def own_frame():
    out = []
    for i in range(6):
        y = i * i
        out.append(sys._getframe(0).f_locals['y'])
    return out


class Probe:
    def __eq__(self, other):
        return sys._getframe(1).f_locals['k'] == other


def dunder_reads_caller():
    p = Probe()
    out = []
    for k in range(6):
        out.append(p == k)
        out.append(p == k + 1)
    return out


def middle(i):
    return peek_two()


def peek_two():
    return sys._getframe(2).f_locals['x']


def through_a_call():
    out = []
    for i in range(8):
        x = i + 100
        out.append(middle(i))
    return out


print(callee_reads_caller())
print(builtin_locals())
print(nested_reads_enclosing_frame())
print(own_frame())
print(dunder_reads_caller())
print(through_a_call())
