# Argument errors of builtin methods name the type where CPython does (METH_O and METH_NOARGS
# methods: "list.append() takes exactly one argument") and only the method elsewhere (Argument
# Clinic's "get expected at least 1 argument, got 0"); module functions keep their bare name.
cases = [
    "[].append()", "[].append(1, 2)", "[].append(x=1)", "'a'.upper(1)", "[].clear(1)",
    "(1).bit_length(1)", "{}.keys(1)", "[].count()", "set().add()", "set().add(1, 2)",
    "'a'.isdigit(1)", "{}.get()", "{}.get(1, 2, 3)", "{}.pop()", "[].insert(1)",
    "{}.setdefault()", "[].sort(foo=1)", "len()", "len(1, 2)", "abs()", "id()", "ord()",
    "chr(1, 2)", "b'aB'.upper()", "bytearray(b'aB').swapcase()", "b'aB cd'.capitalize()",
    "b'\\xff'.isascii()", "b'a'.upper(1)", "bytearray(b'a').lower(1)", "b'a'.isascii(2)",
]
for src in cases:
    try:
        print(src, "=", repr(eval(src)))
    except TypeError as e:
        print(src, "->", e)
# the same calls from a compiled loop take the fast paths for 0 and 1 arguments
def hot(n):
    out = []
    for i in range(n):
        out.append(i)
        try:
            out.append()
        except TypeError as e:
            last = str(e)
    return len(out), last
print(hot(50))
