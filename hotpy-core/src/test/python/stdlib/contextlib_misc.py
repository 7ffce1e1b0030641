# contextlib: closing, nullcontext, redirect_stdout/stderr, async context managers.
import sys
import io
from contextlib import (closing, nullcontext, redirect_stdout, redirect_stderr, asynccontextmanager,
                        AsyncExitStack, aclosing, AbstractAsyncContextManager)
import contextlib


class Thing:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True
        print("closed")


t = Thing()
with closing(t) as got:
    print(got is t, t.closed)
print(t.closed)
with nullcontext(5) as v:
    print(v)
with nullcontext() as v:
    print(v)
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured", 1)
    print("more")
print(repr(buf.getvalue()), target is buf)
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("to stderr\n")
print(repr(err.getvalue()))
r = redirect_stdout(io.StringIO())
with r:
    with r:
        print("nested")
print("restored", sys.stdout is sys.__stdout__ or True)
print(sorted(contextlib.__all__))


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")


@asynccontextmanager
async def actx(name):
    print("aenter", name)
    try:
        yield name * 2
    finally:
        print("aexit", name)


async def main():
    async with actx("ab") as v:
        print("got", v)
    try:
        async with actx("err"):
            raise ValueError("in async")
    except ValueError as e:
        print("caught", e)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(actx("s1"))
        stack.callback(print, "sync callback")

        async def acb(x):
            print("async callback", x)
        stack.push_async_callback(acb, 42)
        print("stack body", a)
    async with nullcontext("n") as n:
        print(n)

    class AThing:
        async def aclose(self):
            print("aclosed")
    async with aclosing(AThing()):
        pass
    return "done"


print(run(main()))


class ACM(AbstractAsyncContextManager):
    async def __aexit__(self, *a):
        return None


print(isinstance(ACM(), AbstractAsyncContextManager), isinstance(nullcontext(), AbstractAsyncContextManager))
