/**
 * JMH measurements of embedding (issue 5): the first {@code eval} in a fresh JVM, creating and
 * closing one more engine in a warm JVM, the heap an idle engine keeps, and a Java → Python call
 * round trip. Run with {@code java -cp <bench classpath> org.openjdk.jmh.Main 'org.hotpy.bench.embed'}
 * (see docs/EMBEDDING.md, "Measurements"). Not part of the test run; uses only the public API and
 * {@code javax.script}.
 */
package org.hotpy.bench.embed;
