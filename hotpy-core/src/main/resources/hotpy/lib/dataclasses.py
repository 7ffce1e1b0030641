"""Data classes (PEP 557), as in Python 3.11: @dataclass generates __init__,
__repr__, __eq__, ordering, __hash__ and frozen attribute guards from the class's
annotated fields.

The methods are compiled from generated source with exec, as CPython does, so that
argument errors ("__init__() missing 1 required positional argument: 'y'") read
exactly the same.
"""

import sys
import copy
import types
import keyword
import abc

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

# The type of __slots__ members (a slot is not a default value), if the core has one.
_MEMBER_DESCRIPTOR = getattr(types, "MemberDescriptorType", ())

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


def _recursive_repr(user_function):
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            return user_function(self)
        finally:
            running.discard(key)

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(wrapper, attr, getattr(user_function, attr))
    wrapper.__wrapped__ = user_function
    return wrapper


class InitVar:
    """Marks a pseudo-field passed to __init__ and __post_init__ but not stored."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """The description of one field: see field()."""
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")

    def __set_name__(self, owner, name):
        # A descriptor used as a default learns its name too.
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(type(list[int]))


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams("
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"eq={self.eq!r},"
                f"order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r}"
                ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields, with per-field options:
    default or default_factory, init, repr, hash, compare, metadata, kw_only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- recognising ClassVar, InitVar and KW_ONLY annotations ---------------------------

def _is_classvar(a_type, typing):
    if a_type is typing.ClassVar:
        return True
    get_origin = getattr(typing, "get_origin", None)
    return get_origin is not None and get_origin(a_type) is typing.ClassVar


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _split_annotation(annotation):
    """('module' or None, 'Name') for a string annotation such as 'typing.ClassVar[int]'."""
    text = annotation.lstrip()
    end = 0
    while end < len(text) and (text[end].isalnum() or text[end] == "_"):
        end += 1
    first, rest = text[:end], text[end:].lstrip()
    if not first:
        return None
    if rest.startswith("."):
        rest = rest[1:].lstrip()
        end = 0
        while end < len(rest) and (rest[end].isalnum() or rest[end] == "_"):
            end += 1
        if not end:
            return None
        return first, rest[:end]
    return None, first


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Does the string annotation name a_type (imported from a_module) in cls's module?"""
    parts = _split_annotation(annotation)
    if parts is None:
        return False
    module_name, name = parts
    cls_module = sys.modules.get(cls.__module__)
    ns = None
    if not module_name:
        ns = cls_module.__dict__ if cls_module else None
    elif cls_module and cls_module.__dict__.get(module_name) is a_module:
        ns = sys.modules.get(a_type.__module__).__dict__
    return bool(ns) and is_type_predicate(ns.get(name), a_module)


def _get_field(cls, a_name, a_type, default_kw_only):
    """The Field for annotation a_name: a_type, classified and validated."""
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MEMBER_DESCRIPTOR):
            default = MISSING   # a __slots__ member is no default
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get("typing")
    if typing:
        if _is_classvar(a_type, typing) or (
                isinstance(f.type, str)
                and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar)):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this = sys.modules[__name__]
        if _is_initvar(a_type, this) or (
                isinstance(f.type, str) and _is_type(f.type, cls, this, InitVar, _is_initvar)):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field "
                         f"{f.name} is not allowed: use default_factory")
    return f


# ---- generating methods -------------------------------------------------------------------

def _create_fn(name, args, body, *, globals=None, locals=None, return_type=MISSING):
    """Compile `def name(args): body` with the names of locals bound as closure cells."""
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    text_args = ",".join(args)
    text_body = "\n".join(f"  {line}" for line in body)
    inner = f" def {name}({text_args}){return_annotation}:\n{text_body}"
    local_vars = ", ".join(locals.keys())
    source = f"def __create_fn__({local_vars}):\n{inner}\n return {name}"
    ns = {}
    exec(source, globals, ns)
    return ns["__create_fn__"](**locals)


def _tuple_str(obj_name, fields):
    if not fields:
        return "()"
    return "(" + ",".join(f"{obj_name}.{f.name}" for f in fields) + ",)"


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})"
    return f"{self_name}.{name}={value}"


def _field_init(f, frozen, locals, self_name, slots):
    """The __init__ body line that sets field f, or None."""
    default_name = f"_dflt_{f.name}"
    if f.default_factory is not MISSING:
        locals[default_name] = f.default_factory
        if f.init:
            value = f"{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
        else:
            value = f"{default_name}()"
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        locals[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is not MISSING:
        default = f"=_dflt_{f.name}"
    elif f.default_factory is not MISSING:
        default = "=_HAS_DEFAULT_FACTORY"
    else:
        default = ""
    return f"{f.name}:_type_{f.name}{default}"


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals,
             slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
    locals = {f"_type_{f.name}": f.type for f in fields}
    locals.update({"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                   "__dataclass_builtins_object__": object})
    body = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        params = ",".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.{_POST_INIT_NAME}({params})")
    if not body:
        body = ["pass"]
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params.append("*")
        params.extend(_init_param(f) for f in kw_only_fields)
    return _create_fn("__init__", [self_name] + params, body, locals=locals, globals=globals,
                      return_type=None)


def _repr_fn(fields, globals):
    parts = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields)
    fn = _create_fn("__repr__", ("self",),
                    ['return self.__class__.__qualname__ + f"(' + parts + ')"'],
                    globals=globals)
    return _recursive_repr(fn)


def _frozen_get_del_attr(cls, fields, globals):
    locals = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    names = "(" + ",".join(repr(f.name) for f in fields) + ",)" if fields else "()"
    setter = _create_fn("__setattr__", ("self", "name", "value"),
                        (f"if type(self) is cls or name in {names}:",
                         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                         "super(cls, self).__setattr__(name, value)"),
                        locals=locals, globals=globals)
    deleter = _create_fn("__delattr__", ("self", "name"),
                         (f"if type(self) is cls or name in {names}:",
                          ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                          "super(cls, self).__delattr__(name)"),
                         locals=locals, globals=globals)
    return setter, deleter


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ("self", "other"),
                      ["if other.__class__ is self.__class__:",
                       f" return {self_tuple}{op}{other_tuple}",
                       "return NotImplemented"],
                      globals=globals)


def _hash_fn(fields, globals):
    return _create_fn("__hash__", ("self",), [f"return hash({_tuple_str('self', fields)})"],
                      globals=globals)


def _set_new_attribute(cls, name, value):
    """Set cls.name unless the class defines it; True if it was already there."""
    if name in cls.__dict__:
        return True
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, fields, globals):
    return None


def _hash_add(cls, fields, globals):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    fn = _hash_fn(flds, globals)
    fn.__qualname__ = f"{cls.__qualname__}.{fn.__name__}"
    return fn


def _hash_exception(cls, fields, globals):
    raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    """What to do about __hash__ (CPython's table, as conditions)."""
    if unsafe_hash:
        return _hash_exception if has_explicit_hash else _hash_add
    if has_explicit_hash or not eq:
        return None
    return _hash_add if frozen else _hash_set_none


# ---- the class decorator -------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    module = sys.modules.get(cls.__module__)
    globals = module.__dict__ if module is not None else {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    this = sys.modules[__name__]
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type, this) or (
                isinstance(a_type, str) and _is_type(a_type, cls, this, KW_ONLY, _is_kw_only)):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # The class attribute becomes the plain default (or goes away).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = tuple(f for f in all_init_fields if f.init and not f.kw_only)
    kw_only_init_fields = tuple(f for f in all_init_fields if f.init and f.kw_only)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = "__dataclass_self__" if "self" in fields else "self"
        init_fn = _init_fn(all_init_fields, std_init_fields, kw_only_init_fields,
                           frozen, has_post_init, self_name, globals, slots)
        if not _set_new_attribute(cls, "__init__", init_fn):
            _generated_inits[id(init_fn)] = (init_fn, std_init_fields, kw_only_init_fields)

    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn([f for f in field_list if f.repr], globals))
    compared = [f for f in field_list if f.compare]
    self_tuple = _tuple_str("self", compared)
    other_tuple = _tuple_str("other", compared)
    if eq:
        _set_new_attribute(cls, "__eq__", _cmp_fn("__eq__", "==", self_tuple, other_tuple, globals))
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, self_tuple, other_tuple, globals)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class {cls.__name__}")

    action = _hash_action(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)
    if action:
        cls.__hash__ = action(cls, field_list, globals)

    if not getattr(cls, "__doc__"):
        cls.__doc__ = cls.__name__ + _text_signature(cls)

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    abc.update_abstractmethods(cls)
    return cls


# ---- the class docstring: what str(inspect.signature(cls)) gives ------------------------------

def _format_annotation(annotation):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type(list[int])):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def _format_param(f):
    text = f"{f.name}: {_format_annotation(f.type)}"
    if f.default is not MISSING:
        text += f" = {f.default!r}"
    elif f.default_factory is not MISSING:
        text += " = <factory>"
    return text


# Generated __init__ functions and their parameters, so that the docstring of a
# class inheriting one can be computed (id -> (function, std fields, kw-only fields)).
_generated_inits = {}


def _text_signature(cls):
    init = getattr(cls, "__init__", None)
    entry = _generated_inits.get(id(init))
    if entry is None or entry[0] is not init:
        return _user_signature(cls)
    _, std_fields, kw_only_fields = entry
    params = [_format_param(f) for f in std_fields]
    if kw_only_fields:
        params.append("*")
        params.extend(_format_param(f) for f in kw_only_fields)
    return "(" + ", ".join(params) + ")"


def _user_signature(cls):
    """Best effort: the signature of a hand-written __init__, else '()'."""
    init = getattr(cls, "__init__", None)
    code = getattr(init, "__code__", None)
    if init is None or code is None or init is object.__init__:
        return "()"
    try:
        names = code.co_varnames
        npos = code.co_argcount
        nkw = code.co_kwonlyargcount
        defaults = init.__defaults__ or ()
        kwdefaults = init.__kwdefaults__ or {}
        ann = init.__annotations__
        params = []

        def fmt(name, has_default, default):
            text = name
            if name in ann:
                text += ": " + _format_annotation(ann[name])
                if has_default:
                    text += f" = {default!r}"
            elif has_default:
                text += f"={default!r}"
            return text

        first_default = npos - len(defaults)
        for i in range(1, npos):
            has = i >= first_default
            params.append(fmt(names[i], has, defaults[i - first_default] if has else None))
        flags = code.co_flags
        idx = npos + nkw
        if flags & 0x04:
            params.append("*" + names[idx])
            idx += 1
        elif nkw:
            params.append("*")
        for name in names[npos:npos + nkw]:
            params.append(fmt(name, name in kwdefaults, kwdefaults.get(name)))
        if flags & 0x08:
            params.append("**" + names[idx])
        return "(" + ", ".join(params) + ")"
    except Exception:
        return ""


# ---- __slots__ --------------------------------------------------------------------------------

def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get("__slots__")
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    if hasattr(slots, "__next__"):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    return tuple(slots)


def _add_slots(cls, is_frozen, weakref_slot):
    """Rebuild cls with __slots__ for its fields (slots cannot be added afterwards)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = field_names + (("__weakref__",) if weakref_slot else ())
    cls_dict["__slots__"] = tuple(name for name in wanted if name not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields (annotated class attributes) of the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# ---- functions on dataclasses ----------------------------------------------------------------

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass (a class or an instance)."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dict, recursively (into
    dataclasses, lists, tuples and dicts; other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def on_dataclass(o, inner):
        return dict_factory([(f.name, inner(getattr(o, f.name))) for f in fields(o)])
    return _convert(obj, on_dataclass)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def on_dataclass(o, inner):
        return tuple_factory([inner(getattr(o, f.name)) for f in fields(o)])
    return _convert(obj, on_dataclass)


def _convert(obj, on_dataclass):
    """Copy obj recursively, turning dataclass instances into on_dataclass(o, recurse)."""
    def inner(o):
        if _is_dataclass_instance(o):
            return on_dataclass(o, inner)
        if isinstance(o, tuple) and hasattr(o, "_fields"):
            return type(o)(*[inner(v) for v in o])     # a namedtuple
        if isinstance(o, (list, tuple)):
            return type(o)(inner(v) for v in o)
        if isinstance(o, dict):
            return type(o)((inner(k), inner(v)) for k, v in o.items())
        return copy.deepcopy(o)
    return inner(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Return a new dataclass named cls_name; fields holds names, (name, type) or
    (name, type, Field) items (the type defaults to 'typing.Any')."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if keyword.iskeyword(name):
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """Return a new object like obj with the given fields changed (runs __init__ and
    __post_init__ again)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, "
                                 "it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
