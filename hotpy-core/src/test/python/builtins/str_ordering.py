# str ordering is by code point. Java strings are UTF-16, where an astral character (a surrogate
# pair, 0xD800-0xDFFF) sorts below the BMP characters U+E000-U+FFFF; Python puts it above them.
# Lone surrogates are code points of their own and sort by value.
import functools

samples = [
    "", "a", "ab", "abc", "b", "B", "z", "\x7f", "\x80", "\xe9", "\xff", "\u0100", "\u20ac",
    "\ud7ff", "\ud800", "\udbff", "\udc00", "\udfff",          # lone surrogates
    "\ue000", "\uf8ff", "\uf900", "\ufeff", "\ufffd", "\uffff",  # private use and beyond
    "\U00010000", "\U0001f600", "\U000f0000", "\U0010ffff",    # astral (pairs in UTF-16)
    "a\U0001f600", "a\uffff", "a\ue000", "a\ud83d", "a\U00010000b", "a\U00010000",
    "\U0001f600a", "\U0001f600\uffff", "\U0001f600\U0001f601", "\uffff\U0001f600",
]


def order(x, y):
    return (x > y) - (x < y)


def naive(x, y):
    """Code-point order spelled out, as the oracle for every operator."""
    return order([ord(c) for c in x], [ord(c) for c in y])


mismatches = 0
for x in samples:
    for y in samples:
        want = naive(x, y)
        got = (order(x, y), (x >= y) - (x <= y), -order(y, x))
        if got != (want, want, want):
            mismatches += 1
            print("mismatch", ascii(x), ascii(y), got, want)
print("pairs", len(samples) ** 2, "mismatches", mismatches)

print(ascii(sorted(samples)))
print(ascii(sorted(samples, reverse=True)[:6]))
print(ascii(min(samples)), ascii(max(samples)))
print(ascii(sorted(samples, key=functools.cmp_to_key(naive))) == ascii(sorted(samples)))

# the same strings inside tuples (the three-way tuple order) and as sort keys
pairs = [(s, i) for i, s in enumerate(samples)]
print([i for s, i in sorted(pairs)])
print([i for s, i in sorted(pairs, key=lambda p: (p[0][-1:], p[0]))])
print([i for s, i in sorted(pairs, key=lambda p: (len(p[0]), p[0]))])


# a str subclass keeps its own comparison; exact strs compare directly
class Loud(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([Loud("bbb"), Loud("a"), Loud("cc")]))
print(Loud("zz") < "aaa", "zz" < Loud("aaa"))
print(sorted(["\U0001f600", Loud("\uffff"), "\ue000"]) == ["\ue000", "\uffff", "\U0001f600"])
