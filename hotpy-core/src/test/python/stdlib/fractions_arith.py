# fractions: arithmetic with ints, floats, complexes; comparisons; hashing; rounding.
from fractions import Fraction as F
import math


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), a ** 2, b ** -2, a ** 0)
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a, 7 // a, a // 1, 7 % b, b % 1)
print(a + 1.0, 1.0 + a, a * 0.5, 0.5 / a, a + 1j, 1j * a, a ** 0.5, 2 ** F(1, 2), F(4, 9) ** F(1, 2), F(8) ** F(1, 3))
print(F(2, 3) ** -2, F(-2, 3) ** -3, F(-2, 3) ** 3, 2 ** F(3), 2 ** F(-1), F(1, 2) ** F(2), (-8) ** F(1, 3))
print(F(7, 2) % -1, F(-7, 2) % 1, divmod(F(-7, 2), 2), F(7, 3) // 1.5, F(7, 3) % 1.5, divmod(F(7, 3), 0.5))
for bad in [lambda: a / 0, lambda: a // 0, lambda: a % 0, lambda: F(0) ** -1, lambda: divmod(a, 0), lambda: a + "x",
            lambda: 1 / F(0), lambda: a < "x", lambda: F(0) ** -2]:
    show(bad)
print(a < b, a <= b, a > b, a >= b, a == F(2, 6), a != b, a == 1 / 3, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j)
print(F(1, 3) < 0.34, F(1, 3) > 0.3, F(1, 3) == float("nan"), F(1, 3) < float("inf"), F(1, 3) > float("-inf"),
      F(3, 4) >= 0.75, F(3, 4) <= 0.75, F(2) == 2, 2 == F(2), F(1) == True, sorted([F(1, 2), 0.4, 1, F(1, 3)]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), hash(F(1, 3)) == hash(F(2, 6)),
      hash(F(10 ** 30)) == hash(10 ** 30), hash(F(1, 2 ** 61 - 1)) == hash(F(1, 2 ** 61 - 1)), {F(1, 2): 1}[0.5])
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(-7, 2)), round(F(1234, 1000), 2),
      round(F(1235, 1000), 2), round(F(12345, 1), -2), round(F(1, 3), 0), type(round(F(5, 2))).__name__)
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), int(F(7, 2)), math.floor(F(7, 2)))
print(sum([F(1, n) for n in range(1, 11)]), math.fsum([F(1, 3)] * 3), F(10 ** 20, 3) * 3, F(1, 10) * 10 == 1)
h = F(0)
for i in range(1, 30):
    h += F(1, i * i)
print(h.denominator.bit_length(), float(h), h > F(16, 10))
print(max(F(1, 3), F(1, 4)), min([F(5, 2), 2.4, 3]), abs(F(-3, 2)), complex(F(1, 2)), float(F(1, 3)), F(1, 3).real, F(1, 3).imag, F(1, 3).conjugate())
print(F(2, 3).__floor__(), F(2, 3).__ceil__(), F(2, 3).__trunc__(), F(2, 3).__round__(), F(3, 2).__round__(1))
