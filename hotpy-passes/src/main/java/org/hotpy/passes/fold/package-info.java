/**
 * Constant folding ({@link org.hotpy.passes.fold.ConstantFoldingPass}) and dead-code elimination
 * ({@link org.hotpy.passes.fold.DeadCodePass}).
 *
 * <p>Imports {@code org.hotpy.api} only, like every pass package: never {@code org.hotpy.core}.
 */
package org.hotpy.passes.fold;
