/**
 * Type specialisation ({@link org.hotpy.passes.types.TypeSpecialisationPass}): generic ops with type
 * feedback become guards plus typed ops, attribute access on shaped instances becomes shape guards
 * plus slot access, and guards and repeatable ops made redundant by earlier ones are removed.
 *
 * <p>Imports {@code org.hotpy.api} only: never {@code org.hotpy.core}.
 */
package org.hotpy.passes.types;
