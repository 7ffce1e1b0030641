# collections.UserDict, UserList, UserString.
from collections import UserDict, UserList, UserString
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ud = UserDict({"a": 1}, b=2)
ud["c"] = 3
del ud["a"]
print(ud, ud.data, len(ud), "b" in ud, list(ud), ud.get("x", 0), ud.copy(), type(ud.copy()).__name__)
show(lambda: ud["zz"])
print(ud | {"z": 0}, {"z": 0} | ud, UserDict.fromkeys("ab", 1), ud == {"b": 2, "c": 3})
ud |= {"q": 9}
print(ud, copy.copy(ud), ud.pop("q"), ud.setdefault("n", 1), ud)


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


md = Missing(x=1)
print(md["x"], md["ab"], md.copy(), type(md.copy()).__name__)


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


print(Lower({"A": 1, "B": 2}), Lower(C=3))

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:3], type(ul[1:3]).__name__, ul[0], len(ul), ul + [9], [9] + ul, ul * 2, 2 * ul)
ul += (7, 8)
ul *= 1
ul.insert(0, -1)
ul.extend(UserList([10]))
print(ul, ul.pop(), ul.pop(0), ul.index(7), ul.count(7), 7 in ul, ul.copy())
ul.remove(7)
ul.reverse()
print(ul, ul == [8, 3, 2, 1, 0], ul < [9], ul > UserList([1]), ul.data is not ul.copy().data)
ul[0] = "x"
del ul[1]
print(ul, copy.copy(ul), UserList(), UserList("ab"), UserList(UserList([1])))
ul.clear()
print(ul)

us = UserString("Hello World")
print(us, repr(us), us.lower(), us.upper(), us[0], us[1:4], type(us[1:4]).__name__, len(us))
print(us + "!", "<" + us, us * 2, us.split(), us.replace("World", "There"), us.find("o"), us.count("l"))
print(us.startswith("He"), us.center(15, "*"), us.zfill(13), us.strip("Hd"), us.title(), us.swapcase())
print("World" in us, UserString("a") < "b", us == "Hello World", hash(us) == hash("Hello World"))
print(UserString(42), UserString(UserString("x")), int(UserString("12")), float(UserString("1.5")))
print(UserString("%s-%s") % ("a", "b"), us.partition(" "), us.encode(), us.join(["1", "2"]), us.isalpha())
print(us.removeprefix("Hello "), us.removesuffix("World"), us.ljust(13, "."), us.rjust(13), us.expandtabs())
print(us.format(), UserString("{0}!").format("hi"), us.rfind("o"), us.rindex("o"), us.index("W"), us.casefold())
print(us.capitalize(), us.splitlines(), us.rsplit("o", 1), us.rpartition("o"), us.endswith("ld"), us.translate({72: 74}))
