# Streams take instance attributes, as CPython's io objects do: a program may replace a
# stream's write or flush on the object itself, and print must then call it.
import io
import sys

buf = io.StringIO()
pieces = []
buf.write = pieces.append
print("a", "b", sep="-", end="!\n", file=buf)
print(pieces)
print(repr(buf.getvalue()))
del buf.write
print("c", file=buf)
print(repr(buf.getvalue()))

buf.tag = "mine"
print(buf.tag, vars(buf), buf.__dict__ is vars(buf))
buf.__dict__["other"] = 1
print(buf.other)
try:
    buf.__dict__ = {}
except AttributeError:
    print("AttributeError: __dict__ is read-only")
try:
    del buf.missing
except AttributeError as e:
    print("AttributeError:", str(e).endswith("object has no attribute 'missing'"))

b = io.BytesIO()
b.note = 3
print(b.note, vars(b))

calls = []
real_write = sys.stdout.write
sys.stdout.write = lambda s: (calls.append(s), real_write(s.upper()))[1]
for i in range(3):
    print("loop", i)
del sys.stdout.write
print(calls)

flushes = []
real_flush = sys.stdout.flush
sys.stdout.flush = lambda: flushes.append("flush")
print("x", flush=True)
print(flushes)
del sys.stdout.flush


class MyIO(io.StringIO):
    pass


m = MyIO()
m.extra = 5
print(m.extra, vars(m))
