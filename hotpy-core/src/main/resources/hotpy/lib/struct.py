"""Conversion between Python values and C structs represented as bytes objects.

Byte order characters: @ (native order, sizes and alignment: x86-64 Linux), =
(native order, standard sizes), < little-endian, > and ! big-endian.  Error
messages follow CPython's _struct module on a little-endian 64-bit machine,
including its quirks (standard formats reuse the native packers when the sizes
agree, so '<h' reports like 'h').
"""

import _hotpy
import math
import sys

try:
    _memoryview = memoryview
except NameError:          # an interpreter without memoryview
    class _memoryview:
        pass

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

_LITTLE_ENDIAN_HOST = sys.byteorder == "little"

# code: (native size, standard size or None if native only)
_SIZES = {"x": (1, 1), "c": (1, 1), "b": (1, 1), "B": (1, 1), "?": (1, 1), "h": (2, 2),
          "H": (2, 2), "i": (4, 4), "I": (4, 4), "l": (8, 4), "L": (8, 4), "q": (8, 8),
          "Q": (8, 8), "n": (8, None), "N": (8, None), "e": (2, 2), "f": (4, 4), "d": (8, 8),
          "s": (1, 1), "p": (1, 1), "P": (8, None)}
_INT_CODES = frozenset("bBhHiIlLqQnNP")
_SIGNED = frozenset("bhilqn")


def _as_bytes_like(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, _memoryview):
        return buffer.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'")


# ---- format parsing -------------------------------------------------------------------

class _Item:
    """One code of a format: its code, repeat count, size and byte offset."""
    __slots__ = ("code", "count", "size", "offset")

    def __init__(self, code, count, size, offset):
        self.code, self.count, self.size, self.offset = code, count, size, offset


def _parse(fmt):
    """(byte order '<' or '>', native?, items, total size, number of values)."""
    order_char = fmt[:1]
    if order_char in ("@", "=", "<", ">", "!"):
        body = fmt[1:]
    else:
        order_char = "@"
        body = fmt
    native = order_char == "@"
    if order_char in ("@", "="):
        order = "<" if _LITTLE_ENDIAN_HOST else ">"
    elif order_char == "<":
        order = "<"
    else:
        order = ">"
    items = []
    offset = 0
    nvalues = 0
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if "0" <= c <= "9":
            j = i
            while j < n and "0" <= body[j] <= "9":
                j += 1
            if j >= n:
                raise error("repeat count given without format specifier")
            count = int(body[i:j])
            i = j
            c = body[i]
        sizes = _SIZES.get(c)
        if sizes is None or (not native and sizes[1] is None):
            raise error("bad char in struct format")
        size = sizes[0] if native else sizes[1]
        if native and c not in "xcbB?sp":
            offset = (offset + size - 1) // size * size   # natural alignment
        if c in "sp":
            items.append(_Item(c, count, count, offset))
            offset += count
            nvalues += 1
        elif c == "x":
            offset += count
        else:
            items.append(_Item(c, count, size, offset))
            offset += size * count
            nvalues += count
        if offset > sys.maxsize:
            raise error("total struct size too long")
        i += 1
    return order, order_char, items, offset, nvalues


# ---- integers -------------------------------------------------------------------------

def _get_int(v):
    if isinstance(v, int):
        return int(v)
    try:
        index = type(v).__index__
    except AttributeError:
        raise error("required argument is not an integer") from None
    return index(v)


_C_LONG = (-2 ** 63, 2 ** 63 - 1)
_C_ULONG = (0, 2 ** 64 - 1)
_NATIVE_MESSAGES = {"b": (-128, 127, "byte format requires -128 <= number <= 127"),
                    "B": (0, 255, "ubyte format requires 0 <= number <= 255"),
                    "h": (-32768, 32767, "short format requires -32768 <= number <= 32767"),
                    "H": (0, 65535, "ushort format requires 0 <= number <= 65535")}


def _packer_kind(code, order_char):
    """Which of CPython's packers handles code: 'native', 'little' or 'big'.  On a
    little-endian host the standard '<'/'=' formats reuse the native packers when
    the sizes agree (all but l and L)."""
    if order_char == "@" or code in "bBc":
        return "native"
    if order_char in ("<", "="):
        return "little" if code in "lL" else "native"
    return "big"


def _range_error(code, size, signed):
    if signed:
        bound = 2 ** (size * 8 - 1)
        return error(f"'{code}' format requires {-bound} <= number <= {bound - 1}")
    return error(f"'{code}' format requires 0 <= number <= {2 ** (size * 8) - 1}")


def _check_int(code, x, size, order_char):
    """Raise struct.error as CPython's packer for this code and byte order would."""
    kind = _packer_kind(code, order_char)
    signed = code in _SIGNED
    if kind == "big" and code in "qQ":
        low, high = (-2 ** 63, 2 ** 63 - 1) if signed else (0, 2 ** 64 - 1)
        if not low <= x <= high:
            raise error("int too large to convert")
        return
    if code == "P":
        if not -2 ** 63 <= x <= 2 ** 64 - 1:
            raise error("int too large to convert")
        return
    if signed or (kind == "native" and code in "BH"):   # these go through a C long first
        if not _C_LONG[0] <= x <= _C_LONG[1]:
            raise error("argument out of range")
    elif not _C_ULONG[0] <= x <= _C_ULONG[1]:
        raise error("argument out of range")
    if kind == "native":
        if code in _NATIVE_MESSAGES:
            low, high, message = _NATIVE_MESSAGES[code]
            if not low <= x <= high:
                raise error(message)
        elif code in "iI" and not (-2 ** 31 <= x < 2 ** 31 if signed else x < 2 ** 32):
            raise _range_error(code, 4, signed)
        return
    if size < 8:
        bound = 2 ** (size * 8 - 1) if signed else 2 ** (size * 8)
        if (signed and not -bound <= x < bound) or (not signed and x >= bound):
            raise _range_error(code, size, signed)


# ---- IEEE 754 floats --------------------------------------------------------------------

def _float_bits(x, ebits, mbits, overflow_code):
    """The IEEE 754 bit pattern of float x with ebits exponent and mbits fraction bits,
    rounded half to even; OverflowError if it rounds beyond the largest finite value
    (overflow_code None means: overflow to infinity, as a C cast does)."""
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    emax = (1 << ebits) - 1
    if math.isnan(x):
        return (sign << (ebits + mbits)) | (emax << mbits) | (1 << (mbits - 1))
    if math.isinf(x):
        return (sign << (ebits + mbits)) | (emax << mbits)
    x = abs(x)
    if x == 0.0:
        return sign << (ebits + mbits)
    bias = (1 << (ebits - 1)) - 1
    m, e = math.frexp(x)                  # x = m * 2**e, 0.5 <= m < 1
    full = int(m * (1 << 53))             # exact: 53 significant bits
    exponent = e - 1 + bias
    if exponent >= 1:
        shift = 53 - (mbits + 1)
    else:
        shift = 53 - (mbits + 1) + (1 - exponent)
        exponent = 0
    if shift > 0:
        q, r = divmod(full, 1 << shift)
        half = 1 << (shift - 1)
        if r > half or (r == half and q & 1):
            q += 1
    else:
        q = full << -shift
    if exponent == 0:
        if q >> mbits:                    # a subnormal rounded up to the smallest normal
            exponent = 1
            q &= (1 << mbits) - 1
    else:
        if q >> (mbits + 1):              # the rounding carried into a new bit
            q >>= 1
            exponent += 1
        q &= (1 << mbits) - 1
    if exponent >= emax:
        if overflow_code is not None:
            raise OverflowError(f"float too large to pack with {overflow_code} format")
        return (sign << (ebits + mbits)) | (emax << mbits)
    return (sign << (ebits + mbits)) | (exponent << mbits) | q


def _bits_float(bits, ebits, mbits):
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exponent = (bits >> mbits) & ((1 << ebits) - 1)
    fraction = bits & ((1 << mbits) - 1)
    bias = (1 << (ebits - 1)) - 1
    if exponent == (1 << ebits) - 1:
        return math.copysign(math.nan, sign) if fraction else sign * math.inf
    if exponent == 0:
        return sign * math.ldexp(fraction, 1 - bias - mbits)
    return sign * math.ldexp(fraction | (1 << mbits), exponent - bias - mbits)


_FLOAT_LAYOUT = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}


def _get_float(v):
    if isinstance(v, float):
        return v
    t = type(v)
    if hasattr(t, "__float__"):
        return float(v)
    if hasattr(t, "__index__"):
        return float(t.__index__(v))
    raise error("required argument is not a float")


# ---- packing and unpacking -----------------------------------------------------------------

def _pack_value(code, v, size, order, order_char):
    """The bytes of one value."""
    if code in _INT_CODES:
        x = _get_int(v)
        _check_int(code, x, size, order_char)
        return (x & ((1 << (size * 8)) - 1)).to_bytes(size, "little" if order == "<" else "big")
    if code in _FLOAT_LAYOUT:
        x = _get_float(v)
        ebits, mbits = _FLOAT_LAYOUT[code]
        # Native 'f' is a C cast (overflows to inf); 'e' and standard 'f' raise.
        overflow_code = None if code == "d" or (code == "f" and order_char == "@") else code
        try:
            bits = _float_bits(x, ebits, mbits, overflow_code)
        except OverflowError:
            if isinstance(v, int):
                raise error("int too large to convert") from None
            raise
        return bits.to_bytes(size, "little" if order == "<" else "big")
    if code == "?":
        return b"\x01" if v else b"\x00"
    if code == "c":
        if not isinstance(v, bytes) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        return v
    raise error("bad char in struct format")


def _pack_string(code, v, size):
    if not isinstance(v, (bytes, bytearray)):
        raise error(f"argument for '{code}' must be a bytes object")
    v = bytes(v)
    if code == "s":
        return v[:size].ljust(size, b"\x00")
    if size == 0:
        return b""
    n = min(len(v), size - 1, 255)
    return (bytes([n]) + v[:n]).ljust(size, b"\x00")


def _unpack_value(code, data, order):
    if code in _INT_CODES:
        return int.from_bytes(data, "little" if order == "<" else "big", signed=code in _SIGNED)
    if code in _FLOAT_LAYOUT:
        ebits, mbits = _FLOAT_LAYOUT[code]
        return _bits_float(int.from_bytes(data, "little" if order == "<" else "big"), ebits, mbits)
    if code == "?":
        return data != b"\x00" * len(data)
    if code == "c":
        return bytes(data)
    raise error("bad char in struct format")


@_hotpy.c_type("_struct.Struct")
class Struct:
    """Struct(fmt) --> compiled struct object: pack, unpack, pack_into, unpack_from,
    iter_unpack, size and format."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError(f"Struct() argument 1 must be a str or bytes object, "
                            f"not {type(format).__name__}")
        self._format = format
        self._order, self._order_char, self._items, self._size, self._nvalues = _parse(format)

    @property
    def format(self):
        """struct format string"""
        return self._format

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def _pack_bytes(self, values, what):
        if len(values) != self._nvalues:
            raise error(f"{what} expected {self._nvalues} items for packing (got {len(values)})")
        out = bytearray(self._size)
        k = 0
        for item in self._items:
            if item.code in "sp":
                out[item.offset:item.offset + item.size] = _pack_string(item.code, values[k], item.size)
                k += 1
                continue
            for j in range(item.count):
                start = item.offset + j * item.size
                out[start:start + item.size] = _pack_value(item.code, values[k], item.size,
                                                           self._order, self._order_char)
                k += 1
        return bytes(out)

    def pack(self, *values):
        """Return a bytes object containing values packed according to the format."""
        return self._pack_bytes(values, "pack")

    def pack_into(self, buffer, offset, *values):
        """Pack values into buffer (a writable bytes-like object) starting at offset."""
        data = self._pack_bytes(values, "pack_into")
        if isinstance(buffer, (bytes, str)) or not isinstance(buffer, (bytearray, _memoryview)):
            raise TypeError(f"argument must be read-write bytes-like object, not "
                            f"{type(buffer).__name__}")
        length = len(buffer)
        size = self._size
        if offset < 0:
            if offset + size > 0:
                raise error(f"no space to pack {size} bytes at offset {offset}")
            if offset + length < 0:
                raise error(f"offset {offset} out of range for {length}-byte buffer")
            start = offset + length
        else:
            start = offset
        if length - start < size:
            raise error(f"pack_into requires a buffer of at least {size + offset} bytes for "
                        f"packing {size} bytes at offset {offset} (actual buffer size is {length})")
        buffer[start:start + size] = data

    def _unpack_at(self, data, start):
        result = []
        for item in self._items:
            base = start + item.offset
            if item.code == "s":
                result.append(bytes(data[base:base + item.size]))
                continue
            if item.code == "p":
                if item.size == 0:
                    result.append(b"")
                    continue
                n = min(data[base], item.size - 1)
                result.append(bytes(data[base + 1:base + 1 + n]))
                continue
            for j in range(item.count):
                lo = base + j * item.size
                result.append(_unpack_value(item.code, data[lo:lo + item.size], self._order))
        return tuple(result)

    def unpack(self, buffer):
        """Unpack a buffer of exactly size bytes into a tuple."""
        data = _as_bytes_like(buffer)
        if len(data) != self._size:
            raise error(f"unpack requires a buffer of {self._size} bytes")
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        """Unpack size bytes of buffer starting at offset (which may be negative)."""
        data = _as_bytes_like(buffer)
        length = len(data)
        size = self._size
        start = offset
        if offset < 0:
            if offset + length < 0:
                raise error(f"offset {offset} out of range for {length}-byte buffer")
            start = offset + length
            if length - start < size:
                raise error(f"not enough data to unpack {size} bytes at offset {offset}")
        if length - start < size:
            raise error(f"unpack_from requires a buffer of at least {size + offset} bytes for "
                        f"unpacking {size} bytes at offset {offset} (actual buffer size is {length})")
        return self._unpack_at(data, start)

    def iter_unpack(self, buffer):
        """Iterate over the buffer, unpacking size bytes at a time."""
        data = _as_bytes_like(buffer)
        if self._size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self._size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self._size} bytes")
        return _UnpackIterator(self, data)

    def __repr__(self):
        return f"Struct({self._format!r})"


class _UnpackIterator:
    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        result = self._struct._unpack_at(self._data, self._pos)
        self._pos += self._struct.size
        return result

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._struct.size


_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _compiled(format).size


def pack(format, /, *values):
    """Return a bytes object containing the values packed according to the format."""
    return _compiled(format).pack(*values)


def pack_into(format, buffer, offset, /, *values):
    """Pack the values according to the format into the writable buffer at offset."""
    return _compiled(format).pack_into(buffer, offset, *values)


def unpack(format, buffer, /):
    """Unpack the buffer (exactly calcsize(format) bytes) according to the format."""
    return _compiled(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """Unpack the buffer, starting at offset, according to the format."""
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the buffer."""
    return _compiled(format).iter_unpack(buffer)


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()
