/**
 * The tokenizer: source bytes to text ({@link org.hotpy.core.lexer.SourceDecoder}), text to
 * tokens ({@link org.hotpy.core.lexer.Lexer}) with CPython 3.11's indentation, literal and error
 * rules, and string-literal decoding ({@link org.hotpy.core.lexer.StringLiterals}).
 *
 * <p>Imports only {@code org.hotpy.core.ast} (literal value types) and
 * {@code org.hotpy.core.parser.SyntaxErrorException}; never the parser itself or the runtime.
 */
package org.hotpy.core.lexer;
