# int(x), float(x), str(x) and range(...) called on the exact classes, in loops so that the call
# sites specialise and run compiled: the results, errors and subclass behaviour of the generic call.


class Celsius(float):
    pass


class Count(int):
    def __repr__(self):
        return "Count(%d)" % int(self)


class Name(str):
    pass


class WithInt:
    def __repr__(self):
        return "WithInt()"

    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def __index__(self):
        return 7

    def __str__(self):
        return "with-str"


class BadInt:
    def __repr__(self):
        return "BadInt()"

    def __int__(self):
        return "not an int"


def convert(values):
    out = []
    for v in values:
        for conv in (int, float, str):
            try:
                r = conv(v)
                out.append("%s(%r) = %r %s" % (conv.__name__, v, r, type(r).__name__))
            except Exception as e:
                out.append("%s(%r) raises %s: %s" % (conv.__name__, v, type(e).__name__, e))
    return out


values = [0, -7, 2**70, True, 3.75, -0.5, 1e300, float("inf"), float("nan"), "12", " 1_000 ",
          "3.5", "x", "", b"9", Celsius(1.5), Count(3), Name("5"), WithInt(), BadInt()]
for _ in range(3):
    lines = convert(values)
print("\n".join(lines))

total = 0
for i in range(2000):
    total += int(float(i) * 0.5) + len(str(i)) + int(str(i % 10))
print(total)

# identity where CPython keeps it: int and str of their exact selves
n = 10**30
s = "text"
for _ in range(20):
    same = (int(n) is n, str(s) is s, type(int(Count(4))).__name__, type(float(Celsius(2.0))).__name__,
            type(str(Name("a"))).__name__)
print(same)


def ranges(args_list):
    out = []
    for args in args_list:
        try:
            r = range(*args)
            out.append("%r len %d %r" % (r, len(r), list(r[:4])))
        except Exception as e:
            out.append("range%r raises %s: %s" % (args, type(e).__name__, e))
    return out


args_list = [(5,), (2, 9), (9, 2, -3), (0,), (-3,), (1, 10, 0), (2**62,), (2**70, 2**70 + 3),
             (True, 4), (Count(2), 5), (1.5,), ("3",), (), (1, 2, 3, 4), (WithInt(),)]
for _ in range(12):
    lines = ranges(args_list)
print("\n".join(lines))

# keywords take the generic call
print(int("ff", base=16), int(x="12") if False else int("12", 10), str(object=5), str(b"ab", "ascii"))
try:
    float(x=1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    range(stop=3)
except TypeError as e:
    print("TypeError:", e)
