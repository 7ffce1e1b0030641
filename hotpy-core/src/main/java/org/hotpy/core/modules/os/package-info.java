/**
 * The {@code posix} module that {@code os.py} and {@code posixpath.py} are written on: file
 * system operations over {@code java.nio.file}, stat results, descriptor-level I/O on the
 * interpreter's {@link org.hotpy.core.modules.io.FdTable}, the environment and processes. Every
 * path goes through the interpreter's file policy first. May use the object model, ops, errors
 * and {@code modules.io}; must not import {@code interp} internals beyond
 * {@code InterpreterState} and {@code RuntimeConfig}.
 */
package org.hotpy.core.modules.os;
