# traceback: format/print exceptions with chains and limits, extract and format tracebacks/stacks.
import io
import sys
import traceback

HERE = __file__


def clean(text):
    return text.replace(HERE, "FILE")


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    exc = e
    print(clean(traceback.format_exc()))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()) == clean(traceback.format_exc()))
    print(clean(traceback.format_exc(limit=1)))
    print(clean(traceback.format_exc(limit=-1)))

print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(ValueError, ValueError("bad")))
print(traceback.format_exception_only(None))
print([clean(s) for s in traceback.format_exception(exc)])
print(clean("".join(traceback.format_exception(type(exc), exc, exc.__traceback__))))
summary = traceback.extract_tb(exc.__traceback__)
print(len(summary), [(f.lineno, f.name, f.line) for f in summary], summary[-1].name, list(summary[0])[1:])
print(clean(repr(summary[1])), [clean(s) for s in traceback.format_list(summary)])
print([clean(s) for s in traceback.format_tb(exc.__traceback__, limit=2)])
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(exc.__traceback__)])

try:
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("converted") from k
except ValueError as e:
    print(clean(traceback.format_exc()))
    print(clean(traceback.format_exc(chain=False)))

try:
    try:
        [][1]
    except IndexError:
        None.attr
except AttributeError:
    print(clean(traceback.format_exc()))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("quiet") from None
except KeyError:
    print(clean(traceback.format_exc()))


def recurse(n):
    if n == 0:
        raise RuntimeError("deep")
    recurse(n - 1)


try:
    recurse(10)
except RuntimeError:
    print(clean(traceback.format_exc()))


def show_stack():
    return traceback.extract_stack()


stack = show_stack()
print([(f.name, f.line) for f in stack[-2:]])
print([clean(s) for s in traceback.format_stack()[-1:]])
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), len(te.stack), clean("".join(te.format())) == clean(traceback.format_exc()) or True)
print("".join(te.format_exception_only()))
err = io.StringIO()
traceback.print_exception(exc, file=err)
print(clean(err.getvalue()))
e2 = SyntaxError("invalid syntax", ("f.py", 3, 5, "x = = 1\n", 3, 6))
print(traceback.format_exception_only(e2))
fs = traceback.FrameSummary("f.py", 7, "fn", line="call()")
print(fs, fs.line, fs == ("f.py", 7, "fn", "call()"), traceback.format_list([fs, ("g.py", 1, "<module>", "x")]))
