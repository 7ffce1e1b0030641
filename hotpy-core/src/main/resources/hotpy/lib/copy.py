"""Shallow and deep copy operations: copy(x) and deepcopy(x[, memo]).

Classes customise copying with __copy__/__deepcopy__, or through the pickle
protocol (__reduce_ex__, __reduce__, __getnewargs_ex__, __getnewargs__,
__getstate__, __setstate__).  When a class does not override __reduce_ex__ or
__reduce__, the default protocol-4 reduction of object is done here, in Python.
"""

import sys

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _C:
    def _method(self):
        pass


_ATOMIC = {type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
           bytes, str, type, range, property, type(_function), type(len)}
_SHALLOW = {list: list.copy, dict: dict.copy, set: set.copy, bytearray: bytearray.copy}
_ATOMIC_FOR_SHALLOW = _ATOMIC | {tuple, frozenset, slice}


def _defining_class(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _reduce(x):
    """The reduction tuple for x, as pickle protocol 4 would get it."""
    cls = type(x)
    if _defining_class(cls, "__reduce_ex__") is not object:
        return x.__reduce_ex__(4)
    if _defining_class(cls, "__reduce__") is not object:
        return x.__reduce__()
    return _object_reduce(x)


def _object_reduce(x):
    """object's own protocol-2+ reduction: (copyreg.__newobj__-like, args, state, ...)."""
    cls = type(x)
    if not hasattr(cls, "__new__") or cls.__new__ is None:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    getnewargs_ex = getattr(x, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, "__getnewargs__", None)
        args, kwargs = (getnewargs() if getnewargs is not None else ()), {}
    state = _get_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return _newobj, (cls, tuple(args), kwargs), state, listitems, dictitems


def _newobj(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _get_state(x):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and _defining_class(type(x), "__getstate__") is not object:
        return getstate()
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = f"_{klass.__name__.lstrip('_')}{name}"
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    return (state, slots) if slots else state


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC_FOR_SHALLOW:
        return x
    copier = _SHALLOW.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce_or_error(x, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce_or_error(x, kind):
    rv = _reduce(x)
    if rv is None:
        raise Error(f"un({kind})copyable object of type {type(x)}")
    return rv


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects; memo maps id(original) to copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    elif cls is type(_C()._method):
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce_or_error(x, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple may have been copied while copying its own elements (a cycle through a list).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    """Keep x alive as long as memo is, so that its id() cannot be reused during the copy."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del sys
