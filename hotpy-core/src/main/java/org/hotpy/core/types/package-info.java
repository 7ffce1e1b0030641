/**
 * The builtin types, one sub-package per family. Each type is a Java class holding its state and a
 * {@code *Methods} class that defines its Python-visible methods.
 */
package org.hotpy.core.types;
