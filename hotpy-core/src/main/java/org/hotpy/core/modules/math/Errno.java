package org.hotpy.core.modules.math;

/**
 * C's errno as the complex code in CPython uses it: each function sets it, later code may
 * overwrite it, and the caller turns what is left into an exception. One instance per call.
 */
final class Errno {
    static final int EDOM = 33;
    static final int ERANGE = 34;

    int value;
}
