"""HotPy's importlib: the import system's Python face.

    import_module(name, package=None)   import a module by (possibly relative) name
    reload(module)                      re-execute a module's source in its namespace
    invalidate_caches()                 nothing to invalidate: HotPy keeps no finder caches

The import machinery itself lives in the runtime (Java); importlib.util and
importlib.machinery give the spec/loader API (find_spec, spec_from_file_location,
module_from_spec, SourceFileLoader, ModuleSpec) over it.
"""

import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def _resolve_name(name, package, level):
    """The absolute name of a relative import of name from package (level dots)."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name)}')
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.
    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    _sanity_check(name[level:], package, level)
    absolute = _resolve_name(name[level:], package, level) if level > 0 else name
    module = sys.modules.get(absolute)
    if module is None:
        __import__(absolute)
        module = sys.modules[absolute]
    return module


def invalidate_caches():
    """Nothing to do: HotPy's finders keep no caches."""


def reload(module):
    """Reload the module and return it.

    The module's source is found again (its __file__), compiled and executed in the
    module's existing namespace, so objects bound to the old module see the new
    definitions. Modules written in Java are returned unchanged.
    """
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    parent_name = name.rpartition('.')[0]
    if parent_name and parent_name not in sys.modules:
        raise ImportError(f"parent {parent_name!r} not in sys.modules", name=parent_name)
    spec = getattr(module, '__spec__', None)
    loader = getattr(spec, 'loader', None) if spec is not None else None
    if loader is not None and hasattr(loader, 'exec_module'):
        loader.exec_module(module)
        return sys.modules[name]
    filename = getattr(module, '__file__', None)
    if filename is None:
        return module           # a builtin (Java) module: nothing to re-execute
    from importlib.machinery import SourceFileLoader
    SourceFileLoader(name, filename).exec_module(module)
    return sys.modules[name]
