package org.hotpy.core.jsr223;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

import org.hotpy.api.CompiledCode;

/** A script compiled once by {@link HotPyScriptEngine#compile}, evaluated against any context. */
final class HotPyCompiledScript extends CompiledScript {
    private final HotPyScriptEngine engine;
    private final CompiledCode code;

    HotPyCompiledScript(HotPyScriptEngine engine, CompiledCode code) {
        this.engine = engine;
        this.code = code;
    }

    @Override
    public Object eval(ScriptContext context) throws ScriptException {
        return engine.run(context, globals -> code.run(globals));
    }

    @Override
    public ScriptEngine getEngine() {
        return engine;
    }
}
