# string: constants, capwords, Template, Formatter.
import string
from string import Template, Formatter


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits",
             "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)))
print(sorted(string.__all__))
print(string.capwords("hello   big world"), string.capwords(" a-b c-d ", "-"), repr(string.capwords("")))

t = Template("$who likes $what; ${who}s pay $$5 for $what_else")
print(t.substitute(who="tim", what="kung pao", what_else="rice"))
print(t.substitute({"who": "ann", "what": "x"}, what_else="y"), t.template)
show(lambda: t.substitute(who="x"))
print(t.safe_substitute(who="tim"), t.get_identifiers(), t.is_valid())
for bad in ["$", "a $1", "x\ny ${who", "line1\n  $ end", "${}", "$$$", "${a b}"]:
    tb = Template(bad)
    show(lambda: tb.substitute(a=1, who=2))
    print(" safe:", repr(tb.safe_substitute(a=1)), tb.is_valid(), tb.get_identifiers())
print(Template("$a$b ${a}x $_c9 $9").safe_substitute(a=1, b=2, _c9=3))
print(Template("ÿ$x $é").safe_substitute(x="X"), Template("$A $a").substitute(A=1, a=2))


class Percent(Template):
    delimiter = "%"


print(Percent("%name is %% %{age}").substitute(name="Al", age=3))


class Multi(Template):
    delimiter = "[["


print(Multi("a [[x b [[[[ c [[{y}").substitute(x=1, y=2))
print(Template("$x").substitute({"x": 1}, x=2), Template("${x}").substitute(x=[1, 2]))

f = Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{} and {}", 1, 2), f.format("{name:>6}|", name="bob"))
print(f.format("{0.real} {0.imag} {1[k]} {2[1]}", 3 + 4j, {"k": "v"}, "xyz"), f.format("{!r:^9}", "s"))
print(f.format("{:{width}.{prec}f}", 3.14159, width=10, prec=3), f.format("{{literal}} {}", 5))
print(f.vformat("{a}{b}", (), {"a": 1, "b": 2}), f.format("{0!s} {0!a}", "é"))
show(lambda: f.format("{} {0}", 1))
show(lambda: f.format("{0} {}", 1))
show(lambda: f.format("{", 1))
show(lambda: f.format("}", 1))
show(lambda: f.format("{0!x}", 1))
show(lambda: f.format("{:{:{:{}}}}", 1, 2, 3, 4))
show(lambda: f.format("{missing}"))
show(lambda: f.format("{0}"))
print(list(f.parse("a{0}b{x!r:>5}c{{d}}")), list(f.parse("")), list(f.parse("{:}")))
show(lambda: list(f.parse("{a[}")))
print(f.get_field("0.real", [5], {}), f.get_value("k", (), {"k": 1}), f.convert_field(1, "r"), f.format_field(3.5, ".3f"))


class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)

    def check_unused_args(self, used, args, kwargs):
        unused = sorted(set(kwargs) - {u for u in used if isinstance(u, str)})
        if unused:
            print("unused:", unused)


print(Upper().format("{greeting}, {0}! {missing}", "world", greeting="hello", extra=1))
