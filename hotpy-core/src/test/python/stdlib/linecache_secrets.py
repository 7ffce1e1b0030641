# linecache (source lines through the interpreter, cached) and secrets (tokens, randbelow, compare_digest).
import linecache, os, secrets
me = os.path.abspath(__file__)
print(repr(linecache.getline(me, 1)), repr(linecache.getline(me, 10 ** 6)), repr(linecache.getline("<string>", 1)), len(linecache.getlines(me)) > 3)
print(repr(linecache.getline("/no/such/file.py", 1)), linecache.getlines("/no/such/file.py"), linecache.checkcache(), linecache.clearcache())
import json
print(repr(linecache.getline(json.__file__, 1))[:20] != "''")
print(len(secrets.token_bytes()), len(secrets.token_bytes(8)), len(secrets.token_hex(16)), len(secrets.token_urlsafe(16)), 0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", secrets.randbits(8) < 256)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest(b"a", bytearray(b"a")), secrets.compare_digest("a", "ab"))
for a, b in [("é", "é"), ("a", b"a"), (1, 2)]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print("TypeError:", e)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
