/**
 * The trace optimiser driver: finds {@link org.hotpy.api.pass.TracePass}es with
 * {@code ServiceLoader} (the core keeps no list of them), orders them by their declared constraints,
 * filters them by configuration, runs them with the verifier after each, keeps per-pass statistics,
 * supports opt-bisect and dumps traces in text form. Entry point: {@link org.hotpy.core.opt.TraceOptimizer}.
 *
 * <p>Imports the API, slf4j and {@code org.hotpy.core.log} only; never a pass implementation
 * ({@code org.hotpy.passes}).
 */
package org.hotpy.core.opt;
