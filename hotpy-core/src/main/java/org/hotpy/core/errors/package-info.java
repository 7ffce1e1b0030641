/**
 * How Python exceptions travel through Java: {@link org.hotpy.core.errors.PyException} (one
 * unchecked carrier without a Java stack trace) and factories for the builtin exception types
 * with CPython's messages. Internal Java failures are converted to Python exceptions here.
 */
package org.hotpy.core.errors;
