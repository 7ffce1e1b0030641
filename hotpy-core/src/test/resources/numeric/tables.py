"""Shared helpers of the table generators: one row per line, fields separated by tabs,
every field escaped so that it is printable ASCII (backslash, and \\uXXXXXX for any other
code point, six hex digits). Errors are written as kind 'err' with 'TypeName: message'."""
import struct

def esc(s):
    out = []
    for c in s:
        o = ord(c)
        if c == '\\':
            out.append('\\\\')
        elif 32 <= o < 127:
            out.append(c)
        else:
            out.append('\\u%06x' % o)
    return ''.join(out)

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def from_bits(h):
    return struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]

def outcome(fn):
    """('ok', result) or ('err', 'Type: message')."""
    try:
        return 'ok', fn()
    except Exception as e:
        return 'err', f'{type(e).__name__}: {e}'

def write(path, header, rows):
    with open(path, 'w', encoding='ascii') as f:
        f.write('# ' + header + '\n')
        for r in rows:
            f.write('\t'.join(esc(str(x)) for x in r) + '\n')
