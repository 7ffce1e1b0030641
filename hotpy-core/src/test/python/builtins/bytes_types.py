# bytes and bytearray: construction, methods, operators, hex, formatting and errors.
b = b"Hello, bytes\x00\xff"
print(b, len(b), b[0], b[-1], b[1:5], b.upper(), b.lower(), b.find(b"l"), b.rfind(b"l"), b.count(b"l"), b.index(b"b"))
print(b.split(b", "), b.replace(b"l", b"L"), b.startswith(b"He"), b.endswith(b"\xff"), b.hex(), b.hex(":"), b.hex("-", 4))
print(bytes.fromhex("de ad be ef"), bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), b"ab" * 2, b"a" + b"b")
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"a,b".partition(b","), b"a b c".split(), b"-".join([b"a", b"b"]), b"ab".center(6, b"*"))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" ".isspace(), b"Ab".istitle(), b"ab".islower(), b"hello world".title())
print(b"l1\nl2\r\n".splitlines(), b"l1\nl2\r\n".splitlines(True), b"a\tb".expandtabs(4), b"42".zfill(5), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"%s=%d %x %r" % (b"k", 5, 255, b"q"), b"%5.1f|%-3c|" % (2.25, 65), b"abc".translate(bytes.maketrans(b"a", b"z")), b"abc".translate(None, b"b"))
print(b"ab" < b"b", b"a" in b"cab", 97 in b"a", list(b"ab"), sorted(b"cab"), b"x".decode(), repr(b"'\""), repr(b'\t\n\\'), bytes(b"ab") is not None)
ba = bytearray(b"hello")
ba[0] = 72; ba.append(33); ba.extend(b"??"); ba.insert(0, 62); ba.remove(63); del ba[1:2]
print(ba, ba.pop(), len(ba), ba.upper(), bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), ba.hex(), bytearray.fromhex("41 42"))
ba[1:3] = b"XYZ"; ba *= 2; ba += b"!"; print(ba, ba.find(b"Z"), ba.replace(b"Z", b""), ba.reverse(), ba, ba.copy() == ba, bytes(ba))
ba.clear(); print(ba, bytearray(b"abc")[::-1], bytearray(b"a b").split(), bytearray(b"x") + b"y", b"x" + bytearray(b"y"), ba == b"")
for bad in [lambda: b"a" + "b", lambda: bytes([256]), lambda: bytes.fromhex("zz"), lambda: b"abc".index(b"z"), lambda: bytearray(b"a").pop(5), lambda: b"x"[5], lambda: bytes("x")]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(int.from_bytes(b"\x00\x10", "big"), b"\x00\x10"[1], memoryview(b"abc")[1], bytes(memoryview(b"xy")), hash(b"ab") == hash(bytes(b"ab")))
