# The order in which a binary operator tries the operands' methods (CPython's binary_op1):
# a right operand of a proper subclass that overrides the reflected method goes first; after the
# left method returns NotImplemented, the right operand's reflected method is tried even when it
# is inherited from the left operand's class; operands of the same class never try it.
log = []


class V:
    def __sub__(self, o):
        log.append('V.sub')
        return NotImplemented

    def __rsub__(self, o):
        log.append('V.rsub')
        return 'V.rsub'


class W(V):
    def __rsub__(self, o):
        log.append('W.rsub')
        return 'W.rsub'


class U(V):
    pass


class Other:
    def __rsub__(self, o):
        log.append('Other.rsub')
        return NotImplemented


def attempt(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = 'TypeError: %s' % e
    print(label, r, log)


attempt('V - W', lambda: V() - W())
attempt('V - U', lambda: V() - U())
attempt('U - V', lambda: U() - V())
attempt('U - W', lambda: U() - W())
attempt('V - V', lambda: V() - V())
attempt('V - Other', lambda: V() - Other())
attempt('1 - V', lambda: 1 - V())
attempt('V - 1', lambda: V() - 1)


class Num(int):
    pass


# builtin slots shared by both operands are tried once
print(Num(5) - 3, 3 - Num(5), type(Num(5) - Num(1)).__name__)


class P:
    def __add__(self, o):
        return NotImplemented


class Q(P):
    pass


attempt('P + Q', lambda: P() + Q())
