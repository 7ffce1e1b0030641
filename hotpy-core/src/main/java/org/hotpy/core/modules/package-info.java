/**
 * Builtin modules implemented in Java ({@code sys}, {@code math}, {@code time}, {@code io},
 * {@code gc}, …) and the registry the import system consults before searching the bundled
 * pure-Python library under {@code hotpy/lib}.
 */
package org.hotpy.core.modules;
