# __text_signature__ of builtins, method descriptors, bound builtin methods and builtin types, as
# CPython takes it from docstrings: "$module"/"$self"/"$type" first, positional-only; None where
# the docstring gives no signature (min, max, iter, str.find, int, zip).
import math

for o in [len, abs, divmod, repr, print, globals, pow, iter, next, getattr, min, max,
          list.append, list.copy, list.sort, dict.get, dict.fromkeys, str.split, str.find, str.join,
          int.to_bytes, [].append, "".join, math.sqrt, math.floor,
          list, tuple, object, float, complex, enumerate, reversed, property, memoryview,
          int, str, dict, set, zip, map, range, type]:
    name = getattr(o, '__qualname__', repr(o))
    print(name, repr(o.__text_signature__))


class User:
    pass


print(User.__text_signature__)
for s in ["max(x=1)", "min(a=1, b=2, c=3)", "max([1], key=len, default=3, x=1)", "max(1, 2, x=1)",
          "max([], default=1, key=None, z=2)", "min([], default=5)", "max([3, 1, 2], key=lambda v: -v)",
          "zip(strict=1, x=2)", "list(zip([1], [2], strict=True))", "zip([1], q=2)",
          "list(zip([1], [2, 3], strict=True))", "max(1, 2, default=0)"]:
    try:
        print(s, '->', eval(s))
    except Exception as e:
        print(s, '->', type(e).__name__, e)
