package org.hotpy.core.model;

import java.util.Set;

/**
 * Which special methods of builtin types CPython exposes as slot wrappers
 * ({@code wrapper_descriptor}, from {@code slotdefs} in typeobject.c) rather than as methods:
 * their argument errors name nothing ({@code [].__len__(1)}: "expected 0 arguments, got 1").
 * {@code __new__} and {@code __call__} are left out: their wrappers pass the arguments on, so
 * the errors are those of the implementation; so is {@code __init__}, whose errors name its type.
 */
final class SlotWrappers {
    private SlotWrappers() {}

    private static final Set<String> NAMES = Set.of(
            "__getattribute__", "__setattr__", "__delattr__", "__repr__", "__hash__", "__str__",
            "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__iter__", "__next__",
            "__get__", "__set__", "__delete__", "__del__", "__await__", "__aiter__", "__anext__",
            "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
            "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__",
            "__bool__", "__invert__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
            "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__int__", "__float__",
            "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__", "__irshift__",
            "__iand__", "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__",
            "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__", "__matmul__", "__rmatmul__",
            "__imatmul__", "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__");

    /** Methods CPython defines with METH_COEXIST, so that they win over the slot wrapper. */
    private static final Set<String> METHODS = Set.of(
            "list.__getitem__", "dict.__getitem__", "dict.__contains__", "set.__contains__",
            "frozenset.__contains__");

    /** Sequences whose {@code *} is CPython's sq_repeat, whose wrapper unpacks its argument. */
    private static final Set<String> REPEATS = Set.of("str", "bytes", "bytearray", "list", "tuple", "deque");

    /** The error style of {@code owner}'s method {@code name}: a wrapper's, or {@code style}. */
    static ArgSpec.Style styleOf(PyType owner, String name, ArgSpec.Style style) {
        if (name.equals("__init__")) {
            return ArgSpec.Style.CONSTRUCTOR;
        }
        if (!NAMES.contains(name) || METHODS.contains(owner.name() + "." + name)) {
            return style;
        }
        boolean repeat = name.equals("__mul__") || name.equals("__rmul__") || name.equals("__imul__");
        return repeat && REPEATS.contains(owner.name()) ? ArgSpec.Style.SLOT_WRAPPER_UNPACK : ArgSpec.Style.SLOT_WRAPPER;
    }
}
