# Tier 2: an exit inside an inlined function that is taken often (a data-dependent branch in
# add and Node.add, inlined into the entry traces of put and scale and the loop traces of main).
# Exits in inlined frames get no bridges, so such a trace is dropped; the traces recorded again at
# the same place call the function instead of inlining it. The answers must not change.


def add(state, v):
    q = state[0]
    if q is None:
        state[0] = [v]
        return 1
    q.append(v)
    if len(q) > 3:
        state[1] += len(q)
        state[0] = None
    return 2


def put(state, v):
    r = add(state, v)
    return r + v % 7


class Node:
    def __init__(self, q):
        self.q = q
        self.dropped = 0

    def add(self, v):
        if self.q is None:
            self.q = [v]
            return 1
        self.q.append(v)
        if len(self.q) > 3:
            self.dropped += len(self.q)
            self.q = None
        return 2


def scale(n, v):
    return (n.add(v) + v % 5) * 3


def main():
    state = [None, 0]
    t = 0
    for i in range(30000):
        t += put(state, i)
    n = Node(None)
    u = 0
    for i in range(30000):
        u += scale(n, i)
        if i % 9999 == 0:
            print("at", i, t, u, n.dropped, n.q, state)
    return t, u, state[1], n.dropped


print(main())
