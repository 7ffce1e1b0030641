# math and cmath: every function, exact integer functions, fsum/prod/dist/hypot and error messages.
import cmath
import math

vals = [0.5, 1.0, 2.0, 10.0, 1e-10, 123.456]
for name in ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asinh", "atan", "sinh", "cosh", "tanh", "erf", "erfc", "fabs", "cbrt"]:
    f = getattr(math, name)
    print(name, [f(v) for v in vals])
for name in ["asin", "acos", "atanh"]:
    print(name, [getattr(math, name)(v) for v in [0.0, 0.5, -0.25, 0.99]])
print("acosh", [math.acosh(v) for v in [1.0, 2.0, 10.0]], "gamma", [math.gamma(v) for v in [0.5, 1.0, 5.0, 10.5, -1.5]], "lgamma", [math.lgamma(v) for v in [0.5, 3.0, 100.0]])
print(math.atan2(1, -1), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.pow(2, 0.5), math.hypot(3, 4, 12), math.hypot(), math.dist((0, 0), (3, 4)))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10 ** 20 + 0.5), math.modf(-3.25), math.frexp(10.0), math.ldexp(0.625, 4), math.degrees(math.pi), math.radians(180))
print(math.isqrt(10 ** 40 + 1), math.isqrt(99), math.comb(52, 5), math.comb(10 ** 3, 500) % 10 ** 12, math.perm(10, 3), math.perm(5), math.factorial(25), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.prod([1, 2, 3, 4]), math.prod([0.5] * 3, start=8), math.prod([]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.ulp(1.0), math.nextafter(1.0, 2.0))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.isqrt(-1), lambda: math.comb(5, -1), lambda: math.factorial(2.5), lambda: math.sqrt("x"), lambda: math.fsum([math.inf, -math.inf])]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
zs = [1 + 2j, -0.5 + 0.25j, 3j, -2.0, 0.75]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    print("c" + name, [getattr(cmath, name)(z) for z in zs])
print(cmath.phase(-1 + 0j), cmath.phase(complex(-1, -0.0)), cmath.polar(1 + 1j), cmath.rect(2, math.pi / 2), cmath.log(8, 2), cmath.isclose(1j, 1.0000000001j))
print(cmath.isfinite(1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.inf, cmath.infj, cmath.nanj, cmath.pi == math.pi)
for bad in [lambda: cmath.log(0), lambda: cmath.sqrt("x"), lambda: cmath.exp(1000 + 0j)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
