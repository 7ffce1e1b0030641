# A trace that leaves at a call with keyword arguments (the callee changes, so the identity guard
# before the CALL fails): tier 1 resumes at the CALL, after its KW_NAMES, and must still pass the
# arguments by keyword. Run with -X trace-threshold=1 by .ci/differential.


def f(a, b=0, *, c=1):
    return a * 100 + b * 10 + c


def g(a, b=5, *, c=2):
    return -(a * 100 + b * 10 + c)


out = []
fns = [f, f, f, g]
for i in range(40):
    h = fns[i % 4]
    out.append(h(i, c=i % 7))
    out.append(int.from_bytes(bytes([i, 1]), "little", signed=i > 20))
print(out[:8], out[-8:], sum(out))
