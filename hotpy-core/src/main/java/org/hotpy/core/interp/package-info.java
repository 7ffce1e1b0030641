/**
 * The tier-1 interpreter: per-interpreter state, heap frames, the dispatch loop with its handlers
 * (names, attributes, operators, subscripts, calls, exceptions, imports, pattern matching),
 * quickening ({@link org.hotpy.core.interp.Specializer}) with inline caches guarded by dict keys
 * versions, type versions and shapes, the import system and tracebacks.
 */
package org.hotpy.core.interp;
