/**
 * The {@code builtins} module: the builtin functions (grouped by theme: numeric, I/O, reflection,
 * code, iteration) and {@code __build_class__}. Functions here are thin: they check arguments and
 * call the protocols in {@code ops} or methods of the types in {@code types}.
 */
package org.hotpy.core.builtins;
