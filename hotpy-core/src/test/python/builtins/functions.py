# The builtin functions: eval/exec/compile with namespaces, sorted/min/max/sum, zip, iter, round,
# divmod, pow, format, vars, dir, getattr family, isinstance family, chr/ord, input and more.
g = {"x": 10}
l = {"y": 5}
print(eval("x + 1", g), eval("x * y", g, l), eval(compile("x - 1", "<s>", "eval"), g))
exec("z = x + y", g, l)
print(l["z"], "z" in g)
exec(compile("def f(a):\n    return a * 2\n", "<m>", "exec"), g)
print(g["f"](21), eval("[i * i for i in range(4)]"), eval("lambda q: q + 1")(1))
code = compile("1 +\\\n 2", "<x>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
try:
    compile("a b", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([(1, "b"), (1, "a")], key=lambda p: p[0]), sorted({}, key=len))
print(min(3, 1, 2), max([1, 5, 2]), min("ab", "c", key=len), max([], default="none"), min([], default=0), max(3, 7, key=lambda v: -v))
for bad in [lambda: min([]), lambda: max(), lambda: sum(["a"], ""), lambda: zip([1], [1, 2], strict=True).__next__() and list(zip([1], [1, 2], strict=True))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2, 3]), sum([[1], [2]], []), sum(range(101)), sum([0.1] * 3), sum([], 5), sum((x for x in range(4)), start=100))
print(list(zip("ab", [1, 2], (True, False))), list(zip()), list(zip([1, 2], strict=True)), list(map(pow, [2, 3], [3, 2])))
it = iter([1, 2, 3, 0, 4]).__next__
print(list(iter(it, 0)), next(iter([]), "dflt"), list(filter(None, [0, 1, "", "a"])), list(reversed([1, 2])), list(enumerate("xy")))
print(round(2.5), round(-0.5), round(3.14159, 3), round(10), round(1.25, 1), round(25, -1), round(35, -1), type(round(2.5)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(7, -1, 40), abs(-3.5), abs(-2 ** 70))
print(format(12.5, "08.2f"), format(255, "x"), format("s", ">3"), format(1234567, ","), format(True), format(None), format(3 + 4j, ".1f"))


class P:
    cls_attr = 1

    def __init__(self):
        self.a = 1
        self.b = 2


p = P()
print(vars(p), sorted(vars(P))[:3], [n for n in dir(p) if not n.startswith("__")], getattr(p, "a"), getattr(p, "zz", "d"), hasattr(p, "b"))
setattr(p, "c", 3); delattr(p, "a"); print(vars(p), isinstance(p, P), isinstance(1, (str, int)), issubclass(bool, int), callable(len), callable(1))
print(chr(65), ord("é"), chr(0x1F600) == "\U0001F600", bin(10), oct(10), hex(10), ascii("ü"), repr("é"), hash(1) == hash(1.0), id(p) == id(p))
print(all([]), any([]), all([1, 0]), any([0, 2]), len({1: 2}), bool(), int(), float(), str(), list(), tuple(), dict(), set(), frozenset())
print(type(1), type("a").__name__, type("T", (), {"v": 5})().v, object().__class__, isinstance(type, type), super, property, staticmethod)
print(globals()["P"] is P, "p" in locals(), __name__, __builtins__ is not None, type(NotImplemented).__name__, Ellipsis, ...)
print(list(map(lambda a, b: a + b, [1, 2], [3, 4])), bytes(range(3)), bytearray(2), memoryview(b"ab").tobytes(), slice(2), complex(1))
print(int("10", 2), float("1e3"), str(10), repr([1]), list(range(2, 10, 3)), next(iter("z")), iter([]).__class__.__name__)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    getattr(p, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
print(input("prompt? ") if False else "no input", open.__name__, print.__name__, __import__("math").pi, isinstance(print, type(len)))
print("sep", "end", sep="|", end="!\n")
print(*[1, 2, 3], sep=", ")
