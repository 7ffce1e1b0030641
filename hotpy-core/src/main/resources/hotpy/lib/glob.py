"""Filename globbing: the paths matching a shell pattern, with '**' for any depth.

Names are listed in the order the operating system gives them (as in CPython), so callers
that need an order sort the result."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """A list of the paths matching pathname (relative to root_dir when given)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching pathname."""
    if dir_fd is not None:
        raise NotImplementedError("glob with dir_fd is not supported by HotPy")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        try:
            first = next(found)
            if first:
                found = _chain_first(first, found)
        except StopIteration:
            pass
    return found


def _chain_first(first, rest):
    yield first
    yield from rest


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob_any_depth(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_pattern(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        in_dir = _glob_any_depth if recursive and _is_recursive(basename) else _glob_pattern
    else:
        in_dir = _glob_literal
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob_pattern(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _is_hidden(pattern)):
        names = [n for n in names if not _is_hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob_literal(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(os.path.join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        # 'dir/' matches only a folder
        return [basename]
    return []


def _glob_any_depth(dirname, pattern, dironly, include_hidden):
    """'**': the folder itself (as an empty name), then everything below it."""
    yield pattern[:0]
    yield from _walk_names(dirname, dironly, include_hidden)


def _walk_names(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for sub in _walk_names(path, dironly, include_hidden):
                yield os.path.join(name, sub)


def _listdir(dirname, dironly):
    try:
        with os.scandir(dirname or (os.curdir if isinstance(dirname, str) else os.curdir.encode())) as it:
            return [e.name for e in it if not dironly or _entry_is_dir(e)]
    except OSError:
        return []


def _entry_is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


def _lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _isdir(path):
    try:
        return os.path.isdir(path)
    except (OSError, ValueError):
        return False


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


_MAGIC = re.compile("([*?[])")
_MAGIC_BYTES = re.compile(b"([*?[])")


def has_magic(s):
    """Whether s contains a wildcard character."""
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def _is_hidden(path):
    return path[0] in (".", b"."[0])


def _is_recursive(pattern):
    return pattern == ("**" if isinstance(pattern, str) else b"**")


def escape(pathname):
    """pathname with every wildcard character made literal ('[*]', '[?]', '[[]')."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _MAGIC_BYTES.sub(br"[\1]", pathname)
    else:
        pathname = _MAGIC.sub(r"[\1]", pathname)
    return drive + pathname
