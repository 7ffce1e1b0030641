package org.hotpy.core.jsr223;

import javax.script.Bindings;

import org.hotpy.core.embed.GlobalsMap;

/**
 * {@code ENGINE_SCOPE} bindings that are a Python namespace: what the script binds appears here as
 * it happens, and what Java puts is visible to the script at once. Only the engine that created
 * them uses them live; another engine copies them in and out like any other {@code Bindings}.
 */
final class HotPyBindings extends GlobalsMap implements Bindings {
    HotPyBindings(GlobalsMap namespace) {
        super(namespace);
    }
}
