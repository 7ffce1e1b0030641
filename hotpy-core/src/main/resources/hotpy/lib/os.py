"""Operating-system services: files and directories, the environment, processes.

HotPy's os, over its posix module (Java).  os.path is posixpath.  On the command line it
reaches the real file system and environment; an embedded interpreter sees what its
host's policy grants (often nothing: PermissionError, an empty environ).

Descriptor numbers are the interpreter's own: 0-2 are its stdin/stdout/stderr, and
files opened with os.open() or open() get numbers from 3 up, shared between the two.
os.chdir() changes the interpreter's working directory, which every path it opens is
resolved against (the JVM cannot change its process's).
"""

import _hotpy
import abc
import sys
import stat as st

import posix
from posix import *
from posix import _exit, _scandir

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name",
           "path", "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "environ", "getenv", "makedirs",
           "removedirs", "renames", "walk", "scandir", "fspath", "PathLike", "popen",
           "DirEntry", "get_terminal_size", "terminal_size", "stat_result"]
__all__.extend(n for n in dir(posix) if not n.startswith('_') and n not in ('environ',))

name = 'posix'
linesep = '\n'
curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

import posixpath as path
sys.modules['os.path'] = path

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {stat, truncate}
supports_follow_symlinks = {stat}
supports_bytes_environ = True


# ---- paths ----

def fspath(path):
    """The str or bytes a path stands for: str and bytes as they are, else
    path.__fspath__()."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(path_type.__name__, type(path_repr).__name__))


class PathLike(abc.ABC):
    """Abstract base class of objects with a file system path (__fspath__)."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__') or NotImplemented
        return NotImplemented

    def __class_getitem__(cls, item):
        return cls


def fsencode(filename):
    """A path as bytes (UTF-8 with surrogateescape, the file system encoding)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str (UTF-8 with surrogateescape, the file system encoding)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---- the environment ----

class _Environ:
    """os.environ: a mapping of str to str over the process environment; setting or
    deleting a key also updates what child processes inherit."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self._encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return value.decode('utf-8', 'surrogateescape')

    def __setitem__(self, key, value):
        key = self._encodekey(key)
        value = self._encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encoded = self._encodekey(key)
        unsetenv(encoded)
        try:
            del self._data[encoded]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield key.decode('utf-8', 'surrogateescape')

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        if not isinstance(key, str):
            return False
        return self._encodekey(key) in self._data

    def __repr__(self):
        formatted = ", ".join(f"{key!r}: {value!r}" for key, value in self.items())
        return f"environ({{{formatted}}})"

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        try:
            return dict(self.items()) == dict(other.items())
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @staticmethod
    def _encodekey(key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        return key.encode('utf-8', 'surrogateescape')

    _encodevalue = _encodekey

    def keys(self):
        return list(iter(self))

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError('popitem(): environ is empty')

    def clear(self):
        for key in list(self):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def copy(self):
        return dict(self.items())

    def __or__(self, other):
        new = dict(self.items())
        new.update(other)
        return new

    def __ror__(self, other):
        new = dict(other)
        new.update(self.items())
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(posix.environ))
environb = None


def getenv(key, default=None):
    """environ.get(key, default): the variable's value, or default if it is not set."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The folders searched for programs (PATH)."""
    if env is None:
        env = environ
    path_list = env.get('PATH', defpath)
    return path_list.split(pathsep)


# ---- directories ----

def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir -p: create a directory and every missing parent."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir, then remove each parent that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename, creating the new path's folders and pruning the old one's empty ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


@_hotpy.c_type("posix.DirEntry")
class DirEntry:
    """An entry of a directory, as os.scandir() yields them."""

    def __init__(self, folder, name, is_dir, is_file, is_symlink):
        self.name = name
        self.path = path.join(folder, name)
        self._is_dir = is_dir
        self._is_file = is_file
        self._is_symlink = is_symlink
        self._stat = None
        self._lstat = None

    def is_dir(self, *, follow_symlinks=True):
        if follow_symlinks and self._is_symlink:
            return path.isdir(self.path)
        return self._is_dir

    def is_file(self, *, follow_symlinks=True):
        if follow_symlinks and self._is_symlink:
            return path.isfile(self.path)
        return self._is_file

    def is_symlink(self):
        return self._is_symlink

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __class_getitem__(cls, item):
        return cls


class _ScandirIterator:
    """What os.scandir() returns: an iterator of DirEntry and a context manager."""

    def __init__(self, folder):
        self._folder = folder
        self._entries = iter(_scandir(folder))

    def __iter__(self):
        return self

    def __next__(self):
        name, is_dir, is_file, is_symlink = next(self._entries)
        return DirEntry(self._folder, name, is_dir, is_file, is_symlink)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of a directory."""
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory of the tree at top.

    With topdown true the caller may prune dirnames in place to skip subtrees."""
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# ---- files and processes ----

def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object for an open descriptor: open(fd, ...)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_terminal_size(fd=1):
    """The terminal's size: COLUMNS and LINES when set, else the terminal's."""
    try:
        columns = int(environ['COLUMNS'])
        lines = int(environ['LINES'])
        return terminal_size((columns, lines))
    except (KeyError, ValueError):
        return posix.get_terminal_size(fd)


def popen(cmd, mode="r", buffering=-1):
    """Run cmd in a shell; a file object reading its output (mode 'r') or writing its
    input (mode 'w'). close() returns None on success, else the exit status."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """A popen() stream whose close() waits for the process."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def waitstatus_to_exitcode(status):
    """The exit code of a process from its wait status."""
    if status & 0x7f == 0:
        return (status >> 8) & 0xff
    return -(status & 0x7f)


def WIFEXITED(status):
    return status & 0x7f == 0


def WEXITSTATUS(status):
    return (status >> 8) & 0xff


def WIFSIGNALED(status):
    return ((status & 0x7f) + 1) >> 1 > 0 and status & 0x7f != 0


def WTERMSIG(status):
    return status & 0x7f
