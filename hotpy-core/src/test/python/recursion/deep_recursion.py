# sys.setrecursionlimit(100000) lets a 50,000-deep recursion run; the default limit of 1000 stops
# a runaway recursion with RecursionError, after which the program carries on normally.
import sys

print(sys.getrecursionlimit())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def runaway(n):
    return runaway(n + 1)


try:
    runaway(0)
except RecursionError as e:
    print("RecursionError", e)
print(depth(900))
try:
    depth(5000)
except RecursionError:
    print("5000 is past the default limit")
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
print(depth(50000))


def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)


print(sum_list(list(range(40000))))


def even(n):
    return True if n == 0 else odd(n - 1)


def odd(n):
    return False if n == 0 else even(n - 1)


print(even(30001), odd(30001))


class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next

    def length(self):
        return 1 + (self.next.length() if self.next else 0)


head = None
for i in range(20000):
    head = Node(i, head)
print(head.length())


def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n


print(sum(gen_depth(2000)))
sys.setrecursionlimit(1000)
try:
    runaway(0)
except RecursionError as e:
    print("back to the default limit:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
