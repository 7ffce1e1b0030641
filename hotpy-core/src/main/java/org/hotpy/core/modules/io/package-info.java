/**
 * The {@code io} module: text and binary file streams, {@code StringIO} and {@code BytesIO}, and
 * {@code open()}, with CPython's newline and encoding handling.
 */
package org.hotpy.core.modules.io;
