# struct: pack/unpack in every byte order, sizes and alignment, floats, strings, errors.
import struct
from struct import Struct, pack, unpack, calcsize


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for fmt in ["@bhiq", "=bhiq", "<bhiq", ">bhiq", "!bhiq", "@?d", "@b0i", "3s2x4p", "@cbhe", "<qQ", "@iq", "@Pq", "xi", "@h5si",
            " i  2h ", "2e", "!HHl", "@lL", "<lL", "", "0s", "10x"]:
    show(lambda: calcsize(fmt))
print(pack("@bhiq", 1, 2, 3, 4), pack("<bhiq", 1, 2, 3, 4), pack(">bhiq", -1, -2, -3, -4), pack("=lL", -5, 5))
print(unpack("<bhiq", pack("<bhiq", -128, 32767, -2 ** 31, 2 ** 63 - 1)), unpack(">HIQ", b"\x00\x01" + b"\xff" * 4 + b"\x80" + b"\x00" * 7))
print(pack("<?cx3s4p", [], b"z", b"abcdef", b"pascal"), unpack("<?cx3s4p", b"\x05zqabc\x09pas"), pack("5p", b"hello world"))
print(pack("3s", b"a"), pack("0s", b"x"), unpack("3p", b"\x05ab"), pack("3s", bytearray(b"q")), pack("2c", b"a", b"b"))
show(lambda: pack("c", bytearray(b"q")))
for code in "efd":
    for v in [0.0, -0.0, 1.5, 0.1, -2.75, 1e-5, 65504.0, 1e-40, float("inf"), float("-inf")]:
        for order in "<>":
            try:
                data = pack(order + code, v)
                print(order + code, v, data, unpack(order + code, data))
            except Exception as e:
                print(order + code, v, type(e).__name__, e)
print(pack("<d", float("nan")), unpack("<d", pack("<d", float("nan")))[0] != 0, pack("f", 1e300), unpack("<f", b"\x01\x00\x00\x00"))
print(pack("<f", 3.4028235e38), unpack("<e", b"\x00\x7c"), unpack("<e", b"\x01\x00"), unpack(">d", bytes(8)), pack("<e", 1e-8))
for bad in [lambda: calcsize("z"), lambda: pack("i", "a"), lambda: pack("b", 200), lambda: pack("B", -1), lambda: pack("h", 40000),
            lambda: pack("<i", 2 ** 40), lambda: pack("<q", 2 ** 70), lambda: pack(">Q", -1), lambda: pack("<H", 70000), lambda: pack(">H", 70000),
            lambda: pack("<L", 2 ** 32), lambda: pack(">l", 2 ** 31), lambda: pack("i"), lambda: pack("i", 1, 2), lambda: unpack("i", b"12"),
            lambda: pack("c", b"ab"), lambda: pack("s", 1), lambda: pack("f", "x"), lambda: pack("<f", 1e300), lambda: pack("e", 1e10),
            lambda: pack("<n", 1), lambda: struct.iter_unpack("", b""), lambda: struct.iter_unpack("i", b"12345"),
            lambda: struct.unpack_from("i", b"12345", 2), lambda: struct.unpack_from("i", b"12345", -2), lambda: struct.unpack_from("i", b"12345", -9),
            lambda: struct.pack_into("i", bytearray(5), 2, 1), lambda: struct.pack_into("i", bytearray(5), -9, 1), lambda: struct.pack_into("i", bytearray(5), -2, 1),
            lambda: struct.pack_into("i", b"12345", 0, 1), lambda: pack("2i", 1), lambda: unpack("i", "abcd"), lambda: pack("i", 1.0),
            lambda: calcsize("12"), lambda: pack("<e", 65520), lambda: pack("i", None)]:
    show(bad)
print(pack("i", True), pack("<f", 2), pack("?", "x"), unpack("??", b"\x00\x05"), unpack("<h", bytearray(b"\xff\xff")), unpack("<h", memoryview(b"\x01\x00")))


class Idx:
    def __index__(self):
        return 7


print(pack("<i", Idx()), pack("<f", Idx()), pack("<d", 1), pack("p", b""), pack("x"))
s = Struct("<hhl")
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(b"\x01\x00\x02\x00\x03\x00\x00\x00"), Struct(b">I").format)
buf = bytearray(12)
s.pack_into(buf, 2, -1, -2, -3)
struct.pack_into(">h", buf, -2, 258)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<h", buf, offset=-4), list(Struct("<H").iter_unpack(b"\x01\x00\x02\x00\x03\x00")))
it = struct.iter_unpack("<b", b"\x01\x02\x03")
print(next(it), it.__length_hint__(), list(it))
record = Struct("<I8s?d")
packed = record.pack(42, b"widget", True, 9.75)
print(packed, record.unpack(packed), len(packed), struct.error.__name__, issubclass(struct.error, Exception))
