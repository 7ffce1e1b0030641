"""Tier 2: traces that turn global and builtin loads into constants, behind per-name watches.
Every loop stores some globals on each iteration (which must not disturb the others' constants)
and, part-way through, rebinds a global or builtin the trace read, in each of the ways Python
allows: a `global` statement in a callee, globals()[...], del, exec, the module's __dict__ and
setattr on the module, globals().update/pop, shadowing a builtin with a new global, rebinding the
builtin itself, and a non-str key in the globals. Each must be seen at once."""

import builtins
import sys

counter = 0
flag = False
last = None


def double(x):
    return x * 2


def triple(x):
    return x * 3


def bump():
    global counter, flag, last
    counter += 1
    flag = not flag
    last = "s"


def via_global_statement(n):
    global double
    total = 0
    for i in range(n):
        bump()
        if i == n // 2:
            double = triple
        total += double(i)
    return total


def via_globals_dict(n):
    total = 0
    for i in range(n):
        bump()
        if i == n // 3:
            globals()["double"] = lambda x: x + 1000
        total += double(i)
    return total


def via_del(n):
    # A global shadowing the builtin abs; deleting it brings the builtin back.
    g = globals()
    g["abs"] = lambda x: -7
    total = 0
    for i in range(n):
        bump()
        if i == n // 2:
            del g["abs"]
        total += abs(-i)
    return total


def via_exec(n):
    total = 0
    for i in range(n):
        bump()
        if i == 2 * n // 3:
            exec("def double(x):\n    return x - 1\n", globals())
        total += double(i)
    return total


def via_module_dict(n):
    me = sys.modules[__name__]
    total = 0
    for i in range(n):
        bump()
        if i == n // 4:
            me.__dict__["double"] = lambda x: 5
        if i == n // 2:
            setattr(me, "double", lambda x: 9)
        if i == 3 * n // 4:
            vars(me).update(double=lambda x: 11)
        total += double(i)
    return total


def via_pop_and_update(n):
    g = globals()
    g["scale"] = 2
    total = 0
    for i in range(n):
        bump()
        if i == n // 3:
            g.pop("scale")
            g.update({"scale": 3})
        if i == 2 * n // 3:
            g.setdefault("other", 1)
            g.update(scale=4)
        total += scale * i
    return total


def via_builtin_shadowed(n):
    total = 0
    for i in range(n):
        bump()
        if i == n // 2:
            globals()["len"] = lambda s: 100
        total += len("abc")
    del globals()["len"]
    return total


def via_builtin_rebound(n):
    real_max = builtins.max
    total = 0
    try:
        for i in range(n):
            bump()
            if i == n // 2:
                builtins.max = lambda a, b: -1
            total += max(i, 1)
    finally:
        builtins.max = real_max
    return total


def via_non_str_key(n):
    g = globals()
    total = 0
    for i in range(n):
        bump()
        if i == n // 2:
            g[12345] = "not a name"
            g["double"] = lambda x: 42
        total += double(i)
    del g[12345]
    return total


def same_value_rebinding(n):
    # Rebinding a global to the object it already has changes nothing a trace relies on.
    global double
    d = double
    total = 0
    for i in range(n):
        bump()
        double = d
        total += double(i)
    return total


step = 1


def loads_what_it_stores(n):
    # The trace stores the global it reads: every iteration must see the new value.
    global step
    step = 1
    total = 0
    for i in range(n):
        total += step
        step = step + 1 if i % 3 else step * 2 % 1000
    return total


def rebinder():
    global step
    step = 100


def rebound_by_a_callee(n):
    global step
    total = 0
    for i in range(n):
        step = i
        if i % 500 == 499:
            rebinder()
        total += step
    return total


class Rec:
    def __init__(self, v):
        self.v = v


rec = Rec(1)
five = 5


def same(r):
    return r


def replace_rec():
    global rec
    rec = Rec(3)


def writes_back(n):
    # rec = same(rec) stores the object rec holds: the trace may keep rec as a constant, and must
    # see the rebindings by a callee and by the loop itself.
    global rec
    total = 0
    for i in range(n):
        rec = same(rec)
        total += rec.v
        if i == n // 2:
            replace_rec()
        if i == 3 * n // 4:
            rec = Rec(7)
    return total


def stores_its_value(n):
    # five = 5 while five is 5 already; rebound from globals() half-way, then to 4 by the loop.
    global five
    total = 0
    for i in range(n):
        total += five
        if i == n // 2:
            globals()["five"] = 6
        else:
            five = 5 if i < 2 * n // 3 else 4
    return total


N = 3000
for f in (via_global_statement, via_globals_dict, via_del, via_exec, via_module_dict, via_pop_and_update,
          via_builtin_shadowed, via_builtin_rebound, via_non_str_key, same_value_rebinding,
          loads_what_it_stores, rebound_by_a_callee, writes_back, stores_its_value):
    double = lambda x: x * 2
    print(f.__name__, f(N))
print("counter", counter, flag, last, scale, "abs" in globals(), 12345 in globals(), abs(-3), max(1, 2))
