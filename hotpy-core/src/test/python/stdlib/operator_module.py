# operator: every function, attrgetter/itemgetter/methodcaller, in-place forms, length_hint.
import operator
from operator import attrgetter, itemgetter, methodcaller


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(operator.add(2, 3), operator.sub(2, 3), operator.mul("a", 3), operator.truediv(7, 2), operator.floordiv(-7, 2),
      operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3.5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.inv(5), operator.invert(0),
      operator.lshift(1, 10), operator.rshift(1024, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
show(lambda: operator.indexOf([1, 2], 3))
show(lambda: operator.concat(1, 2))
show(lambda: operator.concat([1], (2,)))
lst = [1, 2, 3]
operator.setitem(lst, 0, "x")
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.getitem("hello", slice(1, 3)))
print(operator.index(7), operator.index(True), type(operator.index(True)).__name__)
show(lambda: operator.index(1.5))
show(lambda: operator.index("3"))
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(5), operator.length_hint(5, 9))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


print(operator.length_hint(Hint(4)), operator.length_hint(Hint(NotImplemented), 3))
show(lambda: operator.length_hint(Hint(-1)))
show(lambda: operator.length_hint(Hint("x")))
show(lambda: operator.length_hint([], "a"))
print(operator.call(max, 1, 5, 2), operator.matmul.__name__, operator.__add__ is operator.add, operator.__not__(1))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(1, 2), operator.isub(5, 2), operator.imul([0], 2), operator.itruediv(1, 4),
      operator.ifloordiv(9, 2), operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 3), operator.irshift(8, 1),
      operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.iconcat([1], (2,)))
s = {1}
print(operator.ior(s, {2}) is s, s)


class M:
    def __matmul__(self, o):
        return "matmul"

    def __imatmul__(self, o):
        return "imatmul"


print(operator.matmul(M(), 1), operator.imatmul(M(), 1))


class Obj:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def greet(self, name, punct="!"):
        return f"hi {name}{punct}"


o = Obj(a=1, b=Obj(c=Obj(d="deep")), name="o")
print(attrgetter("a")(o), attrgetter("b.c.d")(o), attrgetter("a", "b.c.d", "name")(o))
print(repr(attrgetter("a")), repr(attrgetter("a", "b.c")), repr(itemgetter(1)), repr(itemgetter(1, "x")))
print(repr(methodcaller("greet", "bob", punct="?")), repr(methodcaller("m")))
show(lambda: attrgetter(1))
show(lambda: attrgetter("zz")(o))
show(lambda: attrgetter("b.zz")(o))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 5}), itemgetter(slice(1, None))([1, 2, 3]))
show(lambda: itemgetter())
show(lambda: itemgetter(5)([1]))
print(methodcaller("greet", "ann")(o), methodcaller("greet", "ann", punct=".")(o), methodcaller("upper")("abc"))
show(lambda: methodcaller())
show(lambda: methodcaller(1))
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(0)), max(rows, key=itemgetter(1)))
print(list(map(attrgetter("real", "imag"), [1 + 2j, 3j])))
print(sorted(operator.__all__) == sorted(operator.__all__), len(operator.__all__))
