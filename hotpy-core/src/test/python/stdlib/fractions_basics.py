# fractions.Fraction: construction, parsing, normalization, errors.
from fractions import Fraction as F
import fractions


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for args in [(), (3,), (6, 4), (-6, 4), (6, -4), (-6, -4), (0, 5), (F(1, 2), F(1, 3)), (F(3, 4),), (1.5,),
             (-0.1,), (True,), (False, 3), (10 ** 30, 10 ** 20), (2 ** 70, 3 ** 40)]:
    show(lambda: F(*args))
for s in ["3/4", " -3/4 ", "+7", "1_000/3", "1.5e-2", ".5", "5.", "-2.50", "1e3", "1E-3", "0/5", "007", "3.1_4",
          "1/-2", "1 / 2", "abc", "", " ", "1/", "/2", "1.2.3", "1_", "_1", "1__0", "1e", "e5", "--1", "1/0", "0x10",
          "١٢/٣", "nan", "inf", "1.5/2", "2e+2", "1_0.2_5e1_0"]:
    show(lambda: F(s))
for bad in [lambda: F(1, 0), lambda: F(1.5, 2), lambda: F([]), lambda: F(float("nan")), lambda: F(float("inf")),
            lambda: F(1, 2.0), lambda: F("1", 2), lambda: F(None)]:
    show(bad)
x = F(3, 4)
print(x.numerator, x.denominator, x.as_integer_ratio(), str(x), repr(x), str(F(4, 2)), str(F(-1, 3)))
show(lambda: setattr(x, "numerator", 5))
print(F.from_float(0.1), F.from_float(1), F.from_float(-2.5), F.from_float(1e-300).denominator.bit_length())
show(lambda: F.from_float("x"))
show(lambda: F.from_float(float("nan")))
show(lambda: F.from_decimal("1.5"))
print(F.from_decimal(3))
print(F(3.14159).limit_denominator(1000), F("3.141592653589793").limit_denominator(10), F(1, 3).limit_denominator(),
      F(7, 3).limit_denominator(2), F(-7, 3).limit_denominator(2), F(5, 10).limit_denominator(1), F(2 ** 60 + 1, 2 ** 60).limit_denominator(100))
show(lambda: F(1, 3).limit_denominator(0))
for v in [F(22, 7), F(-1, 2), F(0)]:
    print(v, bool(v), int(v), float(v), abs(v), -v, +v, v.numerator)
print(fractions.__all__, isinstance(F(1), fractions.Fraction), F(1, 2) is not F(1, 2))
import copy
import numbers
a = F(5, 7)
print(copy.copy(a) is a, copy.deepcopy(a) is a, a.__reduce__(), isinstance(a, numbers.Rational), isinstance(a, numbers.Real))


class MyF(F):
    pass


m = MyF(1, 2)
print(repr(m), type(m + 1).__name__, type(copy.copy(m)).__name__, copy.copy(m) == m)
