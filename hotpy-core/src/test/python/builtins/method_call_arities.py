# Builtin methods called with 0-3 positional arguments (the calls that skip the argument array),
# with defaults left out, "?" defaults, keywords, too many or too few arguments and a wrong self,
# inside loops so that the calls are specialised and the functions compiled.


class S(str):
    pass


class D(dict):
    pass


def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


def arities(s, d, l):
    out = []
    out.append(s.lower())                      # 0 of 0
    out.append(s.split())                      # 0 of 2, defaults
    out.append(s.strip("x"))                   # 1 of 1 with "?"-style default left out elsewhere
    out.append(s.strip())                      # 0 of 1
    out.append(s.find("b"))                    # 1 of 3
    out.append(s.find("b", 2))                 # 2 of 3
    out.append(s.find("b", 2, 4))              # 3 of 3
    out.append(s.replace("a", "A"))            # 2 of 3
    out.append(s.replace("a", "A", 1))         # 3 of 3
    out.append(s.startswith(("x", "a"), 0, 3))
    out.append(s.count("a", 1))
    out.append(d.get("k"))                     # 1 of 2
    out.append(d.get("k", 0))                  # 2 of 2
    out.append(d.get("missing", -1))
    out.append(d.setdefault("n", []))
    out.append(d.pop("zz", "dflt"))            # 2 of 2, "?" default given
    l.append(len(out))                         # 1 of 1
    l.insert(0, "first")                       # 2 of 2
    out.append(l.pop())                        # 0 of 1
    out.append(l.index("first", 0, 5))         # 3 of 3
    out.append(s.split(maxsplit=1))            # keywords go through the binding
    out.append(s.split(" ", maxsplit=1))
    return out


def errors(s, d, l):
    out = []
    out.append(show(lambda: d.get()))
    out.append(show(lambda: d.get(1, 2, 3)))
    out.append(show(lambda: d.pop("nope")))
    out.append(show(lambda: s.find()))
    out.append(show(lambda: s.find("a", 1, 2, 3)))
    out.append(show(lambda: s.replace("a")))
    out.append(show(lambda: s.replace("a", "b", 1, 2)))
    out.append(show(lambda: s.lower(1)))
    out.append(show(lambda: l.append()))
    out.append(show(lambda: l.append(1, 2)))
    out.append(show(lambda: l.insert(1, 2, 3)))
    out.append(show(lambda: str.lower(5)))
    out.append(show(lambda: dict.get([], 1, 2)))
    out.append(show(lambda: str.replace(1, "a", "b", 1)))
    out.append(show(lambda: s.split(sep=" ", bad=1)))
    out.append(show(lambda: d.get(key="k")))
    out.append(show(lambda: s.find("a", "x")))
    return out


def main():
    first = None
    for i in range(60):
        for s, d in (("abc ab xb", {"k": 1}), (S("xab cab"), D(k=2)), ("  xx  ", {})):
            r = arities(s, dict(d), ["a", "b"])
            e = errors(s, dict(d), [])
            if i == 0 or i == 59:
                print(i, type(s).__name__, r)
                print(i, type(s).__name__, e)
    print("done")


main()
