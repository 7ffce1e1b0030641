# A long loop switches the frame to tier 1's compiled code in the middle of a call; an exception
# raised later in a handler leaves the compiled code, and must not be handled a second time by
# the interpreter that handed the frame over (it once ran the except clause twice).


def raise_in_handler():
    try:
        for i in range(30000):
            pass
        raise ValueError("x")
    except Exception as e:
        print("caught", repr(e))
        raise KeyError("y")


def finally_after_loop(n):
    try:
        total = 0
        for i in range(n):
            total += i
        return total // (n - n)
    finally:
        print("finally ran")


for call in (raise_in_handler, lambda: finally_after_loop(30000)):
    try:
        call()
    except Exception as e:
        tb = e.__traceback__
        depth = 0
        while tb:
            depth += 1
            tb = tb.tb_next
        print(type(e).__name__, repr(e.__context__), "traceback entries:", depth)
