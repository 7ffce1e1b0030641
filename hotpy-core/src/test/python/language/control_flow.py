# Loops with else, break/continue through finally, and the order try/except/finally runs in.


def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            break
    else:
        return "not found"
    return "found at %d" % i


print(search([1, 2, 3], 2), search([], 1), search("abc", "z"))
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
else:
    print("never")
print("n", n)
while False:
    pass
else:
    print("while-else ran")


def finally_order():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append("body%d" % i)
        finally:
            out.append("fin%d" % i)
    return out


print(finally_order())


def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    for _ in range(3):
        try:
            raise ValueError("lost")
        finally:
            break
    return "swallowed"


print(return_in_finally(), swallow())


def nested(x):
    out = []
    try:
        try:
            out.append("inner")
            if x:
                raise KeyError(x)
        except KeyError as e:
            out.append("caught %r" % (e.args,))
            raise TypeError("converted") from e
        else:
            out.append("else")
        finally:
            out.append("inner-finally")
    except TypeError as e:
        out.append("outer %s cause=%r" % (e, e.__cause__))
    finally:
        out.append("outer-finally")
    return out


print(nested(0))
print(nested("k"))
total = 0
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        total += i * 10 + j
print("total", total)
for x in []:
    pass
else:
    print("empty for-else")
it = iter(range(5))
for a in it:
    if a == 1:
        print("skip", next(it))
print(a)
print([i for i in range(3)] if total else None, 1 if 0 else 2 if 0 else 3)
if 0:
    pass
elif []:
    pass
elif "x":
    print("elif chain")
pairs = [(1, "a"), (2, "b")]
for num, (ch,) in [(1, "a"), (2, "b")]:
    print(num, ch)
d = {}
for d["key"] in range(3):
    pass
print(d)
