# An exception raised while handling another, then re-raised bare from an outer handler.
def risky():
    int.__truediv__(1, 0)


def handler():
    try:
        risky()
    except ZeroDivisionError as e:
        print("handling", type(e).__name__)
        raise ValueError("handler failed")


try:
    handler()
except ValueError:
    print("outer saw it, re-raising")
    raise
