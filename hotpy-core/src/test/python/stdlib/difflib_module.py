# difflib: SequenceMatcher, get_close_matches, ndiff/Differ, unified/context diffs, restore.
import difflib
from difflib import SequenceMatcher


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes(), s.find_longest_match(0, 29, 0, 38))
s.set_seqs("qabxcd", "abycdf")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}".format(tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
print(list(SequenceMatcher(None, list(range(20)), list(range(3, 25))).get_grouped_opcodes(2)))
print(SequenceMatcher(None, "", "").ratio(), SequenceMatcher(None, "abc", "").get_opcodes(), SequenceMatcher(None, [1, 2], (1, 2)).ratio())
big = ["x"] * 300 + ["y"]
sm = SequenceMatcher(None, big, ["y"] + ["x"] * 300)
print(sorted(sm.bpopular), sm.get_opcodes()[:2], SequenceMatcher(None, big, big[::-1], autojunk=False).get_opcodes()[:2])
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "wheat", "heel", "wheeze"], n=2, cutoff=0.5))
print(difflib.get_close_matches("x", []), difflib.get_close_matches("accept", ["access", "except", "accent"], cutoff=0.7))
show(lambda: difflib.get_close_matches("x", ["y"], n=0))
show(lambda: difflib.get_close_matches("x", ["y"], cutoff=2))
a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n".splitlines(keepends=True)
b = "zero\none\ntree\nfour\nfive\nsix\nseven and a half\neight\n".splitlines(keepends=True)
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt", fromfiledate="2024-01-01", n=1)), end="")
print("".join(difflib.context_diff(a, b, fromfile="before.txt", tofile="after.txt")), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")), list(difflib.unified_diff(a, a)))
delta = list(difflib.ndiff(a, b))
print("".join(difflib.restore(delta, 1)) == "".join(a), "".join(difflib.restore(delta, 2)) == "".join(b))
show(lambda: list(difflib.restore(delta, 3)))
d = difflib.Differ()
print(list(d.compare(["1. Beautiful is better than ugly.\n", "2. Explicit is better than implicit.\n"],
                     ["1. Beautiful is better than ugly.\n", "2. Explicit is better than  implicit.\n", "3. Simple\n"])))
print(list(difflib.ndiff(["abcDefghiJkl\n"], ["jkl\n", "abcdefGhijkl\n"])))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\n"], [b"a\n", b"c\n"], b"x", b"y")))
show(lambda: list(difflib.unified_diff([1], ["a"])))
show(lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=1)))
print(difflib.Match(1, 2, 3), SequenceMatcher[str])
