package org.hotpy.api.pass;

/**
 * Builtin types a pass may need to recognise ({@link RuntimeView#builtinType}). Their instances never
 * change type ({@code __class__} assignment is refused for them), so facts about them survive calls.
 */
public enum BuiltinType {
    OBJECT, TYPE, NONE_TYPE, BOOL, INT, FLOAT, COMPLEX, STR, BYTES, TUPLE, LIST, DICT, SET, RANGE,
    RANGE_ITERATOR, LIST_ITERATOR, TUPLE_ITERATOR, FUNCTION, BUILTIN_FUNCTION, METHOD, CODE, MODULE
}
