# Large sorts (the sort compares order-preserving prefixes of the keys first): str keys by
# characters and by rank (few distinct), non-BMP characters, lone surrogates, U+E000..U+FFFF,
# strings that are prefixes of others, ints over the whole range, tuples of ints and strs (the
# wordfreq shape (-count, (a, b))), tuples of several lengths, columns of mixed types (which must
# still raise TypeError when reached, and only then), floats and NaN, bools, big ints, stability
# with reverse, and keys whose __lt__ mutates the list.
import random

rng = random.Random(2024)
POINTS = ["\x00", "a", "b", "z", "\xff", "\u0100", "\ud7ff", "\ud800", "\udbff", "\udc00",
          "\udfff", "\ue000", "\ufffd", "\ufffe", "\uffff", "\U00010000", "\U0001f600", "\U0010ffff"]


def rstr(maxlen, alphabet):
    s = ""
    for _ in range(rng.randrange(maxlen + 1)):
        c = rng.choice(alphabet)
        # a high surrogate followed by a low one would be one character in some implementations
        if s and "\ud800" <= s[-1] <= "\udbff" and "\udc00" <= c <= "\udfff":
            c = "a"
        s += c
    return s


def digest(label, out):
    # over the values' reprs (not identities, which small ints and strs share differently)
    h = 0
    for ch in ascii(out):
        h = (h * 31 + ord(ch)) % 1000000007
    print(label, len(out), ascii(out[:3]), ascii(out[-2:]), h)


def check(label, data, **kw):
    out = sorted(data, **kw)
    digest(label, out)
    for i in range(len(out) - 1):
        a = out[i] if "key" not in kw else kw["key"](out[i])
        b = out[i + 1] if "key" not in kw else kw["key"](out[i + 1])
        if kw.get("reverse"):
            a, b = b, a
        assert not (b < a), (label, i)


check("str chars", [rstr(5, POINTS) for _ in range(2000)])
check("str prefixes", [rstr(3, ["a", "b", "\x00"]) for _ in range(2000)])
check("str high", [rstr(4, ["\ue000", "\U00010000", "\ud800", "\uffff", "\udc00"]) for _ in range(500)])
few = [rstr(4, POINTS) for _ in range(30)]
check("str ranks", [few[rng.randrange(30)] + "" for _ in range(3000)])
check("str ranks reverse", [few[rng.randrange(30)] for _ in range(3000)], reverse=True)
check("ints", [rng.randrange(-1000, 1000) for _ in range(3000)])
check("ints wide", [rng.randrange(-2 ** 63, 2 ** 63) for _ in range(3000)])
check("ints and big", [rng.randrange(-2 ** 70, 2 ** 70) for _ in range(3000)])
check("bools and ints", [rng.choice([True, False, 0, 1, 2]) for _ in range(500)])
check("floats", [rng.choice([1.5, -0.0, 0.0, 2.0, float("inf")]) for _ in range(500)])

words = ["%s%s" % (rng.choice(["ka", "lo", "mi", "\u00e9", "\U0001f600"]), rng.choice(["", "x", "yy"]))
         for _ in range(40)]
counts = {}
for _ in range(20000):
    key = (rng.choice(words), rng.choice(words))
    counts[key] = counts.get(key, 0) + 1
items = list(counts.items())
check("bigrams", items, key=lambda item: (-item[1], item[0]))
check("bigrams reverse", items, key=lambda item: (-item[1], item[0]), reverse=True)
check("by count only (stable)", items, key=lambda item: -item[1])
check("by word only (stable)", items, key=lambda item: item[0][1])
check("last use", [(rng.randrange(50), rng.choice(words)) for _ in range(1000)])
check("str then int", [(rng.choice(words), rng.randrange(-5, 5)) for _ in range(1000)])
check("lengths", [tuple(rng.choice(["a", "b", ""]) for _ in range(rng.randrange(7))) for _ in range(1000)])
check("nested", [((rng.randrange(3), (rng.choice("ab"), rng.randrange(3))), rng.choice("xy"))
                 for _ in range(1000)])
check("wide tuples", [tuple(rng.randrange(2) for _ in range(8)) for _ in range(1000)])
check("int then float", [(rng.randrange(5), rng.choice([1.0, 2.0, -0.0, 0.0])) for _ in range(500)])
nan = float("nan")
check("int then nan", [(i // 10, nan) for i in range(100)])
check("int then mixed", [(i, "a" if i % 2 else 3) for i in range(200)])

# a mixed column raises only when the items before it are equal
for data in ([(1, "a")] * 20 + [(1, 2)] * 20, [(i % 3, "s") for i in range(40)] + [(1, None)],
             [("k", 1)] * 40 + [("k", "x")], ["a"] * 40 + [1]):
    try:
        sorted(data)
        print("sorted", len(data))
    except TypeError as e:
        print("TypeError:", e)


class Mutating:
    def __init__(self, v, victim):
        self.v = v
        self.victim = victim

    def __lt__(self, other):
        self.victim.append(0)
        return self.v < other.v


victim = []
victim.extend(Mutating(rng.randrange(100), victim) for _ in range(100))
try:
    victim.sort()
except ValueError as e:
    print("ValueError:", e)
print(len(victim) >= 100)

# key functions returning str subclasses and int subclasses take the generic path
class S(str):
    pass


class I(int):
    pass


check("str subclass", [S(rstr(3, POINTS)) for _ in range(200)])
check("int subclass", [I(rng.randrange(100)) for _ in range(200)])
check("mixed str and subclass", [rstr(3, "ab") if i % 2 else S(rstr(3, "ab")) for i in range(200)])

# str order is code-point order, also where UTF-16 order differs
pairs = [("\U00010000", "\ue000"), ("\ud800", "\ue000"), ("\U00010000", "\ud800\ue000"),
         ("x\U0001f600", "x\uffff"), ("\udc00", "\U00010000"), ("ab", "abc"), ("", "\x00")]
for a, b in pairs:
    print(ascii(a), ascii(b), a < b, a <= b, a > b, a >= b, a == b, sorted([a, b]) == [a, b])
