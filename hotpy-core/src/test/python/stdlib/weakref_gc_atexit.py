# weakref (ref, WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, proxy, finalize),
# gc (collect/enable/disable/isenabled) and atexit (register/unregister, run order at exit).
# Objects are freed through gc.collect(): HotPy frees when the JVM collects, not at once.
import atexit
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"

    def method(self):
        return self.name.upper()


a = Node("a")
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a), type(r) is weakref.ReferenceType, r.__callback__)
events = []
r2 = weakref.ref(a, lambda w: events.append("callback"))
print(r2 is r, r == r2, hash(r) == hash(a) if hasattr(Node, "__hash__") else None, weakref.getweakrefcount(a), r2() is a)
for bad in [1, "s", (1,), [], {}]:
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
vd = weakref.WeakValueDictionary()
b = Node("b")
vd["a"] = a
vd["b"] = b
print(sorted(vd.keys()), vd["a"], vd.get("zz", "none"), "b" in vd, len(vd), sorted(v.name for v in vd.values()))
kd = weakref.WeakKeyDictionary()
kd[a] = 1
kd[b] = 2
print(kd[a], len(kd), b in kd, sorted(v for v in kd.values()), kd.get(Node("x"), "none"))
ws = weakref.WeakSet([a, b])
print(len(ws), a in ws, Node("z") in ws)
wm = weakref.WeakMethod(a.method)
print(wm()(), wm() == a.method)
p = weakref.proxy(b)
print(p.name, p.method())
fin = weakref.finalize(b, events.append, "finalized b")
print(fin.alive, fin.peek()[0] is b)
del b, p
gc.collect()
print(fin.alive, events, len(vd), len(kd), len(ws), sorted(vd.keys()))
del a, wm
gc.collect()
print(r(), r2(), events, len(vd), len(kd), len(ws))
c = Node("c")
f2 = weakref.finalize(c, print, "called directly")
print(f2(), f2.alive, f2())
print(gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled(), type(gc.collect()).__name__)


def bye(name, punctuation="!"):
    print("bye", name + punctuation)


def never():
    print("never printed")


atexit.register(bye, "first")
atexit.register(bye, "second", punctuation="?")
atexit.register(never)
atexit.unregister(never)
print(atexit.register(print) is print)
atexit.unregister(print)
print("end of program")
