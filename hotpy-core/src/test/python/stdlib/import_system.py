# The import system: importlib.import_module, sys.modules caching, ModuleNotFoundError for modules
# that are not provided, and a user module shadowing a bundled one.
import importlib
import os
import sys

json_mod = importlib.import_module("json")
print(json_mod.__name__, json_mod is sys.modules["json"], importlib.import_module("json.decoder").__name__)
import json
print(json is json_mod, "json.decoder" in sys.modules, importlib.import_module("collections.abc").__name__)
for name in ["no_such_module_xyz", "json.no_such_submodule", "tkinter_not_here"]:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError:", e, e.name)
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from json import no_such_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(issubclass(ModuleNotFoundError, ImportError))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "shadowing"))
sys.modules.pop("colorsys", None)
import colorsys
print(colorsys.WHO)
del sys.path[0]
sys.modules["fake_module"] = type(sys)("fake_module")
sys.modules["fake_module"].value = 42
import fake_module
print(fake_module.value, type(fake_module).__name__, fake_module.__name__)
print(importlib.import_module("os.path") is os.path, __import__("os").path is os.path, __import__("os.path", fromlist=["join"]) is os.path)
m = importlib.reload(colorsys)
print(m is colorsys, colorsys.WHO)
