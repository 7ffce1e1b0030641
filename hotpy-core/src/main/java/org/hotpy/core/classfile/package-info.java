/**
 * A minimal class-file writer (constant pool, fields, methods, bytecode with labels, switches and
 * exception tables) for the classes HotPy generates at run time: compiled traces (tier 2) and
 * compiled function bodies (tier 1's per-function compiler). It imports nothing from the rest of
 * HotPy.
 */
package org.hotpy.core.classfile;
