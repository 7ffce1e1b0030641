/**
 * Loggers that cost nothing until something is logged: {@link org.hotpy.core.log.LazyLogger}.
 * slf4j finds its provider on the first {@code LoggerFactory.getLogger} call by scanning the class
 * path, which took ~18 ms of every {@code hotpy} start-up while classes' {@code static final}
 * loggers were created at class initialisation.
 *
 * <p>Imports slf4j only, so that every package (including {@code opt}) may import it.
 */
package org.hotpy.core.log;
