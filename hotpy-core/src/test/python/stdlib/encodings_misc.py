# base64, binascii, colorsys, html.
import base64
import binascii
import colorsys
import html


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for data in [b"", b"a", b"ab", b"abc", b"abcd", b"\x00\xff\xfe", bytes(range(40))]:
    enc = base64.b64encode(data)
    print(enc, base64.b64decode(enc) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data),
          base64.b85encode(data), base64.a85encode(data), base64.b32hexencode(data))
    assert base64.b32decode(base64.b32encode(data)) == data and base64.b85decode(base64.b85encode(data)) == data
    assert base64.a85decode(base64.a85encode(data)) == data and base64.b16decode(base64.b16encode(data)) == data
for s in [b"YWJj", b"YWJjZA==", b"YWJjZA=", b"YWJjZA", b"YWJjZ", b"Y", b"", b"YW Jj\n", b"YWJj====", b"=YWJj", b"YW=Jj",
          b"YWJjZA==YWJj", b"!!YWJj", b"YWJjZA==\n", b"YWJj=", b"YWJjZ===", b"=", b"YWJjZA=a", b"YW==", b"YWJ=", b"YQ==Y"]:
    show(lambda: base64.b64decode(s))
    show(lambda: base64.b64decode(s, validate=True))
for bad in [lambda: base64.b64encode("x"), lambda: base64.b64decode("é"), lambda: base64.b32decode(b"NBSWY3D"),
            lambda: base64.b32decode(b"NBSWY3D1"), lambda: base64.b16decode(b"01ab"), lambda: base64.b16decode(b"0"),
            lambda: base64.b85decode(b"|NsC0~"), lambda: base64.a85decode(b"abc!z"), lambda: binascii.unhexlify("0g"),
            lambda: binascii.unhexlify("012"), lambda: base64.b64decode(3)]:
    show(bad)
print(base64.b64decode("YWJj"), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.urlsafe_b64decode("-_8="), base64.b32decode(b"nbswy3dp", casefold=True))
print(base64.b32decode(b"NBSWY3D0", map01=b"L"), base64.b16decode(b"01ab", casefold=True), base64.a85encode(b"hi", adobe=True), base64.b85encode(b"abc", pad=True))
print(base64.a85encode(b"    \x00\x00\x00\x00", foldspaces=True), base64.a85decode(b"<~BOu!r~>", adobe=True), base64.a85encode(b"x" * 30, wrapcol=10))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\n"), base64.standard_b64encode(b"std"), base64.standard_b64decode(b"c3Rk"))
print(binascii.hexlify(b"\x01\xff"), binascii.hexlify(b"\x01\xff\x10", "-"), binascii.b2a_hex(b"abc", b":", 2), binascii.unhexlify(b"0aFF"))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"x", 0xFFFF))
print(binascii.b2a_base64(b"ab"), binascii.b2a_base64(b"ab", newline=False), binascii.a2b_base64("YWI="), issubclass(binascii.Error, ValueError))

for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (0.5, 0.25, 0.75), (0.1, 0.9, 0.3)]:
    yiq, hls, hsv = colorsys.rgb_to_yiq(*rgb), colorsys.rgb_to_hls(*rgb), colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv, colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
print(colorsys.hsv_to_rgb(0.99, 1, 1), colorsys.hls_to_rgb(0.5, 0.8, 0.5), colorsys.yiq_to_rgb(2, 2, 2), colorsys.hsv_to_rgb(1.0, 0.5, 0.5))

for s in ["<a href=\"x\">'&'</a>", "plain", "&amp; already"]:
    print(html.escape(s), html.escape(s, quote=False))
for s in ["&lt;p&gt; &amp; &quot;q&quot; &#39;s&#x27;", "&copy; 2024 &nbsp;&euro;", "&amp &lt &copy", "&#65;&#x42;&#X43;&#0;&#128;&#x80;",
          "&#xD800;&#1114112;&#x10FFFF;&#1;&#65535;", "&unknown; & alone &#; &#x; &", "&notit; &notin; &ampx", "no refs", "&Aring;&aring;&hellip;"]:
    print(repr(html.unescape(s)))
print(sorted(html.__all__))
