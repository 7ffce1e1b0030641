# pprint: pformat/pprint with width, indent, depth, compact, sort_dicts and special containers.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, UserList
from dataclasses import dataclass, field
import types

data = {"name": "widget", "tags": ["alpha", "beta", "gamma", "delta", "epsilon"], "dims": (10, 20, 30),
        "nested": {"a": [1, 2, {"b": list(range(12))}], "c": {"x": None, "y": True}}, "empty": {}, "set": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint([list(range(8))] * 4, width=30)
print(pprint.pformat({"z": 1, "a": 2}), pprint.pformat({"z": 1, "a": 2}, sort_dicts=False), pprint.saferepr([1, {2: 3}]))
long_text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long_text, width=50)
pprint.pprint({"text": long_text, "lines": "one\ntwo\nthree\n" * 3}, width=40)
pprint.pprint([b"\x00\x01\x02\x03" * 10, bytearray(b"abcdefgh" * 8)], width=30)
pprint.pprint(OrderedDict((str(i), i) for i in range(10)), width=40)
pprint.pprint(defaultdict(list, {"k%d" % i: [i] * 3 for i in range(5)}), width=40)
pprint.pprint(Counter("abracadabra-simsalabim"), width=30)
pprint.pprint(deque(range(20)), width=30)
pprint.pprint(deque(range(20), maxlen=25), width=30)
pprint.pprint(ChainMap({"a": list(range(10))}, {"b": list(range(10))}), width=40)
pprint.pprint(UserList(range(30)), width=40)
pprint.pprint(types.SimpleNamespace(alpha=list(range(10)), beta="b" * 30), width=40)
pprint.pprint(types.MappingProxyType({"key%d" % i: i for i in range(8)}), width=40)
pprint.pprint({frozenset({1, 2, 3, 4, 5, 6, 7}), frozenset()}, width=20)


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


pprint.pprint(Point(1, 2, ["a" * 20, "b" * 20, "c" * 20]), width=40)
pprint.pprint([Point(1, 2)], width=40)
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split(" with id=")[0], pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a"]))
print(pprint.pformat(123456789, underscore_numbers=True), pprint.pformat([10 ** 12], underscore_numbers=True))
pprint.pp({"b": 1, "a": [1, 2]}, width=10)
mixed = {1: "int", "s": "str", (1, 2): "tuple", None: "none"}
print(pprint.pformat(mixed))
p = pprint.PrettyPrinter(indent=2, width=30, depth=3)
print(p.pformat([[[[1, 2, 3]]], {"a": {"b": {"c": {}}}}]), p.isreadable([1]), p.isrecursive([1]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError", e)
print(sorted(pprint.__all__))
