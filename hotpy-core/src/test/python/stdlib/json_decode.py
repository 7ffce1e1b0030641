# json.loads: values, hooks, and JSONDecodeError messages/positions as CPython's.
import json
from json import JSONDecodeError, JSONDecoder
from collections import OrderedDict


def t(s, **kw):
    try:
        print(repr(json.loads(s, **kw)))
    except JSONDecodeError as e:
        print("JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["", " ", "[1,]", '{"a":1,}', '{"a" 1}', "{1:2}", "[1 2]", '"abc', '"a\x01b"', '"\\x"',
          '"\\u12"', '"\\ud800"', '"\\ud83d\\ude00"', "[1] x", "nul", "NaN", "-Infinity",
          "Infinity", "1.5e3", "-0", "01", "1.", ".5", '{"a": [1, {"b": null}], "c": true}',
          "\ufeff[]", b"[1]", bytearray(b"{}"), 3, None, '"\\/"', "[\n1,\n2\n", '{"a":1 "b":2}', "-", "1e",
          "[-]", "tru", '{"a"', "[", "{", '"\\', "123abc", "  [1, 2]  ", '{"x": 1, "x": 2}',
          '"ab\\u12"', '"ab\\u12g4"', '"ab\\ud800\\u0041"', '"ab\\ud800\\uzzzz"', '"a\\qb"',
          '"\\u00e9\\n\\t\\/\\b\\f\\r\\"\\\\"', "[1, 2", '{"a": }', '["a" , ]', "1.5E+3",
          "-12.50e-1", "[1e400, -1e400]", "12345678901234567890", '{"a"  :  1  ,  "b":2}', '"\\ude00"',
          '"\\ud83dx"', "[1,2,3,]", '{"": 1}', "\u00a0[1]", "[1,\u00a02]", "[[[[]]]]", '{"a": {"b": {}}}',
          "0.0", "-0.0", "1E5", "2e-3", "[true, false, null]", '"\u00e9\u4e2d\U0001f600"', "\n\t 7 \r\n",
          "[1.7976931348623157e308, 5e-324, 0.1, 1e22]", '{"nested": [[1, 2], [3, [4, [5]]]]}']:
    t(s)
t('{"a": 1.5, "b": 10}', parse_float=str, parse_int=lambda x: int(x) * 2)
t("[NaN, Infinity, -Infinity]", parse_constant=lambda c: "C:" + c)
t('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items()))
t('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)
t('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p)
t('"a\x01b\tc"', strict=False)
t('"a\x01b"', strict=True)
t(b"\xef\xbb\xbf[1]")
t("[1]".encode("utf-16"))
t("[1]".encode("utf-16-le"))
t("[1]".encode("utf-32"))
t('"\u00e9"'.encode("utf-16-be"))
t('{"k": "\u00e9"}'.encode())
e = JSONDecodeError("msg", "doc\nxy", 5)
print(e.__reduce__(), str(e), e.args)
d = JSONDecoder()
print(d.raw_decode('{"a": 1} trailing'), d.raw_decode("  [2]", 2), d.decode(" 3 "))
try:
    d.raw_decode(" [2]")
except JSONDecodeError as err:
    print("raw_decode:", err)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def hook(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d


print(json.loads('{"points": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=hook))


class MyDecoder(JSONDecoder):
    def __init__(self, **kw):
        super().__init__(parse_int=float, **kw)


print(json.loads("[1, 2]", cls=MyDecoder), json.loads("[1, 2]", cls=MyDecoder, object_hook=None))
import io
print(json.load(io.StringIO('{"from": "file"}')))
big = json.loads("[" + ",".join(str(i) for i in range(1000)) + "]")
print(len(big), sum(big))
deep = json.loads("[" * 50 + "]" * 50)
print(deep if False else "deep ok")
