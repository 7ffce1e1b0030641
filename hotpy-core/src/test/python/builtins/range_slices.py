# Slicing ranges of any length and step, as CPython's compute_slice, and slice.indices of huge lengths.
# len() works up to sys.maxsize.
for r in [range(10), range(2**62), range(2**70, 2**70 + 3), range(10, 0, -3), range(0), range(-5, 5, 2)]:
    for sl in [slice(None, 4), slice(1, None, 2), slice(None, None, -1), slice(-3, None), slice(2**80, None),
               slice(None, None, 2**40), slice(-2**80, 5), slice(5, -2**80, -1), slice(3, 1)]:
        s = r[sl]
        print(repr(s), len(s), s[0] if len(s) else None, s[-1] if len(s) else None)
print(slice(1, None, 2).indices(2**70), slice(None, None, -1).indices(2**70), slice(-2**80, 2**80).indices(10**30))
print(slice(2, 8, 3).indices(5), slice(None, None, -2**70).indices(2**65))
for bad in [slice(0, 5, 0), slice("a", 2)]:
    try:
        range(2**70)[bad]
    except Exception as e:
        print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(e)
print(len(range(2**63 - 1)))
try:
    len(range(2**63))
except OverflowError as e:
    print("OverflowError:", e)
