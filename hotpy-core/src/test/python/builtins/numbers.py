# int, float, complex and bool: big-integer arithmetic, conversions, repr and rounding.
big = 3 ** 200
print(big, -big // 7, -big % 7, divmod(-big, 10 ** 30), pow(3, 10 ** 5, 10 ** 9 + 7), pow(2, -1, 7), pow(-3, 3))
print(big >> 100, (-big) >> 300, 1 << 100, big.bit_length(), (-1).bit_length(), (255).bit_count(), (-7) // 2, (-7) % 2, 7 // -2, 7 % -2)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\x01\x00", "big"))
print(int.from_bytes(b"\xff\xff", "little", signed=True), (6).as_integer_ratio(), (-5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate())
print(int("ff", 16), int("0x1F", 0), int("0b101", 0), int("  -42  "), int("1_000"), int("z", 36), int(3.99), int(-3.99), int(True), int("0o17", 8))
for bad in ["12a", "", "0x", "1__0", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for args in [("5", 1), ("5", 37)]:
    try:
        int(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(hex(255), oct(8), bin(-5), hex(-big)[:12], abs(-5), round(1234, -2), round(1250, -2), round(1350, -2), (10).__index__())
print(0.1 + 0.2, 1 / 3, 1e16, 1e22, 1.5e-7, 123456789012345678.0, 2.0 ** 0.5, float("inf"), float("-nan"), -0.0, 1e300 * 1e10)
print(repr(0.1), repr(1e-5), repr(5e-324), repr(1.7976931348623157e308), 100.0, 1e15, 1e16, 0.0001, 0.00001)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(0.125, 2), round(1234.5678, -2), round(1.5e300, -299), round(5.5, 0))
print((0.1).hex(), float.fromhex("0x1.999999999999ap-4"), float.fromhex("-0x1p-1074"), (3.0).is_integer(), (3.5).is_integer())
print((0.75).as_integer_ratio(), (-2.5).as_integer_ratio(), float("1_000.5"), float("  3.25 "), float(" -Infinity"), float(10 ** 20))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2), 2 ** -1, (-8) ** (1 / 3), 10 ** 0.5, 1.5.__trunc__())
for bad in [lambda: float("abc"), lambda: 1.0 / 0, lambda: 10.0 ** 400, lambda: float(10 ** 400), lambda: round(float("inf"))]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(complex(1, 2), complex("3-4j"), (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 4j), abs(3 + 4j), (1j) ** 2, (2 + 0j) ** 0.5, complex(-0.0, -0.0))
print((1 + 2j).conjugate(), (1 + 2j).real, (1 + 2j).imag, repr(1e20j), repr(-1j), 1j == complex(0, 1), hash(1 + 0j) == hash(1))
print(True + True, True * 10, False - 1, True & False, True | False, True ^ True, ~True, bool(0), bool("x"), bool([]), str(True), repr(False))
print(isinstance(True, int), True == 1, hash(True), int.__name__, bool.__mro__, 5 .__class__, (2 ** 63).__class__)
print(1 < 2.5 < 3, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 == 1e20, 0.5 == 1 / 2, float("nan") == float("nan"), max(1, 2.0), min(-0.0, 0.0))
print(format(big, ",")[:20], format(-255, "x"), format(255, "o"), format(10, "c"), format(1e100, ".3e"), format(2 ** 64, "_b")[:25])
print(sum([0.1] * 10), sum([1, 2, 3], 10), 10 / 4, 10 // 4, -10 // 4, 2 ** 100 / 2 ** 99, 2 ** 1000 // 3 ** 500, 1e308 + 1e308)
