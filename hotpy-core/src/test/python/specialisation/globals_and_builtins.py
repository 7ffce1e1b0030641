# Global and builtin loads that specialise in a hot loop, then see the name rebound, shadowed,
# deleted or added mid-loop: every result must follow the current binding.


def scale(x):
    return x * 2


def use_global(n):
    out = []
    for i in range(n):
        out.append(scale(i))
        if i == 50:
            globals()["scale"] = lambda x: x * 3
        if i == 80:
            globals()["new_global_%d" % i] = i  # adds a key: the globals dict's keys change
    return out[48:53] + out[78:83] + out[-2:]


print(use_global(100))
COUNT = 0


def bump(n):
    global COUNT
    seen = []
    for i in range(n):
        COUNT += 1
        seen.append(COUNT)
        if i == 30:
            COUNT = 1000
    return seen[28:34]


print(bump(40), COUNT)


def builtin_shadow(n):
    out = []
    for i in range(n):
        out.append(len("abc"))
        if i == 20:
            globals()["len"] = lambda s: -1
        if i == 40:
            del globals()["len"]
    return out


r = builtin_shadow(60)
print(r[19:23], r[39:43], r[-1])
import builtins

original_abs = builtins.abs


def builtin_rebound(n):
    out = []
    for i in range(n):
        out.append(abs(-i))
        if i == 25:
            builtins.abs = lambda v: "patched"
    return out


try:
    r = builtin_rebound(40)
finally:
    builtins.abs = original_abs
print(r[24:28], abs(-5))


def missing_then_defined(n):
    out = []
    for i in range(n):
        try:
            out.append(later_defined)
        except NameError as e:
            out.append(str(e))
        if i == 15:
            globals()["later_defined"] = "now defined"
        if i == 30:
            del globals()["later_defined"]
    return out


r = missing_then_defined(40)
print(r[14:18], r[29:33])
import math


def module_attr(n):
    out = []
    for i in range(n):
        out.append(math.floor(i / 2))
        if i == 40:
            math.floor = lambda x: "patched floor"
    return out[39:43]


saved = math.floor
try:
    print(module_attr(50))
finally:
    math.floor = saved
print(math.floor(2.5))


def call_sites(n):
    out = []
    f = scale
    for i in range(n):
        out.append(f(i) if f is not len else f(as_seq(i)))
        if i == 20:
            f = lambda x, y=100: x + y
        if i == 40:
            f = len
        if i == 45:
            break
    return out[19:23], out[39:43], out[-1]


def as_seq(x):
    return [0] * x


scale = lambda x: x - 1
print(call_sites(100))
