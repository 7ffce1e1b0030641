/**
 * Loop peeling ({@link org.hotpy.passes.peel.LoopPeelingPass}): one iteration becomes a preamble
 * before a {@code label}, and guards the preamble proves for every iteration leave the loop body.
 *
 * <p>Imports {@code org.hotpy.api} only: never {@code org.hotpy.core}.
 */
package org.hotpy.passes.peel;
