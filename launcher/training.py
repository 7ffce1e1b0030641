# A short, generic workload the launcher runs once to train the JVM's ahead-of-time cache
# (JDK 25+: loaded classes and method profiles). It exercises the interpreter's common paths,
# not any benchmark: loops, calls, classes, containers, strings, generators and exceptions.
import math
from collections import defaultdict, deque


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Labelled(Point):
    def __init__(self, x, y, label):
        super().__init__(x, y)
        self.label = label


def arithmetic(n):
    total = 0
    f = 0.0
    for i in range(n):
        total += i * i % 7 - (i >> 2)
        f += i / 3.0 - f * 0.5
    return total, round(f, 6), 2 ** 70 + total


def objects(n):
    p = Point(0, 0)
    for i in range(n):
        p = p + Point(i % 3, 1.5)
    items = [Labelled(i, -i, "p%d" % i) for i in range(100)]
    return p.norm(), sorted(items, key=lambda q: (q.y, q.label))[0].label


def containers(n):
    counts = defaultdict(int)
    seen = set()
    queue = deque()
    table = {}
    for i in range(n):
        key = (i % 17, str(i % 5))
        counts[key] += 1
        seen.add(i % 101)
        queue.append(i)
        if len(queue) > 10:
            queue.popleft()
        table.setdefault(i % 13, []).append(i)
    return len(counts), len(seen), sum(queue), sum(len(v) for v in table.values())


def strings(n):
    words = []
    for i in range(n):
        w = "w%d" % (i % 50)
        words.append(w.upper() if i % 3 else w)
    text = " ".join(words)
    parts = text.split()
    return len(parts), f"{len(text):08d}", text.count("W1"), "-".join(sorted(set(parts))[:3])


def generators(n):
    def evens(limit):
        for i in range(limit):
            if i % 2 == 0:
                yield i

    def running(seq):
        acc = 0
        for x in seq:
            acc += x
            yield acc

    return sum(running(evens(n))), max(x * x for x in range(n // 10)), list(zip("abc", range(3)))


def exceptions(n):
    caught = 0
    for i in range(n):
        try:
            if i % 4 == 0:
                raise ValueError(i)
            {}["missing"]
        except ValueError:
            caught += 1
        except KeyError:
            caught += 2
        finally:
            caught += 0
    return caught


def recursion(n):
    return n if n < 2 else recursion(n - 1) + recursion(n - 2)


def main():
    for _ in range(3):
        results = [arithmetic(20000), objects(20000), containers(20000), strings(5000),
                   generators(20000), exceptions(5000), recursion(20)]
    return results


main()
