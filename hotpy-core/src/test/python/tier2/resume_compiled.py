# Traces left in the middle of a function or a loop: the frame goes on in tier 1's compiled code
# at the exit's instruction (each such pc becomes an entry of the code when it is compiled again)
# with the values the exit left on the stack, inside the try blocks it was in, with keyword names
# pending; and an inlined callee's frame goes on in its own compiled code. The data changes
# part-way (ints become floats, a subclass appears), so guards fail at many places. Also run with
# -X trace-threshold=1 -X compile-threshold=1 by .ci/differential.


class P:
    def __init__(self, x):
        self.x = x

    def size(self):
        return self.x * 2


class Q(P):
    def size(self):
        return -self.x


def mid_expression(a, b, i):
    # a guard on b fails with a, a + 1 and a product already on the stack
    return [a, a + 1, (a * 3) + (b * 2) - (i % 5), a - 1]


def in_try(objs, i):
    total = 0
    try:
        for o in objs:
            total += o.size()
        if i % 97 == 96:
            raise ValueError(i)
    except ValueError as e:
        total = -int(str(e))
    finally:
        total += 1
    return total


def inner(v, k):
    if k > 400:
        return v * 1.5
    return v + k


def outer(n):
    s = 0
    for k in range(n):
        s += inner(k, k)
    return s


def kw(a, b=0, *, c=1):
    return a * 100 + b * 10 + c


def kw2(a, b=5, *, c=2):
    return -(a * 100 + b * 10 + c)


def keyword_exit(fn, i):
    return fn(i, c=i % 3) + len(str(i))


def loop_exit(n):
    total = 0
    for i in range(n):
        j = 0
        while j < 8:
            total += j * i
            if i > 300 and j == 5:
                total ^= 1
            j += 1
        total %= 1000003
    return total


def unpack_exit(pairs):
    out = 0
    for p in pairs:
        a, b = p
        out += a * b if a < 50 else a - b
    return out


results = []
objs = [P(1), P(2), P(3)]
for i in range(1500):
    b = i if i < 700 else i * 0.5
    results.append(sum(mid_expression(i, b, i)))
    if i == 900:
        objs.append(Q(7))
    results.append(in_try(objs, i))
    results.append(keyword_exit(kw if i % 5 else kw2, i))
    results.append(unpack_exit([(k, i % 7) for k in range(i % 60)]))
print(results[:10])
print(results[-10:])
print(sum(results))
print(outer(1000), outer(300))
print(loop_exit(1000))
