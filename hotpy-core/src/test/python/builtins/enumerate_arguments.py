# enumerate(...) checks its arguments as CPython 3.11's vectorcall does (the first unexpected
# keyword is named; no "(pos 1)"), while subclasses and enumerate.__new__ bind them as __new__ does.
def t(f):
    try:
        r = f()
        print(repr(list(r)) if hasattr(r, '__next__') else repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: enumerate(start=1))
t(lambda: list(enumerate(iterable=[1])))
t(lambda: enumerate(x=[1]))
t(lambda: enumerate([1], start=2))
t(lambda: enumerate([1], x=2))
t(lambda: enumerate([1], iterable=2))
t(lambda: enumerate(start=2, iterable=[1]))
t(lambda: enumerate(iterable=[1], start=2))
t(lambda: enumerate(iterable=[1], x=2))
t(lambda: enumerate(x=[1], start=2))
t(lambda: enumerate(start=[1], x=2))
t(lambda: enumerate(start=2, start2=[1]))
t(lambda: enumerate(1, 2, 3))
t(lambda: enumerate(1, 2, x=3))
t(lambda: enumerate([1], 2, start=3))
t(lambda: enumerate())
t(lambda: enumerate(**{}))
t(lambda: enumerate(*[[1]], **{'start': 3}))
t(lambda: enumerate(1))
t(lambda: enumerate([1], 'a'))
t(lambda: enumerate([1], 2.0))
class E(enumerate): pass
t(lambda: E(start=1))
t(lambda: E([1], x=1))
t(lambda: E([5], start=2))
def g(i):
    try:
        return list(enumerate([i], start=i)) if i % 2 else enumerate(start=i)
    except TypeError as e:
        return str(e)
results = [g(i) for i in range(200)]
print(results[-1], results[-2])
try:
    enumerate.__new__(enumerate, start=1)
except TypeError as e:
    print(e)
