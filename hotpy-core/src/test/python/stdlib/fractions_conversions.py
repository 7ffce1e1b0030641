# fractions: limit_denominator tables, string forms, hash consistency, sorting with mixed numbers.
from fractions import Fraction as F
import math

pi = F(math.pi)
print(pi, pi.numerator.bit_length(), [str(pi.limit_denominator(d)) for d in (1, 7, 10, 100, 113, 1000, 10 ** 5, 10 ** 7)])
e = F("2.718281828459045235360287")
print(e, [str(e.limit_denominator(d)) for d in (1, 2, 3, 10, 100, 1000)])
print([str(F(n, 7).limit_denominator(3)) for n in range(-8, 9)])
print([str(F(1, 3) + F(1, 6) * k) for k in range(5)], F(-7, 2) // 2, F(-7, 2) % 2)
for text in ["3.1415926535897932384626433832795028841971", "-0.000001e-5", "123456789012345678901234567890/3", "1e-30", "+0.50"]:
    v = F(text)
    print(text, v, float(v), str(v), repr(v), v.limit_denominator(1000))
same = True
for num in range(-30, 31):
    for den in (1, 2, 3, 4, 5, 8, 10, 16, 1024, 3 ** 10):
        f = F(num, den)
        if hash(f) != hash(F(num * 7, den * 7)):
            same = False
        if den in (1, 2, 4, 8, 16, 1024) and hash(f) != hash(num / den):
            same = False
print("hashes consistent:", same, hash(F(-1)) == hash(-1), hash(F(-2, 1)) == -2)
mixed = [F(1, 3), 0.25, 1, F(5, 4), 1.25, 0, -F(1, 2), True, 2 ** 60, F(2 ** 61, 2)]
print(sorted(mixed), max(mixed), min(mixed))
print(F(1, 3) == 0.3333333333333333, F(0.1) == 0.1, F(0.1) == F(1, 10), F(1, 10) < 0.1, F(1, 10) > 0.1)
print(round(F(2, 3), 3), round(F(-2, 3), 3), round(F(25, 2), -1), round(F(35, 2), -1), F(7, 3).__round__(0))
print(sum(F(1, 2 ** k) for k in range(1, 30)), F(3, 4) ** 3, F(9, 16) ** F(1, 2), F(-1, 8) ** 3)
print(F(1, 3) * 3 == 1, F(2) * 0.5, 0.5 * F(2), F(1, 2) + 1j, divmod(7, F(3, 2)), 7 % F(3, 2), 7 // F(3, 2))
