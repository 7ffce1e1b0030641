# itertools: product, permutations, combinations (with replacement), groupby semantics.
from itertools import product, permutations, combinations, combinations_with_replacement, groupby


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(list(product("ab", [0, 1])), list(product(range(2), repeat=3))[:5], list(product()), list(product("ab", [])))
print(len(list(product("abc", "de", repeat=2))), list(product("a", repeat=0)))
show(lambda: product("ab", repeat=-1))
print(list(permutations("abc")), list(permutations("abcd", 2))[:7], list(permutations("ab", 3)), list(permutations([], 0)))
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 3))), list(permutations("aab", 2)))
show(lambda: permutations("ab", -1))
show(lambda: permutations("ab", "x"))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)))
print(len(list(combinations(range(10), 4))), list(combinations_with_replacement("abc", 2)))
print(list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)), list(combinations_with_replacement("ab", 3)))
show(lambda: combinations("ab", -1))
show(lambda: combinations_with_replacement("ab", -1))
for name, pool in [("perm", "abcde"), ("comb", "abcde")]:
    for r in range(0, 7):
        if name == "perm":
            res = list(permutations(pool, r))
        else:
            res = list(combinations(pool, r))
        print(name, r, len(res), "".join(res[-1]) if res else "-", res == sorted(res))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3])])
print([(k, list(g)) for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda s: s[0])])
print([k for k, g in groupby("")], [(k, list(g)) for k, g in groupby([1.0, 1, True, 2])])
g = groupby("aaabbbcc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), next(g)[0])
g = groupby("aabb")
k, grp = next(g)
print(next(grp), k)
rest = list(g)
print([k for k, _ in rest], list(grp))
data = sorted([("b", 2), ("a", 1), ("b", 3), ("a", 4)])
for key, items in groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in items])
print(type(next(groupby("a"))[1]).__name__)
