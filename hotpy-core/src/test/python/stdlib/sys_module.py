# sys: version reporting, limits, float_info, streams, exit, recursion limit, intern, modules, path.
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), sys.version.startswith("3.11"), sys.hexversion >> 16 == 0x30B)
print(sys.implementation.name in ("cpython", "hotpy"), hasattr(sys.implementation, "version"), sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min, sys.float_info.radix)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.maxunicode)
print(type(sys.argv).__name__, sys.argv[0].endswith("sys_module.py"), isinstance(sys.path, list), "sys" in sys.modules, sys.modules["sys"] is sys)
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
a = sys.intern("hello world!")
print(a is sys.intern("hello world!"), sys.intern("x" * 3))
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
sys.stdout.write("written\n")
print("to stdout", file=sys.stdout)
print(sys.stdin is not None, sys.stderr is not None, sys.__stdout__ is not None, sys.stdout.encoding.lower().replace("-", ""))
print(sys.getdefaultencoding(), sys.platform in ("linux", "darwin", "win32", "java"), type(sys.flags).__name__, sys.dont_write_bytecode in (True, False))
print(sys.exc_info(), callable(sys.exit), sys.getsizeof(1) > 0, type(sys.getrefcount).__name__ if hasattr(sys, "getrefcount") else "builtin_function_or_method")
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1], sys.exc_info()[2] is not None, sys.exception().args)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno > 0)
