# Error messages name a builtin type of a module other than builtins as CPython's tp_name does:
# module-qualified ('_io.StringIO'), while builtins' own types and classes keep their bare names.
import io
import collections
import re


class Plain(object):
    pass


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: io.StringIO()[0])
show(lambda: io.StringIO() < 1)
show(lambda: 1 < io.BytesIO())
show(lambda: collections.deque() + 1)
show(lambda: re.compile("a") + 1)
show(lambda: re.match("a", "a")[0:1] + 1)
show(lambda: len(iter(io.StringIO())))
show(lambda: io.StringIO() ** 2)
show(lambda: [][io.StringIO()])
show(lambda: Plain()[0])
show(lambda: Plain() < 1)
show(lambda: len(3))
show(lambda: {}[[]])
print(type(io.StringIO()).__name__, type(io.StringIO()).__module__)
