# Subscripts of str (which have no specialised form) and dict displays, comprehensions and `del x[k]`
# in loops that tier 1 compiles before those instructions have run: the compiled code must give the
# interpreter's answers for str subclasses, negative, out-of-range and astral indices, and a name
# rebound to another type mid-loop.

S = "a\U0001F600b\u00e9c"


class Shouting(str):
    def __getitem__(self, i):
        return str.__getitem__(self, i).upper()


def late_subscripts(n, text):
    out = []
    for i in range(n):
        if i >= 100:
            out.append(text[i % len(text)])
            out.append(text[-1 - i % len(text)])
    return "".join(out[:12]), len(out)


print(late_subscripts(160, S))
print(late_subscripts(160, Shouting("abcde")))
print(late_subscripts(160, ("x", "y", "z")))


def out_of_range(n, text):
    caught = []
    for i in range(n):
        if i >= 100:
            try:
                caught.append(text[i - 97])
            except IndexError as e:
                caught.append(str(e))
            try:
                caught.append(text[-i])
            except IndexError as e:
                caught.append(type(e).__name__)
    return caught[:4], caught[-2:], len(caught)


print(out_of_range(110, S))


def rebinding(n):
    seq = "hello"
    got = []
    for i in range(n):
        if i >= 100:
            got.append(seq[i % 3])
        if i == 120:
            seq = [10, 20, 30]
        if i == 140:
            seq = {0: "zero", 1: "one", 2: "two"}
        if i == 160:
            seq = "\U0001F600\U0001F601\U0001F602"
    return got[18:24], got[38:44], got[58:64], got[-3:]


print(rebinding(190))


def bad_index(n):
    errors = []
    for i in range(n):
        if i >= 100:
            try:
                "abc"[1.0 if i % 2 else "1"]
            except TypeError as e:
                errors.append(str(e))
    return errors[:2], len(errors)


print(bad_index(104))


def displays(n):
    last = None
    window = list(range(4))
    total = 0
    for i in range(n):
        seen = {}
        for w in ("a", "b", "a"):
            seen[w] = seen.get(w, 0) + i
        pair = {"i": i, i: "i"}
        squares = [j * j for j in range(i % 5)]
        window.append(i)
        del window[0]
        total += len(seen) + len(pair) + sum(squares)
        last = (seen, pair, squares)
    try:
        del window[99]
    except IndexError as e:
        last = last + (str(e),)
    return last, window, total


print(displays(200))
