# enum.Flag and IntFlag: composition, pseudo-members, boundaries, iteration.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS
import enum


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(repr(rw), str(rw), repr(Perm(0)), str(Perm(0)), list(Perm), Perm._member_names_, repr(Perm.RWX))
print(list(Perm.RWX), repr(~Perm.R), len(Perm.R | Perm.X), repr(Perm), bool(Perm(0)), bool(Perm.X))
print(Perm.R in rw, Perm.X in rw, rw.name, Perm(0).name, Perm(6) is rw, repr(Perm(7)), repr(~Perm(7)), repr(Perm.W & Perm.R))
print(repr(Perm.R ^ Perm.RWX), format(rw), f"{Perm.R}", repr(rw & Perm.W), list(reversed(Perm)))
show(lambda: Perm(8))
show(lambda: 1 in Perm.RWX)
show(lambda: Perm.R | 1)
show(lambda: Perm("r"))


class Asc(Flag):
    A = auto()
    B = auto()
    C = auto()


class Desc(Flag):
    C = 4
    A = 1
    B = 2


print([m.value for m in Asc], repr(Asc.A | Asc.C), repr(Desc.A | Desc.C), list(Desc), list(Desc(7)), repr(~Desc.A))


class Multi(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3


print(repr(Multi(0)), repr(Multi.NONE), list(Multi), Multi._member_names_, repr(Multi.A | Multi.B), list(Multi.AB))
print(bool(Multi.NONE), list(Multi.__members__))


class St(Flag, boundary=STRICT):
    A = 1
    B = 2


class Co(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2


class Ke(Flag, boundary=KEEP):
    A = 1
    B = 2


show(lambda: St(7))
show(lambda: Co(7))
show(lambda: Ej(7))
show(lambda: Ke(7))
print(Flag._boundary_, IntFlag._boundary_, St._boundary_, repr(KEEP), str(CONFORM), list(FlagBoundary))


class IP(IntFlag):
    A = 1
    B = 2


print(repr(IP.A | IP.B), str(IP.A | IP.B), repr(IP(8)), repr(IP(9)), IP.A | 4, repr(IP.A | 4), repr(~IP.A))
print(format(IP.A, "03d"), IP.A + 1, repr(IP(0)), isinstance(IP.A, int), IP.A == 1, repr(4 | IP.B), repr(IP.A & 3))
print(repr(IP(-1)), repr(~IP(0)), IP(3).name, list(IP(3)), len(IP(3)), repr(IP.A ^ IP.B))


class Big(IntFlag):
    X = 1
    Y = 4


print(repr(Big(2)), repr(Big(7)), str(Big(7)), Big(7).name, repr(Big.X | 2), list(Big(7)), repr(~Big.X))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(repr(Color.WHITE), list(Color.WHITE), Color.RED | Color.GREEN in Color.WHITE, repr(Color(3)), repr(~Color.WHITE))
print(Color._flag_mask_, Color._all_bits_, Color._singles_mask_, enum.show_flag_values(13))
print(enum.bin(10), enum.bin(~10), enum.bin(0), enum.bin(3, 6), enum.bin(-4))


@verify(UNIQUE)
class U(Flag):
    A = 1
    B = 2


def dup():
    @verify(UNIQUE)
    class D(Flag):
        A = 1
        B = 1


def cont():
    @verify(CONTINUOUS)
    class C(IntFlag):
        A = 1
        C = 4
        D = 16


def named():
    @verify(NAMED_FLAGS)
    class N(Flag):
        A = 1
        ABC = 7


for f in (dup, cont, named):
    show(f)
print(list(U), unique(U) is U)
show(lambda: Flag("F", "a b c").c.value)
print(repr(IntFlag("G", "x y z").z), list(IntFlag("G", "x y z")))
