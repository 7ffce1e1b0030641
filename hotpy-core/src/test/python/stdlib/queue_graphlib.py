# queue (single-threaded use) and graphlib.TopologicalSorter.
import queue
from graphlib import TopologicalSorter, CycleError


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


q = queue.Queue(maxsize=3)
for i in range(3):
    q.put(i)
print(q.qsize(), q.full(), q.empty(), q.maxsize)
show(lambda: q.put_nowait(9))
show(lambda: q.put(9, block=False))
show(lambda: q.put(9, timeout=-1))
print([q.get() for _ in range(3)], q.empty())
show(lambda: q.get_nowait())
show(lambda: q.get(timeout=0))
show(lambda: q.get(block=False))
q = queue.Queue()
q.put("a")
q.get()
q.task_done()
show(lambda: q.task_done())
q.join()
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [3, 1, 2]:
    lq.put(v)
    pq.put((v, str(v)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
show(lambda: sq.get(block=False))
print(issubclass(queue.Empty, Exception), sorted(queue.__all__), queue.Queue[int])

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
ts = TopologicalSorter(graph)
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add("build", "compile", "link")
ts.add("link", "compile")
ts.add("compile", "fetch")
ts.add("test", "build")
ts.add("docs")
print(tuple(ts.static_order()))
ts = TopologicalSorter({1: [2, 3], 2: [4], 3: [4], 5: []})
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    order.append(ready)
    ts.done(*ready)
print(order, bool(ts))
for g in [{"a": ["b"], "b": ["c"], "c": ["a"]}, {1: [1]}, {"x": ["y"], "y": ["z", "x"], "z": []}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print(type(e).__name__, e.args, isinstance(e, ValueError))
ts = TopologicalSorter({"a": ["b"]})
show(lambda: ts.get_ready())
show(lambda: ts.is_active())
show(lambda: ts.done("a"))
ts.prepare()
show(lambda: ts.prepare())
show(lambda: ts.add("c"))
show(lambda: ts.done("a"))
show(lambda: ts.done("zz"))
print(ts.get_ready())
ts.done("b")
show(lambda: ts.done("b"))
print(ts.get_ready(), ts.is_active(), TopologicalSorter[str])
