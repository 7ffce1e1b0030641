/**
 * The word code executed by the interpreter: {@link org.hotpy.core.bytecode.Opcode} (CPython 3.11's
 * instruction set plus the specialised forms), {@link org.hotpy.core.bytecode.CodeObject} with its
 * constants, names, line and exception tables, inline caches and counters, and a disassembler.
 * Depends only on {@code model} for constants.
 */
package org.hotpy.core.bytecode;
