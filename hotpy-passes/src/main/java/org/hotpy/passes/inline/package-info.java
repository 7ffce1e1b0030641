/**
 * Call inlining ({@link org.hotpy.passes.inline.CallInliningPass}): calls of known Python functions
 * (and plain class instantiations) are replaced by the callee's recorded entry trace between
 * {@code enter_frame} and {@code leave_frame}.
 *
 * <p>Imports {@code org.hotpy.api} only: never {@code org.hotpy.core}.
 */
package org.hotpy.passes.inline;
