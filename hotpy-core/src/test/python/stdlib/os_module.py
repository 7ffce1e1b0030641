# os and os.path on the command line: path manipulation, the environment, and reading (never
# writing: the mutation fuzz test runs mutants of these programs) files and folders of the tests.
import os
import os.path

print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/abs"), os.path.split("/a/b/c"), os.path.splitext("f.tar.gz"), os.path.basename("/a/b/"))
print(os.path.dirname("/a/b/c"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.path.isabs("x"), os.path.commonprefix(["abc", "abd"]))
print(os.path.relpath("/a/b/c", "/a"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.expanduser("~") != "~", os.sep, os.pathsep, os.curdir, os.pardir, os.linesep == "\n")
os.environ["HOTPY_TEST_VAR"] = "value"
print(os.environ["HOTPY_TEST_VAR"], os.getenv("HOTPY_TEST_VAR"), os.getenv("HOTPY_UNSET_VAR", "dflt"), "HOTPY_TEST_VAR" in os.environ)
del os.environ["HOTPY_TEST_VAR"]
print(os.environ.get("HOTPY_TEST_VAR"), os.name, type(os.getpid()).__name__, os.path.exists(os.getcwd()))
here = os.path.dirname(os.path.abspath(__file__))
me = os.path.join(here, "os_module.py")
print(os.path.basename(here), os.path.isdir(here), os.path.isfile(me), os.path.exists(me + ".missing"), os.path.getsize(me) > 1000)
names = os.listdir(here)
print("os_module.py" in names, "README.md" in names, all(isinstance(n, str) for n in names))
with open(me, encoding="utf-8") as f:
    print(f.readline().rstrip())
with open(me, "rb") as f:
    print(f.read(6))
st = os.stat(me)
print(st.st_size == os.path.getsize(me), type(st.st_mtime).__name__, st.st_size > 0)
parent = os.path.dirname(here)
for root, dirs, files in os.walk(parent):
    if root == here:
        print(os.path.relpath(root, parent), "os_module.py" in files)
print(sorted(e.name for e in os.scandir(here) if e.name.startswith("os_module")), any(e.is_file() for e in os.scandir(here)))
try:
    os.stat(me + ".missing")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
try:
    open(me + ".missing")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(me)
except NotADirectoryError as e:
    print("NotADirectoryError:", e.strerror)
