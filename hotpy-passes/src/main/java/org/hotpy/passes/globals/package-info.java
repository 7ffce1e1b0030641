/**
 * Global-lookup caching ({@link org.hotpy.passes.globals.GlobalLookupCachingPass}): global and
 * builtin loads become constants behind globals-version guards.
 *
 * <p>Imports {@code org.hotpy.api} only: never {@code org.hotpy.core}.
 */
package org.hotpy.passes.globals;
