# shlex: split, quote, join and the shlex lexer.
import shlex


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["a b c", "  spaced   out  ", "'single quoted' \"double quoted\"", r"esc\ aped back\\slash", "mix'ed'\"quo\"tes",
          r'"a \"quoted\" word" x', r"'no \escape in single'", "with # comment", "", "a'b'c d\"e\"f", r'"\$HOME \q"',
          "emb\"edded 'single' inside\"", "tab\tsep\nnewline", "ünïcode wörds", "x=1 y='2 3'"]:
    show(lambda: shlex.split(s))
    show(lambda: shlex.split(s, comments=True))
show(lambda: shlex.split("unterminated 'quote"))
show(lambda: shlex.split("trailing\\"))
print(shlex.split("a 'b c' d", posix=False), shlex.split('"x y" z', posix=False))
for s in ["", "plain", "with space", "it's", "$dollar", "semi;colon", "a\"b", "-flag=1,2", "é", "*.py"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["ls", "-l", "my file", "it's"]), shlex.split(shlex.join(["a b", "c'd", "e"])))
lex = shlex.shlex("x = foo(bar, 'baz qux') # trailing")
print(list(lex))
lex = shlex.shlex("a && b || (c; d) > out", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("cmd --opt=val 'arg one'", posix=True)
lex.whitespace_split = True
print(lex.get_token(), lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex("one\ntwo three\nfour")
print([(tok, lex.lineno) for tok in lex], lex.error_leader("file", 3))
