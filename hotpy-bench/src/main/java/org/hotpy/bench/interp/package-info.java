/**
 * JMH micro-benchmarks of the tier-1 interpreter: instruction dispatch, a global load, an instance
 * attribute load, a Python function call and a method call, each a loop written in Python
 * ({@code snippets.py}) compiled once and run in a warmed interpreter. Uses only the public
 * entry points of hotpy-core; must not import {@code org.hotpy.bench.embed}.
 */
package org.hotpy.bench.interp;
