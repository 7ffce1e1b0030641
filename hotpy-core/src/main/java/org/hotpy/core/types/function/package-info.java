/**
 * Functions, bound methods, builtin functions, generators, coroutine objects, cells, properties,
 * {@code super}, static and class methods.
 */
package org.hotpy.core.types.function;
