# Generated arithmetic (seed 3 of an int/float expression generator): twelve functions warmed
# up on values of one kind, so that their operators settle and compile unboxed, then called
# with big ints, bools, NaNs, infinities, signed zeros, zero divisors and mixed kinds. Every
# result must be CPython's.
def show(v):
    if isinstance(v, float): return repr(v)
    return repr(v)
def f0(a, b, c):
    try:
        t0 = (((c * c) + (a + -0.0)) >= (1 * (c ^ 2.0)))
        t1 = (((c // 2.0) + (t0 - t0)) - ((2**62 ^ 2**63) * (b * 7)))
        return show(((a + b) >= t0))
    except Exception as e:
        return type(e).__name__
def f1(a, b, c):
    try:
        t0 = 1
        return show(((a * a) * b))
    except Exception as e:
        return type(e).__name__
def f2(a, b, c):
    try:
        t0 = (((c - c) <= (c ^ -1)) - ((0.5 != c) >> (c < 7)))
        t1 = (((c > b) + (t0 ^ a)) + ((b ^ 2**62) + (2**62 < 1.5)))
        t2 = (((b / t1) * a) + ((t0 - t1) // (t0 + 7)))
        t3 = (3.0e300 * ((-1 + b) - 2**63))
        return show(((c / a) != (b * t3)))
    except Exception as e:
        return type(e).__name__
def f3(a, b, c):
    try:
        t0 = (a | 3.0e300)
        t1 = 1.5
        t2 = ((a != (a + a)) + ((t0 <= c) >= (t1 - t0)))
        t3 = (((1 * t0) * (b != c)) + (a != (t2 ^ t2)))
        return show(((t3 * a) - (a == t2)))
    except Exception as e:
        return type(e).__name__
def f4(a, b, c):
    try:
        t0 = a
        t1 = t0
        t2 = ((-0.0 | t1) * b)
        t3 = (((a * b) <= (2.0 * 3.0e300)) * ((t0 + 2**63) * (3 * b)))
        return show(b)
    except Exception as e:
        return type(e).__name__
def f5(a, b, c):
    try:
        t0 = (((b ^ c) - (c // c)) * c)
        t1 = (3.0e300 * ((2**62 * b) - (3 & a)))
        t2 = (((-1 ^ t0) * (c + t0)) - 2**63)
        return show((t2 < (2 * t2)))
    except Exception as e:
        return type(e).__name__
def f6(a, b, c):
    try:
        t0 = (((0.5 + -0.0) * (c * c)) > (2**62 // (2**62 // 7)))
        t1 = (((-0.0 % t0) % (b == c)) % 0.5)
        t2 = (((a + 7) - (7 + t0)) - ((b + b) * (t0 >> 2.0)))
        return show(((2**62 * t1) - 2))
    except Exception as e:
        return type(e).__name__
def f7(a, b, c):
    try:
        t0 = (0 - c)
        t1 = (((b - t0) + (c - 3)) >> 3.0e300)
        return show(((0 + b) * (b - 2.0)))
    except Exception as e:
        return type(e).__name__
def f8(a, b, c):
    try:
        t0 = (a != ((0.5 + 1.5) - (3.0e300 + b)))
        t1 = b
        t2 = t1
        t3 = (1.5 + ((1 - a) + (t0 | b)))
        return show(((t3 - 3.0e300) / (a | 2**62)))
    except Exception as e:
        return type(e).__name__
def f9(a, b, c):
    try:
        t0 = ((1 + a) != b)
        t1 = 1.5
        t2 = (((c - t0) >> c) - (2**63 - (0.5 - 1.5)))
        return show(1.5)
    except Exception as e:
        return type(e).__name__
def f10(a, b, c):
    try:
        t0 = (((c > 2) % (c * 1.5)) == ((a * b) * c))
        t1 = 3
        t2 = (b + t0)
        return show(((t1 + a) - (c + t0)))
    except Exception as e:
        return type(e).__name__
def f11(a, b, c):
    try:
        t0 = 7
        t1 = c
        t2 = (((a + b) - (a <= 0)) + 1)
        t3 = (((2**63 * t0) & (t0 != t1)) + (t2 + a))
        return show(((b - -1) & t0))
    except Exception as e:
        return type(e).__name__
SETTLE = [(0.5, 1.5, 1.5), (3.0, 2.25, 3.0), (2.25, 1.5, 3.0), (2.25, 3.0, 3.0), (-1.25, -1.25, 1.5), (2.25, 2.25, 2.25), (0.5, 3.0, 2.25), (2.25, 2.25, 1.5), (-1.25, 0.5, 0.5), (1.5, -1.25, 1.5)]
ALL = [(10**20, 0, 3), (1, 0, 2**31), (float('inf'), -2.5, -2.5), (10**20, 1, True), (3, 2**62, 0), (-2**63, float('nan'), 0.5), (1, 10**20, 2), (float('inf'), 2**64, -2**63), (2**62, True, float('nan')), (-2**63, 0.5, 1), (0, float('nan'), 1), (3, 2**62, 7), (float('nan'), -0.0, 0.5), (10**20, 7, -2**63), (0, 3, 1), (0, True, 1), (float('inf'), float('inf'), -0.0), (-0.0, float('nan'), -2.5), (-0.0, 3, 2**64), (3, -1, 7), (10**20, 2, float('nan')), (-2.5, float('inf'), float('inf')), (-2**63, -2**63, float('inf')), (2**64, -0.0, 7), (0.5, 7, -0.0)]
out = []
for rnd_ in range(40):
    for f in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11]:
        for a, b, c in (SETTLE if rnd_ < 39 else ALL + SETTLE):
            r = f(a, b, c)
            if rnd_ == 39: out.append(r)
print("\n".join(out))
