# complex.__format__: the mini-language for complex numbers, and its refusals.
specs = ["", ">20", ".2f", "+.1e", " g", "<15.3", "^20", "*>12", ",.2f", "10", "g", ".0f", "z.1f", "+", "-", "#g", "#", "_g", "E", ".3G", "n"]
values = [1 + 2j, -1.5 - 2.25j, 2j, complex(-0.0, 3), 1e20 + 1e-5j, 12345.678 - 9876.5j, complex(0, -0.0), complex(float("nan"), float("inf"))]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in values])
print(f"{3 - 4j:>12.2f}|{1j:<6}|{-1j!r:^10}|", "{:.1%}".format(0.5), "{0.real} {0.imag}".format(2 + 3j))
for spec in ["=10", "010", "0>10", "%", "d", "s"]:
    try:
        print(spec, format(1 + 2j, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)
