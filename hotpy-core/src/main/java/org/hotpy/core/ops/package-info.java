/**
 * The abstract object protocols (CPython's {@code abstract.c}/{@code object.c}): attribute access,
 * calls, binary and unary operators with reflected and in-place forms, rich comparison, iteration,
 * hashing, truth, length, and the descriptor protocol. Used by the interpreter and by every type.
 */
package org.hotpy.core.ops;
