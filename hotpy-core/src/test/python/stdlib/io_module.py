# io: StringIO and BytesIO (read/write/seek/lines/getvalue), TextIOWrapper over BytesIO, errors.
import io

s = io.StringIO("line1\nline2\nline3")
print(s.read(3), repr(s.readline()), s.readlines(), repr(s.read()), s.tell(), s.seek(0), s.readline(), list(s))
w = io.StringIO()
print(w.write("abc"), w.write("\ndef"), repr(w.getvalue()), w.tell(), w.seek(1), w.write("X"), repr(w.getvalue()), w.truncate(2), repr(w.getvalue()))
print(w.readable(), w.writable(), w.seekable(), w.closed, print("via print", file=w), repr(w.getvalue()))
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print("ValueError:", e)
b = io.BytesIO(b"\x00\x01binary\ndata")
print(b.read(2), b.readline(), b.read(), b.getvalue(), b.tell(), b.seek(-4, 2), b.read(), b.seek(0), b.read1(3) if hasattr(b, "read1") else b.read(3))
bw = io.BytesIO()
bw.write(b"hello"); bw.write(bytearray(b" world")); bw.seek(0); bw.write(b"J")
print(bw.getvalue(), len(bw.getvalue()))
try:
    bw.write("str")
except TypeError as e:
    print("TypeError:", e)
t = io.TextIOWrapper(io.BytesIO("héllo\r\nwörld\n".encode("utf-8")), encoding="utf-8")
print(repr(t.read()), t.encoding)
t2 = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), encoding="ascii", newline="")
print(t2.readlines())
out = io.BytesIO()
tw = io.TextIOWrapper(out, encoding="latin-1", newline="\r\n")
tw.write("x\ny é\n"); tw.flush()
print(out.getvalue())
print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), issubclass(io.StringIO, io.IOBase), io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
try:
    io.StringIO(5)
except TypeError as e:
    print("TypeError:", e)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
