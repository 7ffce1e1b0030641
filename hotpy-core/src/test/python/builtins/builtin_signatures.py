# complex's __pow__/__rpow__ take the modulo argument of three-argument pow (an error unless None),
# memoryview.tobytes/cast take their keyword parameters (order; format, shape), and sorted's
# argument errors are worded as CPython's _PyArg_UnpackStack words them.
def t(s):
    try:
        print(s, '->', repr(eval(s)))
    except Exception as e:
        print(s, '->', type(e).__name__, e)

for s in ["(1j).__pow__(2, None)", "(1j).__pow__(2, 3)", "(1j).__rpow__(2, None)", "(1j).__rpow__(2, 3)",
          "(1j).__pow__('a', 3)", "(1j).__pow__(2, 3, 4)", "pow(1j, 2, 3)", "pow(2, 1j, 3)",
          "pow(1j, 2, None)", "1j ** 2", "2 ** 1j", "complex.__pow__(1j)", "complex.__rpow__(1j)"]:
    t(s)

for s in ["memoryview(b'ab').tobytes('C')", "memoryview(b'ab').tobytes(order='F')",
          "memoryview(b'ab').tobytes(order='A')", "memoryview(b'ab').tobytes(order='X')",
          "memoryview(b'ab').tobytes(None)", "memoryview(b'ab').tobytes(order=1)",
          "memoryview(b'ab').tobytes(1, 2)", "memoryview(b'ab').cast('B').tolist()",
          "memoryview(b'ab').cast()", "memoryview(b'ab').cast(format='c').tolist()",
          "memoryview(b'ab').cast('B', shape=[2]).tolist()", "memoryview(b'ab').cast('b', (2,)).tolist()",
          "memoryview(b'ab').cast('B', None)", "memoryview(b'ab').cast('B', [3])",
          "memoryview(b'ab').cast('B', ['x'])", "memoryview(b'ab').cast('B', [-2])",
          "memoryview(b'ab').cast(1)"]:
    t(s)

for s in ["sorted()", "sorted([3, 1], key=None, reverse=True)", "sorted([1], 2)", "sorted(iterable=[1])",
          "sorted([1], 2, 3)", "sorted([2, 1], foo=1)", "sorted([2, 1], reverse=1, key=str)", "sorted(1)"]:
    t(s)
