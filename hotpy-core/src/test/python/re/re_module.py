# The re module's API as programs use it: module functions, Pattern and Match objects, flags,
# sub with templates and functions, errors and warnings, Scanner.
import copy
import re
import warnings


def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print("-- module functions")
print(re.search(r"(\d+)-(\d+)", "call 555-1234 now"))
print(re.match(r"\w+", "hello world").group())
print(re.match(r"world", "hello world"))
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"a", "ab"))
print(re.findall(r"\b\w{3}\b", "the cat sat on a mat"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print([m.span() for m in re.finditer(r"o", "foo boo")])
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c", maxsplit=1))
print(re.split(r"\b", "a b"), re.split(r"x*", "axbc"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.subn(r"a", "o", "banana"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"))
print(re.sub(r"x", "-", "xxx", count=2), re.sub("", "-", "abc"))
print(re.escape("1+1=2?"), re.escape(b"a*b"))
print(re.sub(rb"(\d)", rb"<\1>", b"a1b2"), re.findall(rb"[a-z]+", b"ab 12 cd"))

print("-- flags")
print(re.findall(r"^\w", "one\ntwo\nthree", re.M), re.findall(r"a.b", "a\nb", re.S))
print(re.match(r"ABC", "abc", re.I), re.search(r"(?i)straße", "STRASSE"))
print(re.match(r"""\d+  # digits
                   \.   # a dot""", "12.", re.X))
print(re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"\w+", "héllo wörld"))
print(repr(re.I), str(re.M), repr(re.I | re.M), repr(re.NOFLAG), re.IGNORECASE.value, re.A == 256)
print(repr(re.compile("a", re.I | re.M)), re.compile("x").flags, re.compile(b"x").flags)
print(type(re.I).__name__, isinstance(re.I, int), re.RegexFlag(10))

print("-- patterns")
p = re.compile(r"(?P<key>\w+)=(?P<value>\w*)")
print(p.pattern, p.groups, p.groupindex, p.flags)
print(p.search("x k=v y"), p.match("x k=v", 2), p.match("k=v", 0, 2))
print(p.findall("a=1 b=2", 2), p.sub(r"\g<value>:\g<key>", "a=1 b=2"))
print(p == re.compile(r"(?P<key>\w+)=(?P<value>\w*)"), hash(p) == hash(re.compile(p.pattern)))
print(copy.copy(p) is p, copy.deepcopy(p) is p, re.compile(p) is p)
print(attempt(lambda: re.compile(p, re.I)))

print("-- match objects")
m = re.search(r"(?P<a>\w)(\d)?(?P<c>x)?", "!b7")
print(m, m.group(), m.group(0, 1, "a"), m[1], m["a"], m.groups(), m.groups("-"))
print(m.groupdict(), m.groupdict(0), m.span(), m.span(2), m.start(3), m.end("a"))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern, m.regs)
print(m.expand(r"[\2\g<a>]"), bool(m), re.Match[str])
print(attempt(lambda: m.group(4)), attempt(lambda: m.group("zz")), attempt(lambda: m.start(-1)))

print("-- syntax")
print(re.match(r"(\w+) \1", "hey hey you"), re.match(r"(?P<w>a)(?P=w)", "aa"))
print(re.findall(r"\w+(?=!)", "hi! there yo!"), re.findall(r"(?<!\$)\b\d+", "$5 and 7"))
print(re.findall(r"(?<=@)\w+", "a@b c@d"), re.search(r"(?!abc)\w{3}", "abcabd"))
print(re.match(r"(a)?(?(1)b|c)", "ab"), re.match(r"(a)?(?(1)b|c)", "c"))
print(re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaaaa"), re.findall(r"<.*?>", "<a><b>"))
print(re.match(r"(?:ab)+", "ababx"), re.match(r"(?>a+)b", "aaab"), re.match(r"a++b", "aab"))
print(re.findall(r"[^\W\d_]+", "ab1_cd é"), re.findall(r"\N{GREEK SMALL LETTER ALPHA}+", "ααβ"))
print(re.search(r"\Aab\Z", "ab"), re.search(r"$", "a\n").span(), re.findall(r"\B\w", "ab cd"))

print("-- errors")
for bad in ["(", "a)", "[a", "*a", "a{2,1}", r"\1", "(?P<1>a)", "(?<=a+)b", "(?P<x>a)(?P<x>b)", "a**"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile("a\n(b")
except re.error as e:
    print(e, e.lineno, e.colno)
print(attempt(lambda: re.search("a", 5)), attempt(lambda: re.search(b"a", "a")))
print(attempt(lambda: re.sub("a", lambda m: 5, "a")), attempt(lambda: re.compile(5)))
print(attempt(lambda: re.sub("(a)", r"\2", "a")), attempt(lambda: re.sub("a", r"\g<x>", "a")))
err = re.error("bad thing", "ab\ncd", 4)
print(err, err.msg, err.pattern, err.pos, err.lineno, err.colno, isinstance(err, Exception))

print("-- warnings")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    re.purge()
    re.compile("[[a]")
    re.compile("[a&&b]")
for w in caught:
    print(w.category.__name__, w.message)

print("-- scanner")
scanner = re.Scanner([
    (r"[a-z_]\w*", lambda s, tok: ("NAME", tok)),
    (r"\d+", lambda s, tok: ("NUM", int(tok))),
    (r"[=+*/-]", lambda s, tok: ("OP", tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 3 + y1 * 42 ?"))
sc = re.compile(r"\d").scanner("a1b2")
print(sc.search(), sc.search(), sc.search(), sc.match())

print("-- caching")
re.purge()
a = re.compile("cache-me")
print(re.compile("cache-me") is a, re.compile("cache-me", re.I) is a)
