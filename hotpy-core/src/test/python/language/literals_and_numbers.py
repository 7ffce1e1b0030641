# Numeric and string literals at their edges, and the arithmetic that joins them.
print(0b1010_1010, 0o7_7, 0xdead_BEEF, 1_000_000, 0_0, 00)
print(1e-7, 1E+300 * 10, 0.1 + 0.2, 1_0.5e1_0, .5, 5., 1j * 1j, (1 + 2j).conjugate())
print(2 ** 64, -2 ** 63, (-2) ** 63, 2 ** -1, 10 ** 20 // 3, -(10 ** 20) % 7)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7 % -2)
print(int("  -0x1F ".strip(), 16), int("1_000"), float("  -inf "), float("1e500"), round(2.675, 2))
print(1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123456789012345678.0, 5e-324, 1.7976931348623157e308)
print(True + True, True * 3.5, -True, ~False, True << 70, (1 << 100) >> 99)
print("a\tb\\n", 'it''s', "\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}", r"\d+\n", b"\x00\xff".hex())
print("""multi
line""", '''x'y"z''', "con" "cat" 'enation', len("\U0001F600"), "😀"[0] == "\U0001F600")
print(rb"\x", Rb"raw", bR"\n", br'\\', f"{'nested'!r:>10}", F"{3.14159:.2f}")
x, width, prec = 12.34567, 10, 3
print(f"{x:{width}.{prec}f}|{x!s:>{width}}|{'s'*3=}|{x=:.1f}|{{}}|{ {1: 2}[1] }")
print(f"{1_000_000:,}", f"{255:#x} {255:#o} {255:#b} {255:08.3f}", f"{-0.0:+}", f"{1e100:.3e}")
print(f"{'abc':*^9}", f"{3:{'>'}{5}}", f"{[1, 2]!a}", f"{'é'!a}", f"{ x = }")
big = 123456789 ** 7
print(big, big.bit_length(), -big // 10 ** 30, big % 97, hex(big)[:20], str(big)[::-1][:10])
print(0.1.as_integer_ratio(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(float.fromhex("0x1.8p1"), (1.5).hex(), 7.0.is_integer(), (2 ** 0.5) ** 2, abs(-3 + 4j))
print(round(0.5), round(1.5), round(-2.5), round(123.456, -1), round(1e300), round(7, -1))
print(bool(0.0), bool(-0.0), bool(float("nan")), 0.0 == -0.0, float("nan") != float("nan"))
print(sorted([3, 1.5, True, -2, 2 ** 70, -0.5]), max(1, 2.0), min([], default="empty"))
