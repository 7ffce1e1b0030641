"""Conversions between binary data and ASCII encodings (base64, hex, CRCs), in
plain Python.  Error is binascii.Error, a ValueError."""

try:
    _memoryview = memoryview
except NameError:          # an interpreter without memoryview
    class _memoryview:
        pass

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex", "hexlify",
           "unhexlify", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = "binascii"

_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUES = [255] * 256
for _i, _c in enumerate(_B64_ALPHABET):
    _B64_VALUES[_c] = _i
del _i, _c


def _ascii_data(data):
    """bytes of data, which may be a bytes-like object or an ASCII str."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray, _memoryview)):
        return bytes(data)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


def _buffer(data):
    if isinstance(data, (bytes, bytearray, _memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    data = _buffer(data)
    out = bytearray()
    alphabet = _B64_ALPHABET
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        chunk = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((alphabet[chunk >> 18], alphabet[(chunk >> 12) & 63],
                      alphabet[(chunk >> 6) & 63], alphabet[chunk & 63]))
    rest = n - full
    if rest == 1:
        chunk = data[full] << 16
        out += bytes((alphabet[chunk >> 18], alphabet[(chunk >> 12) & 63])) + b"=="
    elif rest == 2:
        chunk = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes((alphabet[chunk >> 18], alphabet[(chunk >> 12) & 63],
                      alphabet[(chunk >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data.  Outside strict mode, characters outside the
    alphabet are skipped and decoding stops at the padding that completes a group."""
    data = _ascii_data(data)
    out = bytearray()
    quad_pos = 0
    pads = 0
    leftchar = 0
    padding_started = False
    values = _B64_VALUES
    n = len(data)
    for i in range(n):
        ch = data[i]
        if ch == 61:   # '='
            padding_started = True
            if strict_mode and i == 0:
                raise Error("Leading padding not allowed")
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = values[ch]
        if v >= 64:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            leftchar = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((leftchar << 2) | (v >> 4)) & 0xFF)
            leftchar = v & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((leftchar << 4) | (v >> 2)) & 0xFF)
            leftchar = v & 0x03
        else:
            quad_pos = 0
            out.append(((leftchar << 6) | v) & 0xFF)
            leftchar = 0
    if quad_pos == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (optionally with a separator)."""
    data = _buffer(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation (an even number of hex digits)."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    for c in data:
        if c not in _HEX_DIGITS:
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")


unhexlify = a2b_hex


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32_TABLE = None


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    global _CRC32_TABLE
    if _CRC32_TABLE is None:
        _CRC32_TABLE = _crc32_table()
    table = _CRC32_TABLE
    crc = ~crc & 0xFFFFFFFF
    for b in _buffer(data):
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT (polynomial 0x1021) incrementally."""
    crc &= 0xFFFF
    for b in _buffer(data):
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
