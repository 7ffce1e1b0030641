/**
 * The abstract syntax tree: immutable records that mirror CPython 3.11's {@code Python.asdl}
 * node for node, so a reader of CPython's {@code ast} documentation can read this package.
 *
 * <p>Data only: nothing here imports the lexer, parser, compiler or runtime model. Constant
 * values use plain Java types (see {@link Expr.Constant}).
 */
package org.hotpy.core.ast;
