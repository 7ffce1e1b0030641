# Frames of functions that call inlining spliced into a trace: while a call or a generic operation
# runs inside them, sys._getframe, f_back, f_lineno, warnings' caller location and
# traceback.extract_stack must see the frames tier 1 has (issue 6). Every helper runs in a hot loop,
# so under -X trace-threshold=1 it is inlined. Run with -X trace-threshold=1 by .ci/differential.
import sys
import traceback
import warnings


def where(n=1, k=None):
    f = sys._getframe(n)
    return f.f_code.co_name, f.f_lineno


def chain(depth=4):
    f = sys._getframe(1)
    names = []
    while f is not None and len(names) < depth:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return names


def inner(i):
    return where(1, k=0), where(2, k=0), where(0, k=0)[0]


def outer(i):
    return inner(i)


def walk(i):
    return chain(depth=3)


def walk_outer(i):
    return walk(i)


def via_map(i):
    return list(map(where, [1]))[0]


class Adder:
    def __add__(self, other):
        return where(2)


ADDER = Adder()


def via_dunder(i):
    return ADDER + i


class Prop:
    @property
    def here(self):
        return where(2)


PROP = Prop()


def via_property(i):
    return PROP.here


def stack_names(i):
    return [fs.name for fs in traceback.extract_stack(limit=3)]


def deprecated_api(i):
    warnings.warn("old api %d" % i, DeprecationWarning, stacklevel=2)


def user_of_api(i):
    deprecated_api(i)


def warn_here(i):
    warnings.warn("here", UserWarning)


def boom(i):
    if i == 7:
        raise ValueError(i)
    return i


def mid(i):
    return boom(i)


for fn in (outer, walk_outer, via_map, via_dunder, via_property, stack_names):
    res = [fn(i) for i in range(10)]
    print(fn.__name__, res[0], res[-1], len(set(map(repr, res[1:-1]))))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(6):
        user_of_api(i)
        warn_here(i)
print([(str(w.message), w.lineno, w.filename == __file__) for w in log])

try:
    for i in range(10):
        mid(i)
except ValueError:
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(sys.exc_info()[2])])
