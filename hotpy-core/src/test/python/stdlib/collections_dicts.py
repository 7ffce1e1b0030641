# collections.defaultdict, OrderedDict and ChainMap.
from collections import defaultdict, OrderedDict, ChainMap


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


dd = defaultdict(list)
dd["a"].append(1)
dd["b"].extend([2, 3])
print(dd, dd.default_factory, dd["missing"], len(dd))
print(defaultdict(int, {"x": 1}, y=2), defaultdict(), defaultdict(None, a=1))
show(lambda: defaultdict(1))
show(lambda: defaultdict()["k"])
cp = dd.copy()
cp["new"].append(9)
print(type(cp).__name__, cp.default_factory, sorted(cp), sorted(dd))
print(defaultdict(list, a=1) | {"b": 2}, {"z": 0} | defaultdict(int, a=1))
m = defaultdict(set)
m |= {"k": {1}}
print(m, dd.get("zz"), "zz" in dd, isinstance(dd, dict))
counts = defaultdict(int)
for w in "to be or not to be".split():
    counts[w] += 1
print(counts)
rec = defaultdict(list)
rec["self"] = rec
print(rec)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], list(t["a"]))

od = OrderedDict()
od["x"] = 1
od["y"] = 2
od["z"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end("x")
print(od)
od.move_to_end("z", last=False)
print(od)
show(lambda: od.move_to_end("nope"))
print(od.popitem(), od.popitem(last=False), od)
show(lambda: OrderedDict().popitem())
show(lambda: OrderedDict().popitem(last=False))
o1 = OrderedDict(a=1, b=2)
o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2, o1 == OrderedDict(a=1, b=2))
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys("ab", 0))
print(OrderedDict(), OrderedDict([("k", "v")]), OrderedDict({"q": 1}, r=2))
o3 = OrderedDict.fromkeys("abcde")
o3.move_to_end("c", False)
o3.move_to_end("a")
print(list(o3), list(reversed(o3)), list(reversed(o3.keys())), list(reversed(o3.items()))[:2])
print(o3.pop("b"), o3.pop("zz", "default"), o3.setdefault("a", 9), o3.setdefault("n", 7), o3)
show(lambda: OrderedDict(a=1).pop("x"))
print(o1 | {"c": 3}, {"c": 3} | o1, type({"c": 3} | o1).__name__)
print(o1.keys() & {"a", "z"}, "a" in o1.keys(), ("a", 1) in o1.items(), 2 in o1.values(), len(o1.keys()))
cpy = o1.copy()
cpy["new"] = 0
print(cpy, o1, type(cpy).__name__)
ro = OrderedDict()
ro["me"] = ro
print(ro)


class LRU(OrderedDict):
    def __init__(self, size):
        super().__init__()
        self.size = size

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.size:
            del self[next(iter(self))]


lru = LRU(2)
lru["a"] = 1
lru["b"] = 2
lru["a"]
lru["c"] = 3
print(lru, list(lru))

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], cm["c"], len(cm), list(cm), sorted(cm.items()), cm.get("z", 0))
cm["d"] = 4
del cm["b"]
print(over, base, "b" in cm, cm["b"])
show(lambda: cm.__delitem__("a"))
show(lambda: cm["nope"])
child = cm.new_child()
child["a"] = 100
print(child, child.parents, child["a"], cm["a"])
print(cm.new_child({"x": 1}), cm.new_child(y=2), cm.new_child({"z": 1}, w=2))
print(ChainMap(), ChainMap({}, {}).maps, bool(ChainMap({}, {})), bool(ChainMap({}, {"a": 1})))
print(ChainMap.fromkeys("ab", 0), cm.copy(), cm.pop("c"), cm.popitem())
show(lambda: ChainMap({}).popitem())
show(lambda: ChainMap({"a": 1}).pop("q"))
print(ChainMap({"a": 1}) | {"b": 2}, {"b": 2} | ChainMap({"a": 1}))
cm2 = ChainMap({"a": 1})
cm2 |= {"q": 1}
print(cm2, cm2.maps[0], dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
cm2.clear()
print(cm2)
