# heapq and bisect.
import heapq
import bisect


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
show(lambda: heapq.heappop([]))
show(lambda: heapq.heapreplace([], 1))
show(lambda: heapq.heappush((), 1))
show(lambda: heapq.heapify({}))


class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name

    def __lt__(self, other):
        return self.pri < other.pri

    def __repr__(self):
        return f"{self.name}{self.pri}"


tasks = []
for i, p in enumerate([3, 1, 3, 2, 1, 3, 2, 1]):
    heapq.heappush(tasks, Task(p, "t%d" % i))
print(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
tl = [Task(p, "u%d" % i) for i, p in enumerate([2, 2, 1, 1, 2, 1, 0, 0])]
heapq.heapify(tl)
print(tl)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)), list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
print(list(heapq.merge([Task(1, "a"), Task(2, "a")], [Task(1, "b"), Task(2, "b")], [Task(1, "c")])))
print(list(heapq.merge([Task(2, "a"), Task(1, "a")], [Task(2, "b"), Task(1, "b")], reverse=True)))
nums = [5, 1, 9, 3, 7, 9, 2, 8, 1]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums),
      heapq.nlargest(20, nums), heapq.nsmallest(2, iter(nums)), heapq.nlargest(1, []), heapq.nsmallest(5, iter([])))
ts = [Task(p, "v%d" % i) for i, p in enumerate([3, 1, 3, 2, 1, 3, 2, 1, 3])]
print(heapq.nlargest(4, ts), heapq.nsmallest(4, ts), heapq.nlargest(2, iter(ts)), heapq.nsmallest(4, iter(ts)))
words = "the quick brown fox jumps over the lazy dog".split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, iter(words), key=len))
print(heapq.nlargest(3, iter(words), key=lambda w: w[-1]), heapq.nsmallest(1, words, key=len))

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 10))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 5, hi=3))
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 0)
print(b)
show(lambda: bisect.bisect_left(a, 1, -1))
show(lambda: bisect.insort([], 1, lo=-2))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1])
bisect.insort_left(recs, ("e", 3), key=lambda r: r[1])
print(recs)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
