# json: round trips, floats via float.__repr__, deep structures, unusual strings.
import json

values = [0, -1, 2 ** 63, 2 ** 100, 0.1, 1 / 3, 2.5e-308, 1.7976931348623157e308, 5e-324, 1e100, -123.456,
          "", "a", "quote\"back\\slash", "\x00\x1f\x7f\x80", "\ud800", "\U0010ffff", "tab\tnl\n",
          [], {}, [[]], {"": ""}, [None, True, False], {"nested": {"deeper": {"deepest": [1, [2, [3]]]}}}]
for v in values:
    text = json.dumps(v)
    back = json.loads(text)
    print(repr(text), back == v or (back != back and v != v), type(back).__name__)
for v in values[:12]:
    text = json.dumps(v, ensure_ascii=False)
    print(repr(text), json.loads(text) == v)
doc = {"users": [{"id": i, "name": f"user{i}", "score": i * 1.5, "tags": ["x"] * (i % 3)} for i in range(5)]}
pretty = json.dumps(doc, indent=2, sort_keys=True)
print(pretty)
print(json.loads(pretty) == doc, len(pretty.splitlines()))
compact = json.dumps(doc, separators=(",", ":"))
print(compact, json.loads(compact) == doc)
nested = []
for _ in range(100):
    nested = [nested]
print(len(json.dumps(nested)), json.loads(json.dumps(nested)) == nested)
print(json.dumps({"a": 1}, indent=None, separators=(" , ", " : ")), json.dumps([1, [2, 3]], indent=3, separators=(";", "=")))
print(json.loads(json.dumps({1: 2, 3.5: 4, None: 5})), json.loads('{"1": 2}'))
print(json.dumps([1, 2], indent="--"), json.dumps({"a": [1, {"b": 2}]}, indent="ab"))
