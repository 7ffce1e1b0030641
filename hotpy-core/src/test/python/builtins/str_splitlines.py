# str.splitlines: every line boundary (\n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029), with and
# without keepends, on short strings (the char loop) and on texts of 256 chars or more (where a
# text whose only boundary is '\n' is split by String.indexOf).
BOUNDARIES = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def show(s):
    for keep in (False, True):
        parts = s.splitlines(keep)
        print(len(parts), [ascii(p) for p in parts[:4]], [ascii(p) for p in parts[-3:]],
              sum(len(p) for p in parts))


for s in ["", "a", "\n", "\n\n", "a\n", "\na", "a\nb", "a\n\nb\n", "a\r\nb", "a\n\rb", "\r\r\n\n"]:
    show(s)
for b in BOUNDARIES:
    show("x" + b + "y" + b)

line = "the quick brown fox " * 4
for n in (3, 12, 40):
    text = "\n".join([line + str(i) for i in range(n)])
    show(text)
    show(text + "\n")
    show("\n" + text + "\n\n")
    for b in BOUNDARIES[1:]:
        # one other boundary anywhere makes every boundary count
        show(text[:len(text) // 2] + b + text[len(text) // 2:])
        show(text + b)
# non-Latin-1 text
wide = "\u4e16\u754c " * 100
show(wide + "\n" + wide + "\n")
show(wide + "\u2028" + wide)
# a str subclass splits the same way, into plain strs
class S(str):
    pass
parts = S(line * 20 + "\n" + line).splitlines()
print(len(parts), [type(p).__name__ for p in parts])
