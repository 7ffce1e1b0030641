package org.hotpy.core.embed;

import java.util.Map;

import org.hotpy.api.CompiledCode;
import org.hotpy.api.Interpreter;

/** {@link CompiledCode}: a compiled script and the interpreter it belongs to. */
final class Compiled implements CompiledCode {
    private final EmbeddedInterpreter owner;
    private final Scripts code;
    private final String fileName;

    Compiled(EmbeddedInterpreter owner, Scripts code, String fileName) {
        this.owner = owner;
        this.code = code;
        this.fileName = fileName;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public Interpreter interpreter() {
        return owner;
    }

    @Override
    public Object run() {
        return owner.run(code, owner.globals());
    }

    @Override
    public Object run(Map<String, Object> globals) {
        return owner.run(code, globals);
    }
}
