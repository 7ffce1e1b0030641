# An uncaught exception with an explicit and an implicit chain: CPython's report on stderr,
# status 1. Each failing line is a whole statement, so CPython prints no caret lines.
def parse(text):
    try:
        int(text)
    except ValueError as e:
        raise LookupError("cannot parse %r" % text) from e


def load(items):
    for item in items:
        try:
            parse(item)
        except LookupError:
            {}.__getitem__("missing")


print("before")
load(["1", "2"])
load(["3", "x"])
print("never")
