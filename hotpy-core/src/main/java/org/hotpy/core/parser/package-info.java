/**
 * The parser: Python 3.11 source text to the AST of {@link org.hotpy.core.ast}, with CPython's
 * syntax error messages and positions. Entry point: {@link org.hotpy.core.parser.Parser#parse};
 * every failure is a {@link org.hotpy.core.parser.SyntaxErrorException}.
 *
 * <p>Recursive descent over a lazily filled token buffer: TokenStream (cursor, positions,
 * errors) &lt; ExprParser (operators) &lt; AtomParser (atoms, calls) &lt; PatternParser &lt;
 * StmtParser. Imports only the AST and the lexer; never the compiler or the runtime.
 */
package org.hotpy.core.parser;
