/**
 * From AST to {@link org.hotpy.core.bytecode.CodeObject}: the symbol table (scopes, cells, free
 * variables), code generation for statements, expressions, exception handling and {@code match},
 * and the assembler that lays out jumps, computes stack depths and builds the exception table
 * in CPython 3.11's layout. Errors are reported as Python {@code SyntaxError}s with positions.
 */
package org.hotpy.core.compiler;
