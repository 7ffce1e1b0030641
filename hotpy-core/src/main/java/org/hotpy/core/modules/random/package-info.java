/**
 * The core of Python's {@code _random} module: an MT19937 generator that is bit-exact with
 * CPython's {@code _random.Random} (seeding, {@code random()}, {@code getrandbits}, state
 * tuples), over plain Java types. The Python-level {@code random} module is
 * {@code hotpy/lib/random.py}, written on top of it.
 *
 * <p>Depends on the JDK and {@code org.hotpy.core.errors} only; must not import the object model.
 */
package org.hotpy.core.modules.random;
