/**
 * The builtin exception hierarchy, exception groups and traceback objects.
 */
package org.hotpy.core.types.exception;
