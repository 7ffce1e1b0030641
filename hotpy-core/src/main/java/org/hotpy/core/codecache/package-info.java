/**
 * The compiled-code cache: code objects of source files kept on disk between runs
 * ({@link org.hotpy.core.codecache.CodeCache}), in a format of our own
 * ({@link org.hotpy.core.codecache.CodeFormat}) that plays the part of CPython's {@code marshal}.
 * Depends on {@code bytecode} and the constant types only.
 */
package org.hotpy.core.codecache;
