# Int arithmetic chains in compiled code keep their intermediate results in longs;
# every result must still be what the interpreter gives: overflow into big ints,
# Python's floor division and modulo signs, shifts by large and negative counts,
# true division of ints, bools, and operands that stop being ints.


def matrix_entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def lcg(state, n):
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7fffffff
        out.append(state >> 8)
    return out


def grow(x, n):
    # doubles past 2**63 into big ints and back down through subtraction
    for _ in range(n):
        x = x * 3 - x
    return x, x - x * 2 + x


def signs(a, b):
    try:
        return ((a + 0) // (b + 0), (a * 1) % (b * 1), (a - 0) & (b - 0),
                (a + 0) | (b + 0), (a + 0) ^ (b + 0), (a + 0) >> (b + 0),
                (a * 1) / (b * 1), (a + 1) < (b - 1), (a * 2) == (b * 2))
    except (ZeroDivisionError, ValueError, TypeError) as e:
        return type(e).__name__, str(e)


def mixed(x, k):
    return 2 * (x * x) + k - (x * 0.5) * k, k * k // 3 * 1.5


cases = [(7, 2), (-7, 2), (7, -2), (-7, 70), (7, 0), (0, 5), (-2**63, -1),
         (2**62, 3), (2**53 + 1, 3), (2**53 + 1, 2**53 + 3), (True, 2), (7.5, 2),
         (2**70, 3), (-1, 64)]
for rnd in range(60):
    m = [matrix_entry(i, j) for i in range(0, 40, 7) for j in range(0, 40, 11)]
    r = lcg(rnd, 5)
    g = grow(7, 70)
    s = [signs(a, b) for a, b in cases]
    x = [mixed(1.5, 3), mixed(1.5, 2**60), mixed(2.0, 2**70), mixed(3, 4)]
    if rnd % 30 == 0:
        print(sum(m), m[:3], r)
        print(g)
        for line in s:
            print(line)
        print(x)
