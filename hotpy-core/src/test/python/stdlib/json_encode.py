# json.dumps: options, reprs of floats, escaping, errors, custom encoders.
import json
from json import JSONEncoder
from collections import OrderedDict
import enum


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "active": True, "dims": (1, 2.5)}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=0))
print(json.dumps({"b": [], "a": {}, "c": [[]], "d": [{}]}, indent=4))
print(json.dumps([1.0, 1e20, 1e-7, 3.14, 0.1 + 0.2, -0.0, 1e16, 123456789.125, float("inf"), float("-inf"), float("nan")]))
print(json.dumps([10 ** 30, -5, True, False, None, "", 0]))
print(json.dumps("é\u2028\U0001f600\x7f\x00\"\\\n\t\b\f\r/"), json.dumps("é\U0001f600\x7f\x00\n", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}), json.dumps([1, 2], separators=(",", ":")))
show(lambda: json.dumps(float("nan"), allow_nan=False))
show(lambda: json.dumps([float("inf")], allow_nan=False))
show(lambda: json.dumps({(1, 2): 3}))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
show(lambda: json.dumps(object()))
show(lambda: json.dumps({"a": {1, 2}}))
loop = []
loop.append(loop)
show(lambda: json.dumps(loop))
d = {}
d["self"] = d
show(lambda: json.dumps(d))
show(lambda: json.dumps({"b": 1, 1: 2}, sort_keys=True))
shared = [1]
print(json.dumps([shared, shared]))
print(json.dumps({"z": 1, "a": 2, "m": {"y": 1, "b": 2}}, sort_keys=True))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps("plain"), json.dumps(None), json.dumps(2.5))
print(json.dumps(set([1]) if False else [1], default=list), json.dumps({"s": {3}}, default=sorted))


class Color(enum.IntEnum):
    RED = 1


class Fl(float):
    def __repr__(self):
        return "Fl!"


class In(int):
    def __repr__(self):
        return "In!"


print(json.dumps([Color.RED, Fl(1.5), In(3), {Color.RED: 1}]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2), {"p": Point(3, 4)}], cls=PointEncoder))
print(PointEncoder(indent=1).encode({"p": Point(0, 0)}))
show(lambda: json.dumps(Point(1, 2)))
print(json.dumps({"p": Point(5, 6)}, default=lambda o: o.__dict__))
enc = JSONEncoder(sort_keys=True, indent=2)
print(list(enc.iterencode({"b": [1, {"c": 2}], "a": "x"})))
print(list(JSONEncoder().iterencode([1, "a", None, [2.5]])))
print(JSONEncoder().encode("é"), JSONEncoder(ensure_ascii=False).encode("é"), JSONEncoder().item_separator, JSONEncoder(indent=2).item_separator)
import io
buf = io.StringIO()
json.dump({"k": [1, 2, {"n": None}]}, buf, indent=1)
print(buf.getvalue())
buf = io.StringIO()
json.dump([1, "two"], buf)
print(buf.getvalue())
text = json.dumps({"unicode": "ünïcödé ☃", "list": list(range(5)), "nested": {"a": [{"b": None}]}})
print(json.loads(text) == {"unicode": "ünïcödé ☃", "list": list(range(5)), "nested": {"a": [{"b": None}]}})
print(json.dumps(json.loads('{"a": [1, 2.0, "3", null, true]}')))
