/**
 * Mutation fuzzing of the whole pipeline: token-level mutants of every corpus and project
 * program run in-process under step and time limits, and must end in output, a Python exception
 * or a limit — never a Java throwable or a hang. Imports only the test support in
 * {@code org.hotpy.core.testing} and the lexer's public surface.
 */
package org.hotpy.core.fuzz;
