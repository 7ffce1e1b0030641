# Outer loops whose bodies hold short inner loops, global stores and calls: the outer loop's
# trace is cut at the inner loop (or not installed at all when it would pay for nothing but
# deoptimisations); whatever tier 2 decides, the answers must be CPython's. Inner loops with
# constant and varying trip counts, breaks, exceptions raised inside them, generators.

glob_a = 0
glob_b = ''
glob_c = []


def store(x):
    global glob_a, glob_b
    glob_a = x
    glob_b = 'AB'[x & 1]


def check(c, wanted):
    return c == wanted


def pystone_like(loops):
    """pystone's main loop shape: calls and global stores, then inner loops of 1 and 2 turns."""
    global glob_c
    int1 = int2 = int3 = 0
    enum = 0
    i = 0
    while i < loops:
        store(i)
        store(i + 1)
        int1 = 2
        int2 = 3
        while int1 < int2:
            int3 = 5 * int1 - int2
            int1 = int1 + 1
        ch = 'A'
        while ch <= glob_b:
            if check(ch, 'B'):
                enum += 1
            ch = chr(ord(ch) + 1)
        int2 = int3 * int1 - i % 7
        i += 1
    glob_c = [int1, int2, int3]
    return int1, int2, int3, enum, glob_a, glob_b


def varying_trips(n):
    """The inner loop's trip count changes with the data (0 to 4 turns, then long runs)."""
    total = 0
    i = 0
    while i < n:
        k = 0
        limit = (i * 7) % 5 if i < n // 2 else 30 + i % 3
        while k < limit:
            total += k * i
            k += 1
        store(total & 255)
        i += 1
    return total


def inner_break(n):
    total = 0
    for i in range(n):
        j = 0
        while True:
            j += 1
            if j * j > i % 50:
                break
            total += j
        total ^= i
    return total


def inner_raises(n):
    caught = 0
    total = 0
    for i in range(n):
        k = 0
        try:
            while k < 3:
                if i % 97 == 0 and k == 1:
                    raise ValueError(i)
                total += 10 // (3 - k)
                k += 1
        except ValueError as e:
            caught += e.args[0]
        store(k)
    return caught, total


def gen(n):
    k = 0
    while k < n:
        yield k
        k += 1


def inner_generator(n):
    total = 0
    i = 0
    while i < n:
        for v in gen(i % 4):
            total += v * i
        store(i)
        i += 1
    return total


print(pystone_like(20000))
print(glob_c)
print(varying_trips(6000))
print(inner_break(20000))
print(inner_raises(20000))
print(inner_generator(20000))
print(glob_a, glob_b)
