# Set iteration order matches CPython 3.11's: it follows from how each operation fills the
# hash table (set_merge's up-front resize and clean inserts, set_intersection's choice of the
# set it walks, difference_update's final resize, pop's finger, constant set displays compiled
# to a frozenset constant). Ints, floats and tuples of ints hash alike in both, so their order
# can be compared.

# union, update and copies of a set whose table is larger than a fresh copy's
print(list(frozenset(range(-40, 40, 8)) | set(range(3, 300, 37))))
s = set(range(0, 100, 7))
print(list(s.copy()), list(set(s)), list(frozenset(s)), list(s | s))
u = set(range(5))
u.update(range(300, 900, 64), {-8, -16})
print(list(u))
u |= frozenset(range(1000, 1100, 9))
print(list(u))

# a dict's keys are added after one resize
d = dict.fromkeys(range(50, 0, -3))
print(list(set(d)), list(d.keys() | {1000}), list({1000} | d.keys()))
print(list(d.keys() & set(range(10, 30))), list(d.keys() - {2}), list(d.keys() ^ {2, 3}))

# intersection walks the smaller set (the argument when the sizes are equal)
a = set(range(0, 64, 4))
b = set(range(0, 128, 8))
print(list(a & b), list(b & a), list(a.intersection(range(60, -1, -4))))
a &= set(range(16, 200, 2))
print(list(a))

# difference and difference_update: the dummies are resized away at the end
s = set(range(40))
s -= set(range(0, 40, 2))
print(list(s), list(s | {64, 128}))
print(list(set(range(100)).difference(range(10, 100)) | {256}))

# symmetric difference copies the other operand and updates the copy
print(list({1, 2, 3, 100} ^ set(range(60, 0, -7))), list(set(range(60, 0, -7)) ^ {1, 2, 3, 100}))
s = set(range(20))
s.symmetric_difference_update(dict.fromkeys(range(15, 40, 3)))
print(list(s))

# pop goes on from where the last pop stopped
s = set(range(20))
for i in range(5):
    s.pop()
s.add(100)
print(s.pop(), s.pop(), list(s))

# constant displays: a frozenset constant merged into the new set; for loops iterate the constant
print(list({-1, -2, 5, 13, 21, 29, 37, 45}), list({7, 15}), list({(1, 2), (3, -4), (5, 6)}))
for x in {7, 15}:
    print(x, end=" ")
print([x for x in {-1, -2, 5, 13, 21, 29, 37, 45}])

# a pseudo-random mix of all the operations (no random module: an LCG)
state = 12345


def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return (state >> 33) % n


def elem():
    k = rnd(8)
    if k < 4:
        return rnd(200) - 60
    if k == 4:
        return (rnd(20), rnd(5))
    if k == 5:
        return rnd(100) / 4
    if k == 6:
        return -rnd(2 ** 62) * 8
    return rnd(64) * 8


def base():
    items = [elem() for _ in range(rnd(40) if rnd(4) else rnd(300))]
    s = set(items)
    for x in items[::3]:
        s.discard(x)
    for x in items[::5]:
        s.add(x)
    return s


def op(a, b):
    k = rnd(16)
    if k == 0: return a | b
    if k == 1: return a & b
    if k == 2: return a - b
    if k == 3: return a ^ b
    if k == 4: return a.union(b, list(b)[:3])
    if k == 5: return a.intersection(list(b))
    if k == 6: return a.difference(list(b))
    if k == 7: return a.symmetric_difference(list(b))
    c = a.copy()
    if k == 8: c |= b
    if k == 9: c &= b
    if k == 10: c -= b
    if k == 11: c ^= b
    if k == 12: c.intersection_update(b, list(a))
    if k == 13: c.difference_update(list(b), a & b)
    if k == 14:
        for _ in range(min(len(c), rnd(6))):
            c.pop()
        c.update(list(b)[:4])
    if k == 15: return {*a, *b}
    return c


sets = [base() for _ in range(6)]
for i in range(120):
    r = op(sets[rnd(6)], sets[rnd(6)])
    print(i, list(r))
    sets[rnd(6)] = set(r) if len(r) < 500 else base()
