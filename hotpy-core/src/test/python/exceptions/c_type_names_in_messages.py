# Error messages name the library's stand-ins for CPython's C types by their tp_name
# ('collections.deque'), while user subclasses keep their bare names.
import collections, itertools, functools, operator, datetime, queue, struct


def show(thunk):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)


objects = [
    collections.deque(), collections.defaultdict(int), collections.OrderedDict(),
    itertools.count(), itertools.cycle("ab"), itertools.repeat(1), itertools.chain(),
    itertools.islice("abc", 2), itertools.product("ab"), itertools.permutations("ab"),
    itertools.combinations("ab", 1), itertools.zip_longest(), itertools.pairwise("ab"),
    itertools.groupby("aab"), itertools.starmap(pow, []), itertools.accumulate([1]),
    itertools.compress("ab", [1, 0]), itertools.dropwhile(bool, []), itertools.takewhile(bool, []),
    itertools.filterfalse(bool, []), itertools.combinations_with_replacement("ab", 1),
    itertools.tee("ab")[0], next(itertools.groupby("aab"))[1],
    functools.partial(int), operator.itemgetter(1), operator.attrgetter("x"),
    operator.methodcaller("m"), datetime.date(2000, 1, 2), datetime.datetime(2000, 1, 2),
    datetime.time(1), datetime.timedelta(1), datetime.timezone.utc, queue.SimpleQueue(),
    struct.Struct("i"),
]
for o in objects:
    show(lambda: o @ 1)
show(lambda: len(itertools.count()))
show(lambda: hash(collections.deque()))
show(lambda: collections.deque()[1:2:3] + 1)
show(lambda: 1 < itertools.count())
show(lambda: functools.partial(int)[0])


class MyDeque(collections.deque):
    pass


class Stamp(datetime.datetime):
    pass


show(lambda: MyDeque() @ 1)
show(lambda: Stamp(2000, 1, 2) @ 1)
print(type(collections.deque()).__name__, type(collections.deque()).__qualname__)
print(repr(collections.deque), repr(itertools.count), repr(datetime.datetime))
