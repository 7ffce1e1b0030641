# Argument errors of builtins are worded after the CPython parser that kind of builtin uses:
# slot wrappers name nothing, PyArg_ParseTuple methods say "takes at least", Argument Clinic
# methods with keyword parameters say "takes at most N arguments (M given)", builtins without
# keyword parameters reject any keyword first, and constructors are named by their type.
import math
cases = [
    # slot wrappers
    "[].__len__(1)", "[].__len__(x=1)", "(1).__add__()", "(1).__add__(1, 2)", "object().__repr__(1)",
    "(1).__neg__(2)", "[].__iter__(1)", "(1).__pow__()", "(1).__pow__(1, 2, 3)", "[].__setitem__(1)",
    "object().__eq__()", "''.__len__(None, x=1)", "''.__mul__()", "[].__mul__(1, 2)", "(1).__mul__()",
    "list.__len__()", "list.__len__([], 1)", "object().__setattr__()", "''.__getattribute__()",
    "''.__contains__()", "{}.__contains__()", "[].__getitem__()", "set().__contains__(x=1)",
    # PyArg_ParseTuple
    "'a'.startswith()", "'a'.find(1, 2, 3, 4)", "'a'.count(x=1)", "b'a'.index()", "b'a'.endswith(1, 2, 3, 4)",
    # clinic with keyword parameters
    "'a'.split(1, 2, 3)", "'a'.split(1, 2, maxsplit=3)", "'a'.split(1, x=2)", "'a'.split(1, sep=2)",
    "''.expandtabs(1, tabsize=2)", "sum()", "sum([], iterable=1)", "pow(1)", "pow(1, zz=2)",
    "[].sort(1)", "round(1, 2, 3)", "(1).to_bytes(1, 2, 3, 4)",
    # no keyword parameters
    "divmod(x=1)", "len(obj=1)", "abs(x=1)", "isinstance(obj=1, class_or_tuple=int)", "getattr(o=1)",
    "math.sqrt(x=1)", "math.sqrt()", "{}.get(1, 2, 3)", "set().union(zz=1)", "b''.center(zz=1)",
    "b''.partition()", "b'a'.replace(b'a')",
    # constructors
    "bool(zz=1)", "bool(1, 2)", "int(zz=1)", "int(1, 2, 3)", "list(1, 2)", "list(zz=1)",
    "bytearray(1, 2, 3, 4)", "memoryview()", "str(zz=1)",
    # argument converters name None "None", not "NoneType"
    "''.encode(None)", "''.encode(errors=None)", "b''.decode(None)", "''.removeprefix(None)",
    "''.replace(None, 'a')", "(1).to_bytes(byteorder=None)", "type(None, (), {})",
    "''.count(None)", "''.center(3, None)",
]
for src in cases:
    try:
        print(src, "=", repr(eval(src)))
    except TypeError as e:
        print(src, "->", e)
# bound methods and module functions name their type or module as the method descriptor does
f = [].append
g = math.floor
h = ''.__len__
for call in (lambda: f(), lambda: f(x=1), lambda: g(1, 2), lambda: h(1)):
    try:
        call()
    except TypeError as e:
        print(e)
# the same errors from a compiled loop, through the call fast paths for 0 and 1 arguments
def hot(n):
    out = []
    seen = set()
    for i in range(n):
        out.append(i)
        for call in (lambda: out.__len__(i), lambda: out.__add__(), lambda: 'a'.startswith(),
                     lambda: 'a'.split(i, i, i)):
            try:
                call()
            except TypeError as e:
                seen.add(str(e))
    return len(out), sorted(seen)
print(hot(50))
