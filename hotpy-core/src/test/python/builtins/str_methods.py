# Every str method, %-formatting and the format mini-language, encode/decode with error handlers.
s = "Hello, World"
print(s.capitalize(), "hELLO wORLD".casefold(), "ß".casefold(), s.center(20, "*"), s.count("l"), s.count("l", 4, 11))
print(s.endswith("World"), s.endswith(("x", "ld")), s.startswith("Hell", 0), s.startswith("ello", 1, 4))
print("a\tb\tc".expandtabs(), "a\tbb\tc".expandtabs(4), s.find("o"), s.find("o", 5), s.find("z"), s.rfind("o"))
print(s.index("W"), s.rindex("l"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print("{} {name} {!r:>8}".format("x", "z", name="y"), "{:,}".format(1234567), "{:_x}".format(0xdeadbeef))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3 + 4j))
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 3.14159}, "%x %o %e %g %c %r %%" % (255, 8, 12345.678, 0.00001234, 65, "q"))
print("%-6d|%+d|% d|%#x|%#o|%5s|%-5s|%.2s" % (42, 5, 7, 255, 8, "ab", "cd", "xyz"))
print("abc123".isalnum(), "abc".isalpha(), "abc".isascii(), "é".isascii(), "123".isdecimal(), "²".isdigit(), "½".isnumeric())
print("x_1".isidentifier(), "1x".isidentifier(), "abc".islower(), "ABC".isupper(), " \t\n".isspace(), "Title Case".istitle(), "a\x07".isprintable())
print("-".join(["a", "b", "c"]), s.ljust(15, "."), s.rjust(15, "."), "  pad  ".lstrip(), "  pad  ".rstrip(), "xxpadxx".strip("x"))
print(s.lower(), s.upper(), s.swapcase(), "hello world of python".title(), "42".zfill(5), "-42".zfill(5), "+4".zfill(4))
print(s.partition(", "), s.rpartition("o"), s.partition("#"), s.replace("l", "L"), s.replace("l", "L", 2))
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "  a  b ".split(None, 1))
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"))
t = str.maketrans("abc", "xyz", "d")
print("abcd".translate(t), str.maketrans({"a": "1"}), "hello".translate({ord("l"): None}))
print(format(3.14159, ".3f"), format(12, "08b"), format(255, "#X"), format(0.5, "%"), format(1e10, "e"), format(1234.5, ",.1f"))
print(format("txt", "^9"), format("txt", "*<7"), format(-3, "=+6"), format(3.0, "g"), format(1e-7, "g"), format(123456789, ".3g"))
print(f"{'nested':>{10}}", f"{3.5!s:>5}", f"{12:{'>'}{6}}", f"{2**70:,}", f"{1.5e300:.2e}", f"{-0.0}")
print("naïve".encode(), "naïve".encode("latin-1"), "naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
print("naïve".encode("ascii", "xmlcharrefreplace"), "naïve".encode("ascii", "backslashreplace"))
print(b"na\xefve".decode("latin-1"), b"na\xc3\xafve".decode("utf-8"), b"na\xffve".decode("utf-8", "replace"), b"na\xffve".decode("utf-8", "ignore"))
print(b"na\xffve".decode("utf-8", "backslashreplace"), repr(b"na\xffve".decode("utf-8", "surrogateescape")))
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(repr("tab\there 'q' \"d\" \\ \x00 \u1234 \U0001f600"), ascii("é\U0001f600"), str(b"x"), len("\U0001f600"))
print("abc" * 3, "a" < "b", "abc" in "xabcx", "".join(reversed("abc")), "abcdef"[1:5:2], "abc"[-1], min("bca"), sorted("bca"))
print("%s and %r" % ("s", "r"), "%5.2f%%" % 99.555, "%i" % 3.9, "%.3d" % 7, "%*d" % (5, 42), "%-*.*f|" % (8, 2, 3.14159))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "{0} {1}".format(1), lambda: "abc".center(5, "xy")]:
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("ǅ".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print(str(12), str(1.0), str(None), str([1, "a"]), str(), str(b"ab", "ascii"), "x".__len__(), hash("a") == hash("a"))
