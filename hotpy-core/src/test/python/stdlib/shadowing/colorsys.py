# A user module named like a bundled one, for import_system.py: it must win when its folder is
# first on sys.path, as in CPython.
WHO = "user colorsys"
