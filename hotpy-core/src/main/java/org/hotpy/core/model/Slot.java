package org.hotpy.core.model;

/**
 * The special methods the runtime looks up on a type's MRO, cached per type in an array
 * indexed by ordinal so that an operation costs one array load after the first lookup
 * (CPython's {@code tp_*} slots, filled lazily from the MRO and reset when the type's
 * version tag changes).
 */
public enum Slot {
    GETATTRIBUTE("__getattribute__"), GETATTR("__getattr__"), SETATTR("__setattr__"),
    DELATTR("__delattr__"), GET("__get__"), SET("__set__"), DELETE("__delete__"),
    CALL("__call__"), NEW("__new__"), INIT("__init__"), DEL("__del__"),
    REPR("__repr__"), STR("__str__"), FORMAT("__format__"), HASH("__hash__"), BOOL("__bool__"),
    LEN("__len__"), LENGTH_HINT("__length_hint__"), ITER("__iter__"), NEXT("__next__"),
    REVERSED("__reversed__"), CONTAINS("__contains__"),
    GETITEM("__getitem__"), SETITEM("__setitem__"), DELITEM("__delitem__"), MISSING("__missing__"),
    EQ("__eq__"), NE("__ne__"), LT("__lt__"), LE("__le__"), GT("__gt__"), GE("__ge__"),
    ADD("__add__"), RADD("__radd__"), IADD("__iadd__"),
    SUB("__sub__"), RSUB("__rsub__"), ISUB("__isub__"),
    MUL("__mul__"), RMUL("__rmul__"), IMUL("__imul__"),
    MATMUL("__matmul__"), RMATMUL("__rmatmul__"), IMATMUL("__imatmul__"),
    TRUEDIV("__truediv__"), RTRUEDIV("__rtruediv__"), ITRUEDIV("__itruediv__"),
    FLOORDIV("__floordiv__"), RFLOORDIV("__rfloordiv__"), IFLOORDIV("__ifloordiv__"),
    MOD("__mod__"), RMOD("__rmod__"), IMOD("__imod__"),
    DIVMOD("__divmod__"), RDIVMOD("__rdivmod__"),
    POW("__pow__"), RPOW("__rpow__"), IPOW("__ipow__"),
    LSHIFT("__lshift__"), RLSHIFT("__rlshift__"), ILSHIFT("__ilshift__"),
    RSHIFT("__rshift__"), RRSHIFT("__rrshift__"), IRSHIFT("__irshift__"),
    AND("__and__"), RAND("__rand__"), IAND("__iand__"),
    XOR("__xor__"), RXOR("__rxor__"), IXOR("__ixor__"),
    OR("__or__"), ROR("__ror__"), IOR("__ior__"),
    NEG("__neg__"), POS("__pos__"), ABS("__abs__"), INVERT("__invert__"),
    INT("__int__"), FLOAT("__float__"), COMPLEX("__complex__"), INDEX("__index__"),
    ROUND("__round__"), TRUNC("__trunc__"), FLOOR("__floor__"), CEIL("__ceil__"),
    ENTER("__enter__"), EXIT("__exit__"),
    INSTANCECHECK("__instancecheck__"), SUBCLASSCHECK("__subclasscheck__"),
    SET_NAME("__set_name__"), INIT_SUBCLASS("__init_subclass__"),
    CLASS_GETITEM("__class_getitem__"), MRO_ENTRIES("__mro_entries__"),
    DIR("__dir__"), SIZEOF("__sizeof__"), BYTES("__bytes__"), FSPATH("__fspath__");

    private static final java.util.Map<String, Slot> BY_NAME = new java.util.HashMap<>();

    static {
        for (Slot s : values()) {
            BY_NAME.put(s.dunder, s);
        }
    }

    public final String dunder;

    Slot(String dunder) {
        this.dunder = dunder;
    }

    /** The slot for a dunder name, or null if the name is not a cached special method. */
    public static Slot forName(String name) {
        return BY_NAME.get(name);
    }
}
