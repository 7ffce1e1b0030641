# sys.excepthook and sys.displayhook: the originals, calling them directly, and a replaced
# excepthook that reports the uncaught exception at the end of the program.
import sys

print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
print(sys.excepthook.__name__, sys.displayhook.__name__)

sys.displayhook(42)
sys.displayhook(None)
print("_ is", _)
sys.displayhook("text")
print("_ is", repr(_))

sys.excepthook(ValueError, ValueError("shown by the default hook"), None)


def report(exc_type, value, tb):
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("custom hook:", exc_type.__name__, value, frames, file=sys.stderr)


def inner():
    raise KeyError("missing")


def outer():
    inner()


sys.excepthook = report
print("before the uncaught exception", flush=True)
outer()
