# Tier 2's selective mode (the command line's default, -X trace=auto) traces only innermost loops
# with numeric bodies that turn often per entry. These loops qualify, and then meet what makes a
# trace leave: operand types changing mid-loop, ints overflowing into big ints, the small function
# they call rebound as a global, an exception raised in that function, a float turning into NaN.
# Each loop turns some thousands of times, as a probe watches 1024 turns before it is recorded.


def scale(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def row_sum(i, n):
    acc = 0.0
    for j in range(n):
        acc += scale(i, j) * (j + 1)
    return acc


def polynomial(x, n):
    # x switches from int to float at k == n // 2, and the int values grow past 2**63
    total = 0
    k = 0
    while k < n:
        total = total * 3 + x
        if k == n // 2:
            x = x + 0.5
            total = total % 1000003
        k += 1
    return total


def halve(i, j):
    return (i - j) / 2


def rebinding(n):
    global scale
    acc = 0.0
    old = scale
    for j in range(n):
        if j == n - 400:
            scale = halve
        acc += scale(j, 3)
    scale = old
    return acc


def divide(i, j):
    return i // (j - 9000)


def raising(n):
    acc = 0
    try:
        for j in range(n):
            acc += divide(j * 7, j)
    except ZeroDivisionError as e:
        return acc, j, str(e)
    return acc, None


def escape_time(cr, ci, limit):
    zr = zi = 0.0
    i = 0
    while i < limit and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        i += 1
    return i


def nan_loop(n):
    x = 1e300
    count = 0
    for k in range(n):
        x = x * 10.0 - x
        if x != x:
            count += 1
    return count, x


def main():
    print([round(row_sum(i, 6000), 9) for i in range(4)])
    print(polynomial(7, 12000) % 1000000007, polynomial(2, 120))
    print(round(rebinding(12000), 6))
    print(raising(12000))
    print(sum(escape_time(x / 40.0 - 2.0, y / 40.0 - 1.0, 1000) for x in range(60) for y in range(40)))
    print(nan_loop(12000))


main()
