# list, tuple, dict, set, frozenset, range and slice: methods, operators, views and errors.
a = [5, 3, 8, 1, 9, 2]
a.append(7); a.extend([0]); a.insert(2, 4); a.remove(8)
print(a, a.pop(), a.pop(0), a.index(9), a.count(3), len(a), a[::-1], a[1:4], a[-2:])
a.sort(); print(a); a.sort(reverse=True); print(a); a.reverse(); print(a)
words = ["pear", "Apple", "fig", "banana", "kiwi", "Date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
b = a.copy(); b[1:3] = [10, 11, 12]; del b[0]; b *= 2; print(b, b + [1], [0] * 3, a == a.copy(), [1, 2] < [1, 3], 3 in a)
b.clear(); print(b, list(range(3)), list("ab"), [[0] * 2 for _ in range(2)])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
t = (1, 2, 3, 2)
print(t, t.count(2), t.index(3), t[1:], t + (4,), t * 2, (1,), tuple("ab"), hash(t) == hash((1, 2, 3, 2)), (1, 2) < (1, 2, 0))
d = {"b": 1, "a": 2}
d["c"] = 3; d.update(x=9); d.update([("y", 8)])
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), d.get("z"), d.get("z", 0), d.setdefault("b", 5), d.setdefault("n", 6))
print(d.pop("x"), d.pop("zz", None), d.popitem(), d, len(d), "a" in d, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
print(d | {"q": 1}, {"a": 0} | d, d.keys() & {"a", "zz"}, sorted(d.keys() | {"new"}), sorted(d.keys() - {"a"}), d.items() & {("a", 2)})
d |= {"w": 0}; print(d, dict(zip("xy", [1, 2])), dict(a=1), {k: v for k, v in [(1, 2)]}, list(reversed(d)), d == dict(d))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
s = {3, 1, 2}
s.add(5); s.discard(9); s.remove(1)
print(sorted(s), s | {9}, s & {2, 3}, s - {2}, s ^ {3, 4}, s <= {2, 3, 5, 7}, s.issuperset({2}), s.isdisjoint({8}), len(s))
print(s.union([1], (0,)), s.intersection({2, 3}, {3}), s.difference({5}), s.symmetric_difference([2, 6]), s.copy() == s)
s.update([7]); s.intersection_update({2, 3, 7}); s.difference_update({7}); s.symmetric_difference_update({1}); print(sorted(s), s.pop() in {1, 2, 3})
f = frozenset([1, 2]); print(f, f | {3}, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset([1, 2])], frozenset(), set())
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
r = range(0, 20, 3)
print(r, list(r), r[2], r[-1], r[1:4], r[::-1], len(r), r.index(9), r.count(9), 9 in r, 10 in r, range(10 ** 20)[-1], len(range(10 ** 18)))
print(range(5) == range(0, 5), range(0) == range(2, 2), list(range(10, 0, -3)), reversed(range(3)).__class__.__name__, range(1, 10 ** 30, 7)[10 ** 20])
try:
    r.index(10)
except ValueError as e:
    print("ValueError:", e)
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4), [0, 1, 2, 3, 4][sl], slice(3))
print(list(enumerate("ab", 1)), list(zip([1, 2], "ab")), [x * x for x in range(5) if x % 2], {x % 3 for x in range(9)}, (lambda *a: a)(*[1, 2]))
