"""The spec and loader classes of HotPy's import system.

ModuleSpec describes a module; SourceFileLoader loads a .py file (from disk or from
the library bundled in HotPy's jar); BuiltinImporter stands for the modules written
in Java; PathFinder searches sys.path (or a package's __path__)."""

import sys
import _hotpy

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = []
EXTENSION_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = []
OPTIMIZED_BYTECODE_SUFFIXES = []


def all_suffixes():
    """Every recognised suffix of a module file."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The import-system-related state of a module."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and smsl == other.submodule_search_locations
                    and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class BuiltinImporter:
    """Finds and loads the modules written in Java (sys.builtin_module_names)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None and fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, cls, origin='built-in')
        return None

    @staticmethod
    def create_module(spec):
        if spec.name not in sys.builtin_module_names:
            raise ImportError(f'{spec.name!r} is not a built-in module', name=spec.name)
        module = sys.modules.get(spec.name)
        if module is None:
            module = __import__(spec.name)
        return module

    @staticmethod
    def exec_module(module):
        """Nothing to do: a Java module is complete once created."""

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_source(cls, fullname):
        return None


class SourceFileLoader:
    """Loads a module from Python source at a path (on disk or bundled in the jar)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def __repr__(self):
        return f'<{self.__class__.__module__}.{self.__class__.__name__} object>'

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        data = _hotpy.read_source(path)
        if data is None:
            raise FileNotFoundError(2, 'No such file or directory', path)
        return data

    def get_source(self, fullname=None):
        return self.get_data(self.path).decode('utf-8')

    def is_package(self, fullname=None):
        filename = self.path.rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def get_code(self, fullname=None):
        return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)

    def create_module(self, spec):
        return None     # the default module object

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        """The deprecated loader API: create, register and execute the module."""
        import types
        name = fullname or self.name
        module = sys.modules.get(name)
        if module is None:
            module = types.ModuleType(name)
            module.__file__ = self.path
            module.__loader__ = self
            sys.modules[name] = module
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(name, None)
            raise
        return sys.modules[name]


class PathFinder:
    """Finds Python source modules on sys.path, or on a package's __path__."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        leaf = fullname.rpartition('.')[2]
        for entry in path:
            if not isinstance(entry, str):
                continue
            folder = entry or '.'
            init = f'{folder}/{leaf}/__init__.py'
            if _hotpy.read_source(init) is not None:
                spec = ModuleSpec(fullname, SourceFileLoader(fullname, init), origin=init,
                                  is_package=True)
                spec.submodule_search_locations = [f'{folder}/{leaf}']
                spec.has_location = True
                return spec
            file = f'{folder}/{leaf}.py'
            if _hotpy.read_source(file) is not None:
                spec = ModuleSpec(fullname, SourceFileLoader(fullname, file), origin=file)
                spec.has_location = True
                return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        """Nothing cached."""


class FileFinder:
    """A finder for one folder, as CPython's path hooks create."""

    def __init__(self, path, *loader_details):
        self.path = path or '.'

    def find_spec(self, fullname, target=None):
        return PathFinder.find_spec(fullname, [self.path])

    def invalidate_caches(self):
        """Nothing cached."""
