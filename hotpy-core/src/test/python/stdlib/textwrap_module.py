# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options.
import textwrap
from textwrap import TextWrapper


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


text = ("The quick brown fox jumps over the lazy dog. A well-known, hyphenated-word example "
        "--- with an em--dash and    extra   spaces.\tTabs too!  Sentences end. Here.")
for width in (10, 17, 30, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 25))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("supercalifragilisticexpialidocious and more", 8))
print(textwrap.wrap("super-cali-fragilistic-expiali-docious", 9))
print(textwrap.wrap("a b  c   d", 3, drop_whitespace=False))
print(textwrap.wrap("one. two!  three? \"four.\" five", 12, fix_sentence_endings=True))
print(textwrap.wrap("x\ty\tz", 20, expand_tabs=True, tabsize=4), textwrap.wrap("x\ty", 20, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("line1\nline2\nline3", 40), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap(text, 30, max_lines=2), textwrap.wrap(text, 30, max_lines=3, placeholder=" ..."))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11), textwrap.shorten(text, 40, placeholder="~"))
print(textwrap.shorten("  lots   of    space   ", 15), repr(textwrap.shorten("x" * 20, 10)))
show(lambda: textwrap.wrap("abc", 0))
show(lambda: textwrap.shorten("hello world", 3))
show(lambda: textwrap.wrap("abc def", 5, max_lines=1, placeholder=" [.......]"))
w = TextWrapper(width=15, initial_indent=">> ", subsequent_indent=".. ")
print(w.wrap("A longer paragraph that needs several lines of output."), w.fill("short"))
w.width = 8
print(w.wrap("resize the wrapper now"))
print(repr(textwrap.dedent("    def f():\n        return 1\n    \n    x = 2\n")))
print(repr(textwrap.dedent("\tone\n\t\ttwo\n")), repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("   \n  x\n   \n  y")), repr(textwrap.dedent("")), repr(textwrap.dedent("    only")))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\n", "# ")), sorted(textwrap.__all__))
print(textwrap.wrap("the well-known mother-in-law's up-to-date a-b-c x--y pre--", 7))
print(textwrap.wrap("Do it--now! Really---yes. ab-- --cd e.-f", 6))
