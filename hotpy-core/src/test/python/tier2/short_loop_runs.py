# Inner loops whose runs are a few iterations long for a while, then long, then short again:
# tier 2 parks such a loop's trace (tier 1 runs it) and tries it again later, so the trace is
# entered and left around phases where it changes hands. Every phase must give CPython's values.


def flips(perm):
    # fannkuch's pancake flips: short inner while loops over a list
    work = list(perm)
    n = 0
    first = work[0]
    while first != 0:
        lo = 0
        hi = first
        while lo < hi:
            work[lo], work[hi] = work[hi], work[lo]
            lo += 1
            hi -= 1
        n += 1
        first = work[0]
    return n


def escape_counts(rows, width):
    # mandelbrot-like: the inner loop's length depends on the data (short, then long, then short)
    total = 0
    hist = [0] * 5
    for py in range(rows):
        ci = 2.4 * py / rows - 1.2
        for px in range(width):
            cr = 3.2 * px / width - 2.2
            zr = zi = zr2 = zi2 = 0.0
            i = 0
            while i < 60 and zr2 + zi2 <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                zr2 = zr * zr
                zi2 = zi * zi
                i += 1
            total += i
            hist[i % 5] += 1
    return total, hist, round(zr, 6)


def bodies_like(steps):
    # nbody's `for b in bodies` loop: three iterations a run, every run
    bodies = [[1.0, 2.0, 0.5], [0.0, -1.0, 0.25], [3.0, 0.5, -0.125]]
    for s in range(steps):
        for b in bodies:
            b[0] += 0.01 * b[2]
            b[1] -= 0.01 * b[0]
        if s % 1000 == 0:
            bodies[s % 3][2] = -bodies[s % 3][2]
    return [[round(x, 9) for x in b] for b in bodies]


def phases(n):
    t = 0
    for j in range(n):
        k = 0
        m = 3 if j < n // 3 or j > 2 * n // 3 else 50
        while k < m:
            t += k ^ j
            k += 1
    return t


total = 0
perm = list(range(7))
for r in range(3000):
    perm = perm[1:] + perm[:1] if r % 2 else [perm[1], perm[0]] + perm[2:]
    if r % 7 == 0:
        perm = perm[3:] + perm[:3]
    total += flips(perm)
print("flips", total)
print("escape", escape_counts(60, 80))
print("bodies", bodies_like(30000))
print("phases", phases(30000))
