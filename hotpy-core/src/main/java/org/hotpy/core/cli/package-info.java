/**
 * The command-line launcher: {@code python3}-compatible options, running a file, {@code -c},
 * {@code -m} or stdin, the interactive REPL, exit codes and Ctrl-C. The only package that may
 * write to the process's standard streams directly; it is not used by embedders.
 */
package org.hotpy.core.cli;
