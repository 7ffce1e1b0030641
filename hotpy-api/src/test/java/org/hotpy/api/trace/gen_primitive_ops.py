#!/usr/bin/env python3
"""Writes primitive_ops.csv: expected results of the typed primitives, computed by CPython.

Run from this directory: python3 gen_primitive_ops.py > primitive_ops.csv
Each row: op, a, b, result ("fail" when the trace op must exit: an exception in Python, or a
result outside 64 bits for the int ops). Floats are written with repr() and read back exactly.
"""
import itertools

MIN, MAX = -2**63, 2**63 - 1
ints = [0, 1, -1, 2, -2, 3, 7, -7, 10, -10, 2**31, 2**53, 2**53 + 1, -2**53 - 1, 2**62, MAX, MIN, MAX - 1, MIN + 1, 63, 64, 65]
floats = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 7.25, -7.25, 1e300, -1e-300, 1e16, float('inf'), float('-inf'), float('nan')]


def fits(r):
    return MIN <= r <= MAX


def int_row(op, f, a, b):
    try:
        r = f(a, b)
    except (ZeroDivisionError, ValueError, OverflowError):
        return f"{op},{a},{b},fail"
    if isinstance(r, int) and not fits(r):
        return f"{op},{a},{b},fail"
    if isinstance(r, float):
        return f"{op},{a},{b},{r!r}"
    return f"{op},{a},{b},{r}"


def float_row(op, f, a, b):
    try:
        r = f(a, b)
    except ZeroDivisionError:
        return f"{op},{a!r},{b!r},fail"
    return f"{op},{a!r},{b!r},{r!r}"


int_ops = {
    "int_add_ovf": lambda a, b: a + b,
    "int_sub_ovf": lambda a, b: a - b,
    "int_mul_ovf": lambda a, b: a * b,
    "int_floordiv": lambda a, b: a // b,
    "int_mod": lambda a, b: a % b,
    "int_lshift_ovf": lambda a, b: a << b if b < 200 else (_ for _ in ()).throw(OverflowError) if a else 0,
    "int_rshift": lambda a, b: a >> b,
    "int_and": lambda a, b: a & b,
    "int_or": lambda a, b: a | b,
    "int_xor": lambda a, b: a ^ b,
}
float_ops = {
    "float_add": lambda a, b: a + b,
    "float_sub": lambda a, b: a - b,
    "float_mul": lambda a, b: a * b,
    "float_truediv": lambda a, b: a / b,
    "float_floordiv": lambda a, b: a // b,
    "float_mod": lambda a, b: a % b,
}

print("op,a,b,result")
for name, f in int_ops.items():
    for a, b in itertools.product(ints, ints):
        print(int_row(name, f, a, b))
small = [0, 1, -1, 3, -7, 10, 2**53, -2**53, 2**53 + 1, MAX]
for a, b in itertools.product(small, small):
    # int_truediv exits for operands beyond 2**53 even where Python succeeds: tier 1 rounds those exactly.
    if abs(a) > 2**53 or abs(b) > 2**53:
        print(f"int_truediv,{a},{b},fail")
    else:
        print(int_row("int_truediv", lambda x, y: x / y, a, b))
for name, f in float_ops.items():
    for a, b in itertools.product(floats, floats):
        print(float_row(name, f, a, b))
