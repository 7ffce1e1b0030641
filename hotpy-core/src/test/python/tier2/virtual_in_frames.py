# Tier 2 keeps objects made in a trace virtual (not allocated) while only the trace uses them.
# Before a call or any op that may run Python code it writes its frames back, and code run then
# can reach a frame's locals (sys._getframe, f_locals, locals(), a traceback): an object there is
# the program's own object from then on, the same one the trace goes on using. Each function
# below loops long enough to be traced, compiled and run, at threshold 1 and by default.
import sys

N = 400


class P:
    def __init__(self, x):
        self.x = x


class Q:
    def __init__(self, inner):
        self.inner = inner


def look(name='p', depth=1):
    return sys._getframe(depth).f_locals[name]


def identity_and_mutation(n):
    hits = 0
    for i in range(n):
        p = P(i)
        q = look()
        if q is p:
            hits += 1
        q.x = -1
        if p.x != -1:
            hits += 1000
    return hits


def trace_changes_seen_by_frame(n):
    # the trace writes the object after the first look; the second look sees the write
    bad = 0
    for i in range(n):
        p = P(i)
        first = look()
        p.x = i * 3
        second = look()
        if first is not second or second.x != i * 3:
            bad += 1
    return bad


KEPT = []
TABLE = {}


class Holder:
    pass


HOLDER = Holder()


def keep():
    p = sys._getframe(1).f_locals['p']
    KEPT.append(p)
    TABLE[p.x] = p
    HOLDER.last = p


def stored_by_callee(n):
    del KEPT[:]
    TABLE.clear()
    bad = 0
    for i in range(n):
        p = P(i)
        keep()
        if KEPT[-1] is not p or TABLE[i] is not p or HOLDER.last is not p:
            bad += 1
        p.x = i + 1000
        if KEPT[-1].x != i + 1000:
            bad += 1
    return bad, sum(o.x for o in KEPT), len(set(map(id, KEPT)))


def nested_object(n):
    bad = 0
    for i in range(n):
        p = Q(P(i))
        look().inner.x = -i
        if p.inner.x != -i:
            bad += 1
        if look().inner is not p.inner:
            bad += 1
    return bad


def containers(n):
    bad = 0
    for i in range(n):
        p = [i, i + 1]
        look().append(i)
        if len(p) != 3 or p[2] != i:
            bad += 1
        t = (P(i), i)
        if look('t') is not t:
            bad += 1
        look('t')[0].x = 7
        if t[0].x != 7:
            bad += 1
    return bad


class Meth:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


def bound_methods(n):
    o = Meth(5)
    bad = 0
    for i in range(n):
        m = o.get
        if look('m') is not m:
            bad += 1
        if m() != 5:
            bad += 1
    return bad


def gen_reader():
    while True:
        p = sys._getframe(1).f_locals['p']
        p.x += 100
        yield p


def generator_reads_caller(n):
    g = gen_reader()
    bad = 0
    for i in range(n):
        p = P(i)
        q = next(g)
        if q is not p or p.x != i + 100:
            bad += 1
    return bad


def generator_body(n):
    # the trace runs in the generator's frame; look() reads that frame
    for i in range(n):
        p = P(i)
        q = look()
        q.x = -i
        yield p.x == -i and q is p


class Boom(Exception):
    pass


def look_then_raise():
    p = sys._getframe(1).f_locals['p']
    p.x = -5
    raise Boom(p)


def raised_inside_the_call(n):
    bad = 0
    for i in range(n):
        p = P(i)
        try:
            look_then_raise()
        except Boom as e:
            if e.args[0] is not p or p.x != -5:
                bad += 1
            tb = e.__traceback__
            if tb.tb_next.tb_frame.f_back.f_locals['p'] is not p:
                bad += 1
    return bad


def make_and_show(i):
    p = P(i)
    d = locals()
    d['p'].x = i * 2
    return p.x == i * 2 and d['p'] is p


def locals_in_an_inlined_frame(n):
    good = 0
    for i in range(n):
        if make_and_show(i):
            good += 1
    return good


def closures(n):
    bad = 0
    for i in range(n):
        p = P(i)

        def get():
            return p
        get().x = -i
        if p.x != -i or look() is not p:
            bad += 1
    return bad


def deepest(depth):
    # past middle() to the frame that made p (holder() or the loop)
    q = sys._getframe(depth).f_locals['p']
    q.x = -depth
    return q


def middle(depth):
    return deepest(depth)


def holder(i):
    p = P(i)
    q = middle(2)
    return q is p and p.x == -2


def nested_inlined_frames(n):
    good = 0
    for i in range(n):
        if holder(i):
            good += 1
        p = P(i)
        if middle(2) is p and p.x == -2:
            good += 1
    return good


class Spy:
    def __eq__(self, other):
        # p is no operand of ==: only the frame shows it
        p = sys._getframe(1).f_locals['p']
        p.x = other * 2
        return True


def dunder_reads_caller(n):
    s = Spy()
    bad = 0
    for i in range(n):
        p = P(i)
        if not (s == i) or p.x != i * 2:
            bad += 1
    return bad


def on_the_stack_only(n):
    # objects only on the value stack while a call runs: not visible, results must still be right
    total = 0
    for i in range(n):
        total += P(i).x + len(str(i)) + P(look('i')).x
    return total


print(identity_and_mutation(N))
print(trace_changes_seen_by_frame(N))
print(stored_by_callee(N))
print(nested_object(N))
print(containers(N))
print(bound_methods(N))
print(generator_reads_caller(N))
print(sum(generator_body(N)))
print(raised_inside_the_call(N))
print(locals_in_an_inlined_frame(N))
print(closures(N))
print(nested_inlined_frames(N))
print(dunder_reads_caller(N))
print(on_the_stack_only(N))
