# dict lookups whose key __eq__ or __hash__ is Python code, as CPython 3.11 runs them: __eq__ only
# when the stored hash equals the key's, a lookup the __eq__ mutated restarts, popitem() and
# copy() neither hash nor compare keys again; iterator errors; insert/pop loops that must end.

class Key:
    """A key with a chosen hash that logs every __eq__ and __hash__ call."""
    log = []

    def __init__(self, name, h, action=None):
        self.name = name
        self.h = h
        self.action = action

    def __hash__(self):
        Key.log.append("hash " + self.name)
        return self.h

    def __eq__(self, other):
        Key.log.append("eq %s %s" % (self.name, getattr(other, "name", other)))
        if self.action is not None:
            act, self.action = self.action, None
            act()
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


def show(title, d):
    print(title, list(d.items()), Key.log)
    Key.log = []


# equal hashes: __eq__ runs; different hashes (same slot modulo size): it does not
d = {}
a = Key("a", 1)
b = Key("b", 1)
c = Key("c", 9)     # 9 & 7 == 1: same first slot, different hash
d[a] = 1
d[b] = 2
d[c] = 3
show("three keys", d)
print(d.get(Key("b", 1)), d.get(Key("c", 9)), d.get(Key("z", 1)), d.get(Key("z", 17)))
show("lookups", d)
print(a in d, b in d, c in d)
show("identity hits", d)

# hashes that differ only in the high 32 bits never compare
big1 = Key("big1", 5 + (1 << 40))
big2 = Key("big2", 5 + (2 << 40))
e = {big1: "one"}
print(e.get(big2), e.get(Key("big1", 5 + (1 << 40))))
show("high bits", e)

# an __eq__ that deletes the key it is compared with: the lookup restarts
d = {}
victim = Key("v", 3)
d[victim] = "old"
probe = Key("v", 3)
victim.action = lambda: d.pop(victim)
print(d.get(probe, "missing"))
show("deleted during eq", d)

# an __eq__ that clears the dict and grows it again (the tables are replaced)
d = {}
k1 = Key("k1", 7)
d[k1] = 1
def refill():
    d.clear()
    for i in range(50):
        d[i] = i
k1.action = refill
print(d.get(Key("k1", 7), "gone"), len(d))
show("cleared during eq", {})

# an __eq__ that inserts other keys (no resize): the lookup goes on
d = {}
s1 = Key("s1", 11)
d[s1] = "s1"
s1.action = lambda: d.__setitem__("other", 0)
print(d.get(Key("s1", 11)), sorted(map(str, d.keys())))
show("insert during eq", {})

# popitem() and copy() do not hash or compare keys again
d = {Key("p", 2): 1, Key("q", 2): 2, Key("r", 2): 3}
Key.log = []
cp = d.copy()
show("copy", cp)
print(d.popitem(), d.popitem())
show("popitem", d)
d[Key("s", 2)] = 4
show("reinsert", d)

# deleting through an equal key, then inserting: order is insertion order
d = {}
for i in range(20):
    d[Key("n%d" % i, i % 3)] = i
Key.log = []
del d[Key("n4", 1)]
d[Key("n4", 1)] = "again"
print([k.name for k in d], len(Key.log))
Key.log = []

# mutation while iterating is still reported
d = {i: i for i in range(10)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as ex:
    print("RuntimeError:", ex)
d = {i: i for i in range(10)}
try:
    for k in d:
        del d[k]
        d[k + 100] = 0
except RuntimeError as ex:
    print("RuntimeError:", ex)

# an iterator reports a change of size on every later call, even once the size is back
d = {1: 1, 2: 2}
it = reversed(d)
print(next(it))
d[3] = 3
for _ in range(2):
    try:
        print(next(it))
    except RuntimeError as ex:
        print("RuntimeError:", ex)
del d[3]
try:
    print(next(it, "end"))
except RuntimeError as ex:
    print("RuntimeError:", ex, it.__length_hint__())
d = {i: i for i in range(4)}
it = iter(d.items())
print(next(it), it.__length_hint__())
del d[3]
d[9] = 9
print(list(it), it.__length_hint__())

# inserting and popping again and again (a dict used as a stack) reuses no index slot forever
d = {}
for i in range(1000):
    d[i] = i
    d["s%d" % i] = i
    d.popitem()
    d.popitem()
print(len(d), d)
d = {"keep": 0}
for i in range(1000):
    d[i] = i
    del d[i]
print(d)
