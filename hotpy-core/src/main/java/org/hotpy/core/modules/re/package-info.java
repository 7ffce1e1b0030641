/**
 * The {@code _re} module that {@code re.py} wraps: Python's {@code re.Pattern},
 * {@code re.Match}, {@code re.error} and the scanner, bound to the engine in
 * {@code org.hotpy.core.regex}. Converts between Python objects and the engine's plain Java
 * values, and turns the engine's exceptions into Python ones. May use the object model, ops and
 * errors; the engine itself must stay free of them.
 */
package org.hotpy.core.modules.re;
