"""Functional tools for creating and using iterators (Python 3.11's itertools).

Every tool is a class, as in CPython, so type checks and reprs agree; arguments are
checked when the iterator is created, and the complex ones delegate to a private
generator.
"""

import _hotpy
import sys as _sys

__all__ = ["accumulate", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
           "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]

_NONE = object()   # "no value yet": None is a legitimate element


def _as_int(n):
    if isinstance(n, int):
        return int(n)
    try:
        return type(n).__index__(n)
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") from None


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, "__index__") or hasattr(t, "__int__") or hasattr(t, "__float__")


class _Iter:
    """Base of the iterators here: iter() returns self."""
    __slots__ = ()

    def __iter__(self):
        return self


class _GenIter(_Iter):
    """An iterator whose items come from a private generator made at creation."""
    __slots__ = ("_gen",)

    def __next__(self):
        return next(self._gen)


@_hotpy.c_type("itertools.count")
class count(_Iter):
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""
    __slots__ = ("_n", "_step")

    def __new__(cls, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self = object.__new__(cls)
        self._n = int(start) if type(start) is bool else start
        self._step = int(step) if type(step) is bool else step
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return f"{name}({self._n!r})"
        return f"{name}({self._n!r}, {step!r})"


@_hotpy.c_type("itertools.cycle")
class cycle(_Iter):
    """cycle(iterable) --> the elements of iterable, then again and again forever."""
    __slots__ = ("_it", "_saved", "_index", "_first_pass")

    def __new__(cls, *args):
        if len(args) != 1:
            raise TypeError(f"cycle expected 1 argument, got {len(args)}")
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0
        self._first_pass = True
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


@_hotpy.c_type("itertools.repeat")
class repeat(_Iter):
    """repeat(object [,times]) --> object, times times, or forever without times."""
    __slots__ = ("_obj", "_times")

    def __new__(cls, object, times=None):
        self = _Iter.__new__(cls)
        self._obj = object
        if times is not None:
            times = max(_as_int(times), 0)
        self._times = times
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._obj
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        name = type(self).__name__
        if self._times is None:
            return f"{name}({self._obj!r})"
        return f"{name}({self._obj!r}, {self._times})"


@_hotpy.c_type("itertools.accumulate")
class accumulate(_GenIter):
    """accumulate(iterable, func=None, *, initial=None) --> running totals (or results of func)."""
    __slots__ = ()

    def __new__(cls, iterable, func=None, *, initial=None):
        self = object.__new__(cls)
        self._gen = _accumulate(iter(iterable), func, initial)
        return self


def _accumulate(it, func, total):
    if total is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


@_hotpy.c_type("itertools.chain")
class chain(_Iter):
    """chain(*iterables) --> the elements of the first iterable, then of the next, ..."""
    __slots__ = ("_sources", "_active")

    def __new__(cls, *iterables):
        self = object.__new__(cls)
        self._sources = iter(iterables)
        self._active = None
        return self

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> chain over the iterables iterable yields (lazily)."""
        self = object.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __next__(self):
        while True:
            active = self._active
            if active is None:
                if self._sources is None:
                    raise StopIteration
                for source in self._sources:
                    active = self._active = iter(source)
                    break
                else:
                    self._sources = None
                    raise StopIteration
            for item in active:
                return item
            self._active = None

    __class_getitem__ = classmethod(type(list[int]))


@_hotpy.c_type("itertools.compress")
class compress(_Iter):
    """compress(data, selectors) --> the items of data whose selector is true."""
    __slots__ = ("_data", "_selectors")

    def __new__(cls, data, selectors):
        self = object.__new__(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __next__(self):
        data, selectors = self._data, self._selectors
        while True:
            item = next(data)
            if next(selectors):
                return item


@_hotpy.c_type("itertools.dropwhile")
class dropwhile(_Iter):
    """dropwhile(predicate, iterable) --> the items after predicate first fails."""
    __slots__ = ("_pred", "_it", "_dropping")

    def __new__(cls, predicate, iterable):
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True
        return self

    def __next__(self):
        it = self._it
        if self._dropping:
            pred = self._pred
            while True:
                item = next(it)
                if not pred(item):
                    self._dropping = False
                    return item
        return next(it)


@_hotpy.c_type("itertools.takewhile")
class takewhile(_Iter):
    """takewhile(predicate, iterable) --> the items while predicate holds."""
    __slots__ = ("_pred", "_it", "_done")

    def __new__(cls, predicate, iterable):
        self = object.__new__(cls)
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        item = next(self._it)
        if self._pred(item):
            return item
        self._done = True
        raise StopIteration


@_hotpy.c_type("itertools.filterfalse")
class filterfalse(_Iter):
    """filterfalse(function or None, iterable) --> the items for which function is false."""
    __slots__ = ("_pred", "_it")

    def __new__(cls, function, iterable):
        self = object.__new__(cls)
        self._pred = bool if function is None else function
        self._it = iter(iterable)
        return self

    def __next__(self):
        pred, it = self._pred, self._it
        while True:
            item = next(it)
            if not pred(item):
                return item


@_hotpy.c_type("itertools.starmap")
class starmap(_Iter):
    """starmap(function, iterable) --> function(*args) for each args tuple in iterable."""
    __slots__ = ("_func", "_it")

    def __new__(cls, function, iterable):
        self = object.__new__(cls)
        self._func = function
        self._it = iter(iterable)
        return self

    def __next__(self):
        return self._func(*next(self._it))


@_hotpy.c_type("itertools.groupby")
class groupby(_Iter):
    """groupby(iterable, key=None) --> (key, group) pairs for runs of equal keys.

    A group shares the underlying iterator: advancing groupby ends older groups.
    """
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_current")

    def __new__(cls, iterable, key=None):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _NONE
        self._current = None
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._current = None
        while True:
            if self._currkey is _NONE:
                pass
            elif self._tgtkey is _NONE:
                break
            elif not self._tgtkey == self._currkey:
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._current = grouper
        return self._currkey, grouper


@_hotpy.c_type("itertools._grouper")
class _grouper(_Iter):
    __slots__ = ("_parent", "_tgtkey")

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._currvalue is _NONE:
            parent._step()
        if not self._tgtkey == parent._currkey:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = parent._currkey = _NONE
        return value


_ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
_ISLICE_START = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."


def _islice_arg(value, default, message):
    if value is None:
        return default
    try:
        value = _as_int(value)
    except TypeError:
        raise ValueError(message) from None
    if not 0 <= value <= _sys.maxsize:
        raise ValueError(message)
    return value


@_hotpy.c_type("itertools.islice")
class islice(_Iter):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> selected items,
    consuming the underlying iterator exactly as far as needed."""
    __slots__ = ("_it", "_next", "_stop", "_step", "_count")

    def __new__(cls, *args):
        if len(args) < 2:
            raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
        if len(args) > 4:
            raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop, step = (args[1:] + (None,))[:3]
        stop = _islice_arg(stop, -1, _ISLICE_STOP)
        start = _islice_arg(start, 0, _ISLICE_START)
        if step is None:
            step = 1
        else:
            try:
                step = _as_int(step)
            except TypeError:
                step = 0
            if step < 1:
                raise ValueError("Step for islice() must be a positive integer or None.")
        self = object.__new__(cls)
        self._it = iter(args[0])
        self._next, self._stop, self._step, self._count = start, stop, step, 0
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop != -1 and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


@_hotpy.c_type("itertools.pairwise")
class pairwise(_Iter):
    """pairwise(iterable) --> (s0, s1), (s1, s2), (s2, s3), ..."""
    __slots__ = ("_it", "_old")

    def __new__(cls, iterable):
        self = object.__new__(cls)
        self._it = iter(iterable)
        self._old = _NONE
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._old is _NONE:
                self._old = next(it)
            new = next(it)
        except StopIteration:
            self._it = None
            self._old = _NONE
            raise
        result = (self._old, new)
        self._old = new
        return result


class _tee_link:
    __slots__ = ("value", "next")

    def __init__(self, value):
        self.value = value
        self.next = None


class _tee_source:
    __slots__ = ("it", "running")

    def __init__(self, it):
        self.it = it
        self.running = False


@_hotpy.c_type("itertools._tee")
class _tee(_Iter):
    """One of the independent iterators made by tee(); shares a linked buffer."""
    __slots__ = ("_source", "_link")

    def __new__(cls, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            return it.__copy__()
        self = object.__new__(cls)
        self._source = _tee_source(it)
        self._link = _tee_link(None)
        return self

    def __next__(self):
        link = self._link
        following = link.next
        if following is None:
            source = self._source
            if source.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            source.running = True
            try:
                value = next(source.it)
            finally:
                source.running = False
            following = link.next
            if following is None:
                following = link.next = _tee_link(value)
        self._link = following
        return following.value

    def __copy__(self):
        new = object.__new__(type(self))
        new._source = self._source
        new._link = self._link
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators over iterable."""
    n = _as_int(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, "__copy__") else _tee(it)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


@_hotpy.c_type("itertools.zip_longest")
class zip_longest(_GenIter):
    """zip_longest(*iterables, fillvalue=None) --> tuples until the longest is exhausted."""
    __slots__ = ()

    def __new__(cls, *iterables, **kwargs):
        fillvalue = kwargs.pop("fillvalue", None)
        if kwargs:
            raise TypeError("zip_longest() got an unexpected keyword argument")
        self = object.__new__(cls)
        self._gen = _zip_longest([iter(x) for x in iterables], fillvalue)
        return self


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


@_hotpy.c_type("itertools.product")
class product(_GenIter):
    """product(*iterables, repeat=1) --> the cartesian product, as tuples, the last
    iterable varying fastest."""
    __slots__ = ()

    def __new__(cls, *iterables, repeat=1):
        repeat = _as_int(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self = object.__new__(cls)
        self._gen = _product(pools)
        return self


def _product(pools):
    if any(not pool for pool in pools):
        return
    n = len(pools)
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        # Advance the odometer from the right; a wheel that wraps carries leftwards.
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pool[k] for pool, k in zip(pools, indices))


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


@_hotpy.c_type("itertools.permutations")
class permutations(_GenIter):
    """permutations(iterable, r=None) --> successive r-length permutations, in
    lexicographic order of positions."""
    __slots__ = ()

    def __new__(cls, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        self = object.__new__(cls)
        self._gen = _permutations(pool, r)
        return self


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    # used[i]: pool[i] is in the current prefix; stack holds the chosen positions.
    used = [False] * n
    chosen = []
    start = 0
    while True:
        if len(chosen) == r:
            yield tuple(pool[i] for i in chosen)
            if not chosen:
                return
            start = chosen.pop() + 1
            used[start - 1] = False
            continue
        i = start
        while i < n and used[i]:
            i += 1
        if i < n:
            used[i] = True
            chosen.append(i)
            start = 0
        else:
            if not chosen:
                return
            last = chosen.pop()
            used[last] = False
            start = last + 1


@_hotpy.c_type("itertools.combinations")
class combinations(_GenIter):
    """combinations(iterable, r) --> r-length subsequences, in order of positions."""
    __slots__ = ()

    def __new__(cls, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r)
        self = object.__new__(cls)
        self._gen = _combinations(pool, r, False)
        return self


@_hotpy.c_type("itertools.combinations_with_replacement")
class combinations_with_replacement(_GenIter):
    """combinations_with_replacement(iterable, r) --> r-length subsequences allowing
    elements to repeat, in order of positions."""
    __slots__ = ()

    def __new__(cls, iterable, r):
        pool = tuple(iterable)
        r = _check_r(r)
        self = object.__new__(cls)
        self._gen = _combinations(pool, r, True)
        return self


def _combinations(pool, r, replace):
    n = len(pool)
    if replace:
        if not n and r:
            return
        indices = [0] * r
    else:
        if r > n:
            return
        indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        # Find the rightmost index that can still grow.
        i = r - 1
        while i >= 0:
            limit = n - 1 if replace else i + n - r
            if indices[i] < limit:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[i] if replace else indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)
