"""Lines of source files, read once and cached (for tracebacks and tools that show source).

Files are read through the interpreter (_hotpy.read_source), so the bundled library's sources
are found too and an embedded interpreter reads only what its host allows."""

import _hotpy

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (1-based) of filename with its newline, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Every line of filename, each ending in a newline; [] when it cannot be read."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose files changed: HotPy cannot tell, so nothing is dropped."""
    return None


def updatecache(filename, module_globals=None):
    """Read filename into the cache and return its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        data = _hotpy.read_source(filename)
    except (OSError, ValueError, TypeError):
        data = None
    if data is None:
        return []
    text = _decode(data)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = (len(data), None, lines, filename)
    return lines


def _decode(data):
    """Source bytes to text: a BOM or a coding cookie in the first two lines, else UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    for line in data.split(b"\n", 2)[:2]:
        stripped = line.lstrip()
        if stripped.startswith(b"#") and b"coding" in stripped:
            i = stripped.find(b"coding")
            rest = stripped[i + 6:]
            if rest[:1] in (b":", b"="):
                name = rest[1:].strip().split()[0] if rest[1:].strip() else b""
                name = bytes(c for c in name if chr(c).isalnum() or c in b"-_.")
                try:
                    return data.decode(name.decode("ascii"), "replace")
                except LookupError:
                    break
        elif stripped and not stripped.startswith(b"#"):
            break
    return data.decode("utf-8", "replace")


def lazycache(filename, module_globals):
    """Register a module's loader for later reading: HotPy reads files directly, so no."""
    return False
