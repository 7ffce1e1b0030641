"""Utilities of HotPy's import system: find_spec, module_from_spec and friends."""

import sys
import types
from importlib import _resolve_name
from importlib.machinery import (ModuleSpec, SourceFileLoader, BuiltinImporter,
                                 PathFinder, SOURCE_SUFFIXES)

__all__ = ['find_spec', 'module_from_spec', 'resolve_name', 'spec_from_file_location',
           'spec_from_loader', 'source_hash', 'MAGIC_NUMBER', 'cache_from_source',
           'source_from_cache']

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def _spec_of_loaded(module, name):
    spec = getattr(module, '__spec__', None)
    if spec is not None:
        return spec
    # HotPy's runtime does not give modules a spec: describe the loaded module instead.
    filename = getattr(module, '__file__', None)
    if filename is None:
        return ModuleSpec(name, BuiltinImporter, origin='built-in')
    spec = ModuleSpec(name, SourceFileLoader(name, filename), origin=filename,
                      is_package=hasattr(module, '__path__'))
    if hasattr(module, '__path__'):
        spec.submodule_search_locations = list(module.__path__)
    spec.has_location = True
    return spec


def find_spec(name, package=None):
    """The spec of a module (None if it cannot be found); parents are imported first."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        return _spec_of_loaded(module, fullname)
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
        return PathFinder.find_spec(fullname, parent_path)
    spec = BuiltinImporter.find_spec(fullname)
    if spec is not None:
        return spec
    return PathFinder.find_spec(fullname)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that loader loads."""
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for the Python source file at location."""
    if location is None:
        location = '<unknown>'
    location = str(location)
    if loader is None:
        if not any(location.endswith(s) for s in SOURCE_SUFFIXES):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is None:
        is_package = getattr(loader, 'is_package', None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = [location.rpartition('/')[0]]
    else:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """Create a module from a spec (its loader's create_module(), else a new module)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = types.ModuleType(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def source_hash(source_bytes):
    """HotPy writes no bytecode caches; a stable 8-byte hash of the source all the same."""
    import hashlib
    return hashlib.sha256(bytes(source_bytes)).digest()[:8]


def cache_from_source(path, debug_override=None, *, optimization=None):
    """HotPy writes no bytecode caches (sys.implementation.cache_tag is None)."""
    raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    raise NotImplementedError('sys.implementation.cache_tag is None')
