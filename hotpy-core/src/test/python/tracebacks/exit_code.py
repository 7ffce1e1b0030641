# SystemExit(3) raised inside nested calls: exit status 3, nothing on stderr.
def inner():
    raise SystemExit(3)


def outer():
    try:
        inner()
    except Exception:
        print("SystemExit is not an Exception")


print("start")
outer()
print("not reached")
