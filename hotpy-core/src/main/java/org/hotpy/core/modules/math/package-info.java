/**
 * The numerical core of Python's {@code math} and {@code cmath} modules and of the
 * {@code complex} type's arithmetic, as plain Java over Java types ({@code double},
 * {@code long}/{@link java.math.BigInteger}, {@link org.hotpy.core.modules.math.Complex}),
 * giving CPython 3.11's results (on Linux/glibc) and error messages. The module objects that
 * expose these functions to Python are built elsewhere.
 *
 * <p>Depends only on the JDK, {@code org.hotpy.core.errors} and {@code FloatRepr}; must not
 * import the object model.
 */
package org.hotpy.core.modules.math;
