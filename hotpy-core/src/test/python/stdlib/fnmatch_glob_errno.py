# fnmatch (translate, filter, fnmatch/fnmatchcase), glob over this test tree (read only), errno.
import errno
import fnmatch
import glob
import os

for pat in ["*.py", "a?c", "[abc]*", "[!a-c]x", "*a*b*", "x[", "[]]", "[!]]", "a**b", "", "[a-]", "[\\]", "a[b-a]c",
            "[a-z&&]", "[[]", "*.*.*", "[!]", "[^a]", "[a-c-e]", "[z-a-c]", "[--a]", "[!-]", "a[-]b", "[a-b-c-]"]:
    print(repr(pat), repr(fnmatch.translate(pat)))
names = ["a.py", "b.txt", "c.PY", ".hidden", "abc", "x[y]"]
print(fnmatch.filter(names, "*.py"), fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.filter(names, "[ab]*"))
print(fnmatch.fnmatch("x[y]", "x[[]y]"), fnmatch.fnmatch(b"a.py", b"*.py"), fnmatch.filter([b"q.c", b"qq.c"], b"?.c"), fnmatch.fnmatch("", "*"))
here = os.path.dirname(os.path.abspath(__file__))
parent = os.path.dirname(here)
os.chdir(parent)
# only patterns whose matches stay the same when programs are added here
print(sorted(glob.glob("stdlib/os_modul?.py")), sorted(glob.glob("stdlib/shadowing/*.py")), glob.glob("no_such_dir/*"))
print(sorted(glob.glob("*/[o]s_module.*")), sorted(glob.glob("stdlib/[st]ys_module.py")), sorted(glob.glob("stdlib/os_module.?y")))
print(sorted(glob.glob("**/colorsys.py", recursive=True)), [p for p in sorted(glob.glob("stdlib/**/*.py", recursive=True)) if "colorsys" in p or "os_mod" in p])
print(sorted(glob.glob("os_m*.py", root_dir=here)), glob.glob("stdlib/"), glob.glob("stdlib"), sorted(glob.iglob("stdlib/shadow*")))
print(glob.escape("a/s[1]*?.txt"), glob.has_magic("x*"), glob.has_magic("plain"), glob.glob(glob.escape("stdlib/os_module.py")))
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR, errno.EINVAL, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[2], errno.errorcode[errno.EAGAIN], len(errno.errorcode) > 100)
try:
    open(os.path.join(here, "no_such_file.txt"))
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
