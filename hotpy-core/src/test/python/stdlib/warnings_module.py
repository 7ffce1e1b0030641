# warnings: filters, once-per-location display, catch_warnings(record=True), errors.
import warnings
import sys
import io
from contextlib import redirect_stderr


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


buf = io.StringIO()
with redirect_stderr(buf):
    for i in range(3):
        emit("repeated")
    emit("other", RuntimeWarning)
    warnings.warn("direct")
    warnings.warn(UserWarning("instance"))
print(buf.getvalue().replace(__file__, "<file>"))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for i in range(2):
        emit("twice")
    warnings.warn("deprecated!", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning, stacklevel=1)
print([(str(w.message), w.category.__name__, w.lineno, w.filename == __file__) for w in log])
print(len(log), str(log[0]).startswith("{message : UserWarning('twice')"))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    warnings.simplefilter("error", RuntimeWarning)
    show(lambda: warnings.warn("boom", RuntimeWarning))
    warnings.filterwarnings("always", message="keep")
    warnings.warn("keep this")
    warnings.warn("KEEP upper")
    warnings.warn("drop this")
    warnings.filterwarnings("always", category=SyntaxWarning)
    warnings.warn("syntax", SyntaxWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    emit("o1")
    emit("o1")
    warnings.warn("o1")
    warnings.simplefilter("module")
    emit("m1")
    warnings.warn("m1")
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.warn("after reset")
    warnings.filterwarnings("ignore", module="__main__")
    warnings.warn("module filtered")
print([str(w.message) for w in log])

with warnings.catch_warnings(action="error"):
    show(lambda: warnings.warn("as error"))
show(lambda: warnings.warn("x", int))
show(lambda: warnings.warn("x", "notaclass"))
show(lambda: warnings.simplefilter("bogus"))
show(lambda: warnings.filterwarnings("ignore", category=int))
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  code line  "))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "f.py", 3, "")))
out = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "x.py", 7, file=out, line="the line")
print(repr(out.getvalue()))
seen = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: seen.append((str(message), category.__name__))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("custom hook")
warnings.showwarning = old
print(seen)
cw = warnings.catch_warnings()
show(lambda: cw.__exit__())
with cw:
    show(lambda: cw.__enter__())
print(repr(warnings.catch_warnings(record=True)), sorted(warnings.__all__))
buf = io.StringIO()
with redirect_stderr(buf), warnings.catch_warnings():
    warnings.simplefilter("default")

    def deprecated_api():
        warnings.warn("old api", DeprecationWarning, stacklevel=2)

    deprecated_api()
    deprecated_api()
print(buf.getvalue().replace(__file__, "<file>"))
wm = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(wm.message, wm.category.__name__, wm.file, wm.line, wm.source)
