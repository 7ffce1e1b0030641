/**
 * The object model: {@link org.hotpy.core.model.PyObject}, {@link org.hotpy.core.model.PyType} with
 * version tags, slot caches and MRO, shapes for instance attributes, descriptors, Java-implemented
 * methods with argument specs, and the {@code object} and {@code type} behaviour. Must not depend
 * on the interpreter.
 */
package org.hotpy.core.model;
