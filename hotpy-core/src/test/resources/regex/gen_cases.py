#!/usr/bin/env python3
"""Generates cases.jsonl for RegexCasesTest: one JSON object per line, with the result CPython's
re module gives for a (pattern, flags, subject, operation) row.

Run from this directory with CPython 3.11:  python3 gen_cases.py > cases.jsonl

Strings are JSON strings (bytes are given as latin-1 strings with "bytes": true). Expected values:
  match/search/fullmatch: null, or {"spans": [[start, end], ...], "lastindex", "lastgroup"}
  findall: list of values (a tuple becomes a list); split: list (null for None)
  sub/subn: [result, count]; finditer: list of group-0 spans; compile: groups, groupindex, flags
  errors: {"error": "re.error", "msg", "pos", "lineno", "colno", "str"} or {"error": type, "str"}
"""
import json
import random
import re
import sys
import warnings

warnings.simplefilter("ignore")

ROWS = []


def row(pattern, subject="", op="search", flags=0, **extra):
    ROWS.append(dict(pattern=pattern, subject=subject, op=op, flags=int(flags), **extra))


def enc(v):
    if isinstance(v, bytes):
        return v.decode("latin-1")
    if isinstance(v, tuple):
        return [enc(x) for x in v]
    if isinstance(v, list):
        return [enc(x) for x in v]
    return v


def match_result(m):
    if m is None:
        return None
    spans = [list(m.span(i)) for i in range(m.re.groups + 1)]
    return {"spans": spans, "lastindex": m.lastindex, "lastgroup": m.lastgroup}


def run(r):
    p, s, op, flags = r["pattern"], r["subject"], r["op"], r["flags"]
    pos = r.get("pos", 0)
    endpos = r.get("endpos", sys.maxsize)
    try:
        c = re.compile(p, flags)
        if op == "compile":
            return {"groups": c.groups, "groupindex": dict(c.groupindex), "flags": c.flags}
        if op == "warnings":
            re.purge()
            with warnings.catch_warnings(record=True) as ws:
                warnings.simplefilter("always")
                c = re.compile(p, flags)
                if "repl" in r:
                    re._compile_repl.cache_clear()
                    c.sub(r["repl"], s)
            return [[w.category.__name__, str(w.message)] for w in ws]
        if op in ("match", "search", "fullmatch"):
            return match_result(getattr(c, op)(s, pos, endpos))
        if op == "findall":
            return enc(c.findall(s, pos, endpos))
        if op == "finditer":
            return [list(m.span()) for m in c.finditer(s, pos, endpos)]
        if op == "split":
            return enc(c.split(s, r.get("maxsplit", 0)))
        if op in ("sub", "subn"):
            repl = r["repl"]
            res = c.subn(repl, s, r.get("count", 0))
            return [enc(res[0]), res[1]]
        if op == "escape":
            return enc(re.escape(s))
        if op.startswith("scanner_"):
            sc = c.scanner(s)
            f = sc.match if op == "scanner_match" else sc.search
            out = []
            while len(out) < 20:
                m = f()
                if m is None:
                    break
                out.append(list(m.span()))
            return out
        if op == "expand":
            m = c.search(s)
            return enc(m.expand(r["repl"])) if m else None
        raise ValueError(op)
    except re.error as e:
        return {"error": "re.error", "msg": e.msg, "pos": e.pos, "lineno": e.lineno,
                "colno": e.colno, "str": str(e)}
    except (ValueError, OverflowError, IndexError, TypeError, RecursionError) as e:
        return {"error": type(e).__name__, "str": str(e)}


B = re.B if hasattr(re, "B") else 0
I, M, S, X, A, L, U = re.I, re.M, re.S, re.X, re.A, re.L, re.U

# --- literals and escapes -------------------------------------------------------------------
for p, s in [("abc", "xxabcxx"), ("a.c", "abc a\nc"), (r"\a\f\n\r\t\v", "\a\f\n\r\t\v"),
             (r"\x41\x7e", "A~"), (r"\u00e9", "café"), (r"\U0001F600", "x😀y"),
             (r"\N{EM DASH}", "a—b"), (r"\N{LATIN SMALL LETTER A}", "a"), (r"\0", "\0"),
             (r"\07", "\7"), (r"\101", "A"), (r"\1010", "A0"), (r"\08", "\0" + "8"),
             (r"\\", "\\"), (r"\.", "."), (r"\-", "-"), (r"\#", "#"), (r"\ ", " "),
             (r"\é", "é"), ("é", "café"), ("😀+", "😀😀x"), (r"\N{CJK UNIFIED IDEOGRAPH-4E00}", "一"),
             (r"\N{HANGUL SYLLABLE GA}", "가")]:
    row(p, s)
for p in [r"\q", r"\x4", r"\xg", r"\u12", r"\U0011ffff", r"\N", r"\N{", r"\N{}", r"\N{x",
          r"\N{NOT A REAL NAME}", r"\8", "\\", "a\\", r"\400", r"\777", r"\z", r"\Q", r"\_"]:
    row(p, "", "compile")

# --- classes -------------------------------------------------------------------------------
for p, s in [("[abc]+", "xxcabz"), ("[^abc]+", "abxyzc"), ("[a-f0-4]+", "zzbeef1239"),
             ("[]]", "]"), ("[]a]+", "a]a]"), ("[^]]+", "ab]"), ("[a-]+", "-a-"), ("[-a]+", "a-"),
             (r"[\d]+", "ab123c"), (r"[\D]+", "12ab3"), (r"[\s]+", "a \t\nb"), (r"[\w-]+", "a-b c"),
             (r"[\W]+", "ab, c"), (r"[\S]+", "  ab "), (r"[\b]", "\b"), (r"[\x41-\x43]+", "ABCD"),
             (r"[\101-\103]+", "ABCD"), (r"[\u0100-\u017f]+", "aĀſz"), ("[.*+?]+", "a.*+?b"),
             (r"[\^a]+", "^a^"), ("[a^]+", "a^"), (r"[\]]", "]"), (r"[\\]+", "\\\\"),
             ("[😀-😂]+", "😁😂😃"), (r"[^\x00-\x7f]+", "abcé😀d"), ("[&&]+", "&&"), ("[--]", "-"),
             ("[a|b]+", "a|b"), (r"[\w&&\d]", "&"), ("[[a]", "["), ("[a-a]", "a")]:
    row(p, s)
    row(p, s, "findall")
for p in ["[", "[]", "[a", "[a-", "[z-a]", r"[\d-z]", r"[a-\d]", r"[\x41-\d]", r"[\A]",
          r"[\Z]", r"[\B]", r"[\8]", r"[\9]", r"[\400]", r"[\q]"]:
    row(p, "", "compile")

# --- categories, Unicode and ASCII ------------------------------------------------------------
UNI = "a_Z9 \t\n\u00e9\u00df\u0660\u0967\u2160\u00b2\u3000\u00a0\u2028\x1c\x85\u0435\u4e00😀_\u00aa"
for p in [r"\w", r"\W", r"\d", r"\D", r"\s", r"\S", r"\w+", r"\b\w+\b", r"\B.", r"[\w\s]"]:
    row(p, UNI, "findall")
    row(p, UNI, "findall", A)
row(r"\w", bytes(range(256)), "findall")
row(rb"\w", bytes(range(256)), "findall")
row(rb"\s", bytes(range(256)), "findall")
row(rb"\d", bytes(range(256)), "findall")
row(rb"a", "a", "search")
row(rb"\w+", b"ab\xe9cd_9", "findall")
row(rb"\w+", b"ab\xe9cd_9", "findall", L)
row(rb"\bx", b"\xe9x x", "findall")

# --- anchors -------------------------------------------------------------------------------
for p in ["^a", "a$", "^$", r"\Aa", r"a\Z", "$", "^", r"\b", r"\B", r"\b\w", "a$\n", r"a\Z\n"]:
    for s in ["a", "a\n", "a\na\n", "ba\nab", "", "\n", "a b"]:
        row(p, s, "findall")
    row(p, "a\na\n", "findall", M)
row("^b", "ab", "search", pos=1)
row("$", "ab", "search", endpos=1)
row(r"\Ab", "ab", "search", pos=1)
row(r"b\Z", "abc", "search", endpos=2)
row(r"\bb", "ab", "search", pos=1)
row(r"\B", "", "search")
row(r"\b", "", "search")
row("a$", "a\nb", "search", endpos=2)
row("(?m)$", "a\nb", "match", pos=1, endpos=0)
row("", "abc", "match", pos=2, endpos=1)
row("a?", "abc", "match", pos=2, endpos=1)
row("", "abc", "search", pos=2, endpos=1)
row("(?=)", "abc", "match", pos=3, endpos=1)
row("b", "abc", "match", pos=-5, endpos=99)

# --- groups, named groups, backreferences ------------------------------------------------------
for p, s in [("(a)(b)(c)", "abc"), ("(a)|(b)", "b"), ("((a)b)", "ab"), ("(a(b))", "ab"),
             ("(?P<x>a)(?P<y>b)?", "ac"), ("(?P<first>\\w+) (?P<last>\\w+)", "Jane Doe"),
             (r"(a)\1", "aa"), (r"(a)\1", "ab"), (r"(a|b)\1+", "abbb"), (r"(?P<q>['\"]).*?(?P=q)", "'x\"y'"),
             (r"(a)?\1", "b"), (r"(a*)\1", "aaaa"), (r"(?:(a)|b)\1", "ba"), ("()", ""), ("(())", "x"),
             (r"(a)(?:b)(c)", "abc"), (r"(?:(a)|(b))+", "ab"), (r"(a)+", "aaa"), (r"(a|b)*", "abba"),
             (r"((a)|(b))*", "abab"), (r"(a)|b", "b"), (r"(a)|(b)|(c)", "c"), (r"(?:a|(b))*", "abab"),
             (r"(\d+)-(\d+)", "10-20"), (r"(?P<a>x)|(?P<b>y)", "y"), (r"(?P<n>a)(?P=n)", "aa"),
             (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj"), (r"(a)\11", "a\t"),
             (r"(a)(?P<n>b)\g<n>", "abb")]:
    row(p, s)
    row(p, s, "compile")
for p in ["(", ")", "a)", "(?P<a>x)(?P<a>y)", "(?P<1>x)", "(?P<a b>x)", "(?P<>x)", "(?P<a",
          "(?P=x)", "(?P=)", "(?P=a)(?P<a>x)", "(a\\1)", "(a)\\2", "\\1", "(?Px)", "(?P", "(?",
          "(?<x", "(?<", "(?x", "(?z)", "(?P<a>)(?P<b>)(?P<a>)", "(?P<a>(?P=a))", "(?P<é>x)",
          "(?P<a-b>x)", "(?P=a b)", "(?P<𝔘>x)"]:
    row(p, "", "compile")

# --- quantifiers ---------------------------------------------------------------------------
for p, s in [("a*", "aaab"), ("a+", "baaa"), ("a?", "a"), ("a{2}", "aaaa"), ("a{2,}", "aaaaa"),
             ("a{,2}", "aaaa"), ("a{1,3}", "aaaaa"), ("a*?", "aaa"), ("a+?", "aaa"), ("a??", "a"),
             ("a{2,3}?", "aaaa"), ("a{,}", "aaa"), ("a{", "a{"), ("a{1", "a{1"), ("a{1,", "a{1,"),
             ("a{x}", "a{x}"), ("a{}", "a{}"), ("{", "{"), ("a{1,2", "a{1,2"), ("x{0}", "x"),
             (".*", "abc\ndef"), (".*?x", "abxcx"), ("a.*b", "axbxb"), ("a.*?b", "axbxb"),
             ("(ab)*", "ababa"), ("(ab)+?", "abab"), ("(a|ab)(c|bcd)(d*)", "abcd"),
             ("(?:a|b)*c", "ababc"), ("a{3,5}", "aaaaaaa"), ("(?:ab){2}", "ababab"),
             (r"\d{2,4}?", "12345"), ("(?:)*", "ab"), ("(?:)+", "ab"), ("(?:a*)*", "aab"),
             ("(?:a*)+", "aab"), ("(a*)*", "aab"), ("(a*)+", "aab"), ("(a?)*", "aab"),
             ("(a*?)*", "aab"), ("(a|)*", "aab"), ("(?:x*)*?y", "xxy"), ("(a*)*?b", "aab"),
             ("(?:a|())*", "aa"), ("(a{0,2})*", "aaaaa")]:
    row(p, s)
    row(p, s, "findall")
for p in ["*", "+", "?", "{1}", "a**", "a*+*", "a++*", "a{1}{2}", "a{2,1}", "^*", r"\b+", "(?:^)*",
          "a{99999999999}", "a{4294967295}", "a{1,4294967295}", "a|*", "(*)", "x*??", "a{4294967294}"]:
    row(p, "", "compile")

# --- possessive quantifiers and atomic groups (3.11) -------------------------------------------
for p, s in [("a*+", "aaa"), ("a*+a", "aaa"), ("a++b", "aaab"), ("a?+a", "a"), ("a{1,2}+a", "aaa"),
             ("(?:ab)*+", "ababa"), ("(?:ab)*+b", "ababb"), ("(?>a*)a", "aaa"), ("(?>a|ab)c", "abc"),
             ("(?>ab|a)c", "abc"), ("(?>(a+))b", "aaab"), ("(a|b)*+c", "abac"), ("(?:a|ab)++c", "abc"),
             ("(?>.*)x", "abx"), ("(?>x*)*", "xxy"), ("(?:x*)*+", "xxy"), ("(a*)++b", "aab"),
             ("(?>(a)|(b))+", "ab"), (r"(\w)++\b", "ab cd"), ("(?:a|)*+x", "aax"), ("a{0}+", "a")]:
    row(p, s)
    row(p, s, "findall")

# --- alternation ---------------------------------------------------------------------------
for p, s in [("a|b|c", "xcb"), ("ab|a", "ab"), ("a|ab", "ab"), ("|a", "a"), ("a|", "a"),
             ("(?:ab|ac)d", "acd"), ("x(?:ab|ac|ad)", "xad"), ("(a)|(a)", "a"), ("a|b|", "c"),
             ("(?:a|b)+?c", "abc"), ("cat|category", "category"), ("(?:a|[bc]|d)+", "abcdx")]:
    row(p, s)
    row(p, s, "findall")

# --- lookarounds ---------------------------------------------------------------------------
for p, s in [("a(?=b)", "acab"), ("a(?!b)", "abac"), ("(?<=a)b", "cbab"), ("(?<!a)b", "abcb"),
             ("(?<=ab)c", "abc"), ("(?<=a|b)c", "bc"), (r"(?<=\d{3})x", "12x123x"),
             ("(?=(a+))a*b", "aab"), ("(?=(a))", "a"), ("(?!(a))b", "b"), ("(?<=(a))b", "ab"),
             ("(?<=(?P<l>a))b", "ab"), (r"(a)(?<=\1)", "aa"), ("(?<=^)a", "a"), ("(?<=$)", "a"),
             (r"\w+(?=,)", "ab,cd"), ("(?=a)*", "a"), ("(?<=a)(?=b)", "ab"), ("(?<!^)x", "xax"),
             ("(?<=a(?=b))b", "ab"), ("(?=.*x)a", "bax"), ("(?<=[ab])c", "bc"),
             ("(?<=(?:ab))c", "abc"), ("(?<=a{2})b", "aab"), ("(?!)", "a"), ("(?=)", "a"),
             ("(?<=)x", "x"), ("(?<!)x", "x")]:
    row(p, s)
    row(p, s, "findall")
for p in ["(?<=a*)b", "(?<=a|bc)d", "(?<=a+)", "(?<!x*)", "(?<=(a)\\1)", "(?<=(?P<x>a)(?P=x))",
          "(?<=\\1)(a)", "(?<=a{1,2})", "(?=", "(?<=a", "(?<!a", "(?<=(?(1)a|b))(b)",
          "(a)(?<=(?(1)a|b))"]:
    row(p, "", "compile")
row("b(?<=ab)", "ab", "search", pos=1)
row("(?<=a)b", "ab", "match", pos=1)

# --- conditionals --------------------------------------------------------------------------
for p, s in [("(a)?(?(1)b|c)", "ab"), ("(a)?(?(1)b|c)", "c"), ("(a)?(?(1)b)", "a"),
             ("(?P<x>a)?(?(x)b|c)", "c"), ("(<)?\\w+(?(1)>)", "<ab>"), ("(<)?\\w+(?(1)>)", "<ab"),
             ("(a)|(?(1)x|y)", "y"), ("(?(1)a|b)(c)", "bc"), ("(a)?(?(1)|c)", "c")]:
    row(p, s)
for p in ["(?(1)a|b)", "(?(0)a)", "(?(x)a)", "(?(a b)a)", "(a)(?(1)a|b|c)", "(?(", "(?(1",
          "(?(1)", "(a)(?(-1)a)", "(a)(?(+1)a)", "(a)(?( 1 )a)", "(a)(?(1_0)a)",
          "(a)(?(99999999999999999999)a)", "(a)(?(1)a", "(?(1x)a)"]:
    row(p, "", "compile")

# --- flags ---------------------------------------------------------------------------------
for p, s, f in [("abc", "ABC", I), ("(?i)abc", "aBc", 0), ("a(?i:b)c", "aBc", 0),
                ("a(?i:b)c", "aBC", 0), ("(?i)a(?-i:b)c", "AbC", 0), ("(?i)a(?-i:b)c", "ABC", 0),
                ("(?s).", "\n", 0), (".", "\n", S), ("(?s:.).", "\n\n", 0), ("(?m)^b", "a\nb", 0),
                ("(?x) a b # c\n c", "abc", 0), ("a b", "ab", X), (r"a\ b", "a b", X),
                ("[ ]a", " a", X), ("a#b", "a", X), ("(?x)a(?-x: )b", "a b", 0),
                ("(?x: a )b", "ab", 0), ("(?a)\\w", "é", 0), ("(?u)\\w", "é", 0), (r"\w", "é", A),
                ("(?a:\\w)\\w", "aé", 0), ("(?i)[a-z]+", "HeLLo", 0), ("(?i)ſ", "S", 0),
                ("(?i)s", "ſ", 0), ("(?i)k", "\u212a", 0), ("(?i)\u212a", "k", 0),
                ("(?i)[k]", "\u212a", 0), ("(?i)[ks]", "\u212aſ", 0), ("(?ia)k", "\u212a", 0),
                ("(?i)ß", "SS", 0), ("(?i)ß", "\u1e9e", 0), ("(?i)\u1e9e", "ß", 0),
                ("(?i)µ", "Μ", 0), ("(?i)σ", "ς", 0), ("(?i)Σ", "ς", 0), ("(?i)[^σ]", "ς", 0),
                ("(?i)ı", "I", 0), ("(?i)i", "İ", 0), ("(?i)İ", "i", 0), ("(?i)ǅ", "ǆ", 0),
                ("(?i)[ǅ]", "Ǆ", 0), ("(?i)\U00010400", "\U00010428", 0),
                ("(?i)[\U00010400a]", "\U00010400", 0), ("(?i)[\U00010400a]", "\U00010428", 0),
                ("(?i)[\U00010400-\U00010401]", "\U00010428", 0), ("(?i)[\U00010428b]", "\U00010400", 0),
                ("(?i)[^a]", "A", 0), ("(?i)[^ab]", "A", 0), ("(?i)(a)\\1", "aA", 0),
                ("(?i)(ſ)\\1", "ſs", 0), ("(?i)[a-z]", "\u212a", 0), ("(?i)[a-z]", "İ", 0),
                ("(?i)[\u0100-\u0200]+", "āĀ", 0), ("(?i)é+", "ÉéÉ", 0), ("(?i:[^x])", "X", 0),
                ("(?i)\\w", "\u2160", 0), ("(?i)[\u2160-\u2161]", "\u2170", 0), ("(?i)ΐ", "ΐ", 0),
                ("(?x)a{1, 2}", "a{1,2}", 0), ("(?x)[#]", "#", 0), ("(?x)a#b\nc", "ac", 0)]:
    row(p, s, "search", f)
for p, s, f in [(b"ABC", b"abc", I), (b"(?i)[a-c]+", b"ABC", 0), (b"(?i)\xe9", b"\xc9", 0),
                (b"(?iL)\xe9", b"\xc9", 0), (b"(?iL)a", b"A", 0), (b"[^ab]", b"A", L | I),
                (b"[ab]", b"A", L | I), (b"(?L)\\w", b"\xe9", 0), (b"(?a)\\w", b"a", 0),
                (b"(?L)(a)(?i:\\1)", b"aA", 0), (b"(?i)(a)\\1", b"aA", 0), (b"(?iL)[a-z]+", b"ABC", 0)]:
    row(p, s, "search", f)
for p, f in [("a", L), ("a", A | U), (b"a", U), (b"a", A | L), ("(?L)a", 0), (b"(?u)a", 0),
             ("(?au)a", 0), ("(?aL)a", 0), ("(?i-i:a)", 0), ("(?a-u:x)", 0), ("(?-a:x)", 0),
             ("a(?i)", 0), ("(?i", 0), ("(?-i)", 0), ("(?i-", 0), ("(?i-:a)", 0), ("(?-", 0),
             ("(?i-z:a)", 0), ("(?-1:a)", 0), ("(?iz)", 0), ("(?i1)", 0), ("(?t:a)", 0),
             ("(?-t:a)", 0), ("(?x)(?i)a", 0), ("(?i)(?m)a", 0), ("a|(?i)b", 0), ("(?#c)(?i)a", 0),
             ("(?#abc", 0), ("(?i)", 0), ("(?imsx)", 0), ("a", I | M), ("(?a)a", 0),
             (b"(?L)a", 0), (b"a", L), ("a", 1 << 12), ("(?i:a)", 0), ("(?L:a)", 0), (b"(?a:a)", 0),
             ("x*", re.T), ("x", re.T), ("(?t)x", 0), ("(?u)a", A), ("(?a)a", U)]:
    row(p, "", "compile", f)

# --- split ----------------------------------------------------------------------------------
for p, s, n in [(",", "a,b,,c", 0), (",", "a,b,c", 1), ("(,)", "a,b", 0), ("(,)|(;)", "a,b;c", 0),
                (r"\W+", "Words, words, words.", 0), (r"(\W+)", "Words, words, words.", 0),
                (r"\W+", "Words, words, words.", 1), ("x*", "axbc", 0), (r"\b", "a b", 0),
                ("", "abc", 0), ("^", "a\nb", 0), ("(?m)^", "a\nb\nc", 0), ("$", "a\nb", 0),
                ("a|(b)", "xaybz", 0), ("x", "axbxc", -1), ("x", "", 0), ("", "", 0), ("a*", "baaac", 2)]:
    row(p, s, "split", maxsplit=n)
row(b",", b"a,b", "split")

# --- sub / subn ---------------------------------------------------------------------------
for p, s, repl, n in [("a", "banana", "o", 0), ("a", "banana", "o", 2), ("x*", "abc", "-", 0),
                      ("(a)(n)", "banana", r"\2\1", 0), ("(?P<v>a)", "banana", r"<\g<v>>", 0),
                      ("(a)", "banana", r"\g<1>\g<0>", 0), ("a", "a", r"\n\t\\", 0),
                      ("a", "a", r"\&\-", 0), ("(a)|b", "ab", r"[\1]", 0), ("a", "aaa", "b", -1),
                      (r"\s+", "a  b \n c", " ", 0), ("", "abc", "-", 0), ("(a)", "a", r"\0", 0),
                      ("(a)", "a", r"\01\012", 0), ("(a)", "a", r"\101", 0), ("(a)", "a", r"\10", 0),
                      ("(a)", "a", r"\2", 0), ("(a)", "a", r"\g<2>", 0), ("(a)", "a", r"\g<x>", 0),
                      ("(a)", "a", r"\g<1", 0), ("(a)", "a", r"\g1", 0), ("(a)", "a", r"\g<>", 0),
                      ("(a)", "a", r"\g<-1>", 0), ("(a)", "a", r"\g<a b>", 0), ("(a)", "a", r"\d", 0),
                      ("(a)", "a", "\\", 0), ("(a)", "a", r"\400", 0), ("(a)", "a", r"\g<01>", 0),
                      ("a", "xyz", r"\9", 0), ("(a)", "a", r"\g< 1>", 0), ("b*", "abc", "-", 0),
                      ("(?:x|(y))", "xy", r"<\1>", 0), ("a", "a", "é😀", 0), ("(b)", "abc", r"\g<1>\1\\1", 0)]:
    row(p, s, "subn", repl=repl, count=n)
row(b"(a)", b"banana", "subn", repl=rb"<\1\x>", count=0)
row(b"(a)", b"banana", "subn", repl=rb"\xe9", count=0)
row(b"a", b"banana", "subn", repl=b"\xff", count=0)
row("(a)(b)?", "ac", "expand", repl=r"[\1|\2]")
row("(?P<n>a)", "a", "expand", repl=r"\g<n>\g<0>")

# --- findall shapes and finditer ------------------------------------------------------------
for p, s in [("a", "banana"), ("(a)", "banana"), ("(a)(n)?", "banana"), ("(a)|(n)", "ban"),
             ("", "ab"), ("x*", "axxb"), (r"\b|a", "ab a"), ("a|", "ba"), ("(?=a)", "aa"),
             (r"\w+", "hello, wörld 😀 x"), ("(a)(b)(c)?", "ab"), ("$", "a\n"), ("(?m)$", "a\nb\n")]:
    row(p, s, "findall")
    row(p, s, "finditer")
row("a", "aaaa", "findall", pos=1, endpos=3)
row("", "abc", "finditer", pos=1, endpos=2)
row("a", "aaa", "finditer", pos=5)

# --- bytes --------------------------------------------------------------------------------
for p, s in [(b"a.c", b"abc"), (b"[\x80-\xff]+", b"ab\x80\xffc"), (rb"\xff", b"\xff"),
             (b"\xe9", b"caf\xe9"), (rb"(\w+)@(\w+)", b"me@host"), (rb"\d+", b"a12b"),
             (rb"(?P<n>x)(?P=n)", b"xx"), (rb"\s", b"\x1c"), (rb"[\s]", b"\x0b")]:
    row(p, s)
for p in [rb"\u0041", rb"\U00000041", rb"\N{EM DASH}", b"(?P<\xe9>a)", rb"\777", b"(?P<a b>x)",
          b"[\xe9-a]", rb"\8"]:
    row(p, b"", "compile")

# --- escape -------------------------------------------------------------------------------
# (covered by RegexTest against python3 output generated separately)

# --- verbose mode errors and positions across lines ---------------------------------------
for p in ["(?x)\n  a\n  (\n", "a\n\\q", "ab\ncd\n)", "(?x)[a", "x\n{2,1}"]:
    row(p, "", "compile")

# --- deterministic fuzz: small random patterns against small subjects ---------------------------
ATOMS = ["a", "b", ".", "[ab]", "[^a]", r"\w", r"\b", "^", "$", "(a)", "(b|a)", "(a*)", "(?:ab)",
         "(a|)", "(?=a)", "(?!b)", "(?<=a)", r"\1", "(?:a|b)", "(a?)", "(?P<n>b)", "(?>a|ab)",
         "(?(1)a|b)", r"\B", "(?i:A)", "(?<!b)", "\n", "(?m:^)", "(?s:.)"]
UNI_ATOMS = ["s", "S", "ſ", "k", "K", "\u212a", "ß", "σ", "ς", "Σ", "i", "I", "ı", "İ", "ǅ", "é",
             "😀", "\U00010400", "[sk]", "[^sk]", "[a-zA-Z]", r"\w", r"\W", r"\d", r"\s", "[ſK]",
             "[\U00010400-\U00010410]", "[😀a]", "(s)", "(k|σ)", r"\1", r"(?i:\1)", "[ß]", "[σς]",
             "(?a:[sk])", r"\b", "[^\W\d]", "."]
BYTE_ATOMS = ["a", "b", "[ab]", "\xe9", "\xc9", "[\xe0-\xff]", "[^\xe9a]", "\xff", "A", "[A-Z]",
              r"\w", r"\b", "(a)", r"\1", "(?:a|\xe9)", "."]
UNI_CHARS = ["s", "S", "ſ", "k", "K", "\u212a", "ß", "σ", "ς", "Σ", "i", "I", "ı", "İ", "ǅ", "ǆ",
             "é", "É", "😀", "\U00010400", "\U00010428", " ", "1", "\u0663", "_", "x"]
QUANTS = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{1,2}", "{0,1}?", "*+", "++", "{2}"]


def fuzz_pattern(rnd, atoms, depth=0):
    parts = []
    for _ in range(rnd.randint(1, 3)):
        if depth < 2 and rnd.random() < 0.25:
            inner = fuzz_pattern(rnd, atoms, depth + 1)
            atom = rnd.choice(["(%s)", "(?:%s)", "(%s|b)", "(?:%s|)", "(?>%s)", "(?=%s)"]) % inner
        else:
            atom = rnd.choice(atoms)
        parts.append(atom + rnd.choice(QUANTS))
    return "".join(parts)


def fuzz(seed, count, atoms, chars, flag_choices, as_bytes=False):
    rnd = random.Random(seed)
    seen = set()
    while len(seen) < count:
        p = fuzz_pattern(rnd, atoms)
        flags = rnd.choice(flag_choices)
        if as_bytes:
            p = p.encode("latin-1")
        try:
            re.compile(p, flags)
        except re.error:
            continue
        if (p, flags) in seen:
            continue
        seen.add((p, flags))
        s = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 6)))
        if as_bytes:
            s = s.encode("latin-1")
        op = rnd.choice(["search", "match", "fullmatch", "findall", "split", "subn"])
        extra = {}
        if op == "subn":
            extra["repl"] = rnd.choice([r"<\g<0>>", r"[\1]", "x", ""])
            if as_bytes:
                extra["repl"] = extra["repl"].encode("latin-1")
        row(p, s, op, flags, **extra)


fuzz(1234, 260, ATOMS, "ab\nA", [0, 0, 0, I, M, S])
fuzz(99, 160, UNI_ATOMS, UNI_CHARS, [0, I, I, I | A])
fuzz(7, 100, BYTE_ATOMS, ["a", "b", "A", "\xe9", "\xc9", "\xff", " "], [0, I, L, L | I], True)

# --- realistic patterns ------------------------------------------------------------------
TEXT = ("From: Jane Doe <jane.doe@example.com>\nDate: 2023-04-05 12:34:56\n"
        "Subject: Re: [python-dev] 3.11 release -- déjà vu?\n\n"
        "See https://www.python.org/downloads/release/python-3110/ and http://x.y/z?q=1&r=2.\n"
        "Price: $1,234.50 (was $999.99); phone +1 (555) 123-4567; IP 192.168.0.1, 10.0.0.256.\n"
        "def f(x, y=3):\n    return x ** 2 + y  # comment\n\tindent\r\nCRLF line\n")
for p in [r"[\w.+-]+@[\w-]+\.[\w.]+", r"(\d{4})-(\d{2})-(\d{2})", r"(?P<h>\d\d):(?P<m>\d\d)(?::(?P<s>\d\d))?",
          r"https?://[^\s)]+", r"\$\d{1,3}(?:,\d{3})*(?:\.\d\d)?", r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
          r"^(\w+):\s*(.*)$", r"(?m)^(\w+):\s*(.*)$", r"(?m)^\s+", r"\s+$", r"(?m)\s+$", r"#.*", r"\b[A-Z][a-z]+\b",
          r"\[([^]]+)\]", r"(?i)PYTHON", r"\(\d{3}\)\s*\d{3}-\d{4}", r"[^\x00-\x7f]+", r"\w+(?=\()",
          r"(?<=\$)\d+", r"(?<!\d)\d{3}(?!\d)", r"(['\"]).*?\1", r"\r?\n", r"(?s)Subject:.*?\n\n",
          r"def (\w+)\((.*?)\):", r"\*\*|[-+*/=]", r"(\w)\1", r"\b(\w+)\b(?=.*\b\1\b)"]:
    row(p, TEXT, "findall")
    row(p, TEXT, "search")
for p, repl in [(r"\s+", " "), (r"(\d+)", r"<\1>"), (r"(?m)^", "> "), (r"(?P<user>[\w.]+)@(?P<host>[\w.]+)", r"\g<host>!\g<user>"),
                (r"\b(\w)(\w*)\b", r"\2\1ay"), (r"[aeiou]", ""), (r"(?i)PYTHON", "Py"), (r"\$", r"\\$")]:
    row(p, TEXT, "subn", repl=repl)
for p in [r"\W+", r"(\n)", r"[.;,]\s*", r"(?m)$"]:
    row(p, TEXT, "split")
TOKENS = r"(?P<NUM>\d+(?:\.\d*)?)|(?P<ID>[A-Za-z_]\w*)|(?P<OP>\*\*|[-+*/=()])|(?P<WS>\s+)|(?P<ERR>.)"
row(TOKENS, "x = 3.14 * (y ** 2) + _z1 ? 7", "finditer")
row(TOKENS, "x = 3.14 * (y ** 2) + _z1 ? 7", "scanner_match")
row(TOKENS, "x = 3.14 * (y ** 2) + _z1 ? 7", "findall")

# --- warnings -----------------------------------------------------------------------------
for p in ["[[a]", "[^[a]", "[a&&b]", "[a~~b]", "[a||b]", "[a-b--c]", "[--a]", "[&&]", r"[\&&]",
          "(a)(?(١)a)", "(a)(?(+1)a)", "[a]", b"(?P<\xe9>a)", b"[[]"]:
    row(p, p[:0], "warnings")
row("(a)", "", "warnings", repl=r"\g<+1>")
row(b"(?P<\xe9>a)", b"", "warnings", repl=b"\\g<\xe9>")

# --- re.escape and the scanner -----------------------------------------------------------
for s in ["a.b", "()[]{}?*+-|^$\\.&~# \t\n\r\v\f", "é😀_x1", "", "!\"%',/:;<=>@`"]:
    row("", s, "escape")
row("", b"a.b\xe9 \x00", "escape")
for p, s in [("a|", "aab"), (r"\w+|\s", "ab c"), ("x*", "axx"), ("", "ab")]:
    row(p, s, "scanner_match")
    row(p, s, "scanner_search")

for i, r in enumerate(ROWS):
    out = dict(id=i)
    for k, v in r.items():
        out[k] = enc(v)
    if isinstance(r["pattern"], bytes):
        out["bytes"] = True
    if isinstance(r["subject"], bytes) != isinstance(r["pattern"], bytes):
        out["subject_bytes"] = isinstance(r["subject"], bytes)
    if "repl" in r and isinstance(r["repl"], bytes):
        out["repl"] = r["repl"].decode("latin-1")
    out["expect"] = run(r)
    print(json.dumps(out, ensure_ascii=True))
