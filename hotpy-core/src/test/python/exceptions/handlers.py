# except clauses: tuples, order, base classes, bare except, exception attributes and notes.


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return "[%d] %s" % self.args


class NotFound(AppError, LookupError):
    pass


def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-builtin %s" % type(e).__name__
    except NotFound as e:
        return "NotFound %s code=%d mro=%s" % (e, e.code, [c.__name__ for c in type(e).__mro__])
    except AppError:
        return "AppError"
    except ArithmeticError as e:
        return "arith %r" % (e,)
    except Exception as e:
        return "other %s: %s" % (type(e).__name__, e)
    except BaseException as e:
        return "base %s" % type(e).__name__


for exc in (KeyError("k"), IndexError(), NotFound(404, "nope"), AppError(1, "x"), ZeroDivisionError("zd"),
            OverflowError, ValueError("bad", 2), KeyboardInterrupt(), SystemExit(3), StopIteration(7)):
    print(classify(exc))
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e) is FileNotFoundError, repr(e))
print(KeyError("k"), str(KeyError("a", "b")), repr(KeyError()), str(ValueError()), ValueError(1, 2).args)
print(StopIteration(5).value, SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
e = ValueError("base")
e.add_note("first note")
e.add_note("second")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as t:
    print("TypeError", t)
print(isinstance(NotFound(1, "x"), LookupError), issubclass(FileNotFoundError, OSError),
      issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError),
      issubclass(ModuleNotFoundError, ImportError), issubclass(TimeoutError, OSError))
try:
    raise "not an exception"
except TypeError as t:
    print("TypeError", t)
try:
    try:
        pass
    except 5:
        pass
    print("bad except clause not evaluated when nothing is raised")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as t:
    print("TypeError", t)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
caught = []
for exc in (ValueError, TypeError, KeyError):
    try:
        raise exc("x")
    except:
        caught.append(type(__import__("sys").exc_info()[1]).__name__)
print(caught)


def finally_value():
    x = []
    try:
        x.append("try")
        return x
    finally:
        x.append("finally")


print(finally_value())
try:
    assert 1 + 1 == 3, "math is broken: %d" % (1 + 1)
except AssertionError as a:
    print("AssertionError", a)
try:
    assert False
except AssertionError as a:
    print("AssertionError", repr(a), a.args)
errors = {}
NOTHING = None
for name, fn in [("zero", lambda: 1 // 0), ("float zero", lambda: 1.0 / 0), ("mod zero", lambda: 5 % 0),
                 ("index", lambda: [][1]), ("tuple index", lambda: ()[0]), ("str index", lambda: "ab"[5]),
                 ("key", lambda: {}[(1, 2)]), ("attr", lambda: (1).nope), ("name", lambda: undefined_name),
                 ("call", lambda: NOTHING()), ("unhashable", lambda: {[]: 1}), ("add", lambda: 1 + "a"),
                 ("neg index", lambda: [1, 2][-3]), ("int parse", lambda: int("12a")), ("chr", lambda: chr(-1)),
                 ("pow", lambda: 0 ** -1), ("iter", lambda: iter(5)), ("next", lambda: next(iter([]))),
                 ("unpack", lambda: [a for a, b in [(1, 2, 3)]]), ("overflow", lambda: 10.0 ** 400),
                 ("float int", lambda: int(float("inf"))), ("list remove", lambda: [1].remove(2)),
                 ("str mul", lambda: "a" * "b"), ("compare", lambda: 1 < "a"), ("setattr", lambda: setattr(1, "x", 2))]:
    try:
        fn()
    except Exception as ex:
        errors[name] = "%s: %s" % (type(ex).__name__, ex)
for k, v in errors.items():
    print(k, "->", v)
