package org.hotpy.core.types.function;

import org.hotpy.core.model.ArgSpec;
import org.hotpy.core.model.FunctionStr;
import org.hotpy.core.model.JavaMethod;
import org.hotpy.core.model.PyModule;
import org.hotpy.core.model.PyNone;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.model.PyType;
import org.hotpy.core.model.TypeDef;
import org.hotpy.core.ops.Protocols;
import org.hotpy.core.types.text.PyStr;

/**
 * A builtin function or bound builtin method ({@code builtin_function_or_method}): a Java
 * implementation with its {@code __self__} — the module for module functions, the receiver for
 * a method reached through an instance, the class for a class method.
 */
public final class PyBuiltinFunction extends PyObject implements FunctionStr {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyType.OBJECT,
            PyBuiltinFunction.class, FunctionTypeDefs.BUILTIN_FUNCTION).notSubclassable();

    /** The body of a module-level function: arguments bound per its signature. */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject[] args);
    }

    final JavaMethod.Impl impl;
    final PyObject self;
    private String moduleName;

    public PyBuiltinFunction(JavaMethod.Impl impl, PyObject self) {
        this.impl = impl;
        this.self = self;
    }

    /** A module-level function (its {@code __self__} is set when added to a module). */
    public static PyBuiltinFunction of(String name, String sig, Body body) {
        return new PyBuiltinFunction(JavaMethod.Impl.ofN(name, sig, new BodyCall(body)), null);
    }

    /** The same, with argument errors worded after another of CPython's parsers. */
    public static PyBuiltinFunction of(String name, String sig, ArgSpec.Style style, Body body) {
        return new PyBuiltinFunction(JavaMethod.Impl.ofN(name, sig, style, new BodyCall(body)), null);
    }

    /** A body as a method that ignores self (a record: a lambda here was linked at every start-up). */
    private record BodyCall(Body body) implements JavaMethod.MN<Object> {
        @Override
        public PyObject call(Object self, PyObject[] args) {
            return body.call(args);
        }
    }

    /** The same function with {@code __self__} set to a module. */
    public PyBuiltinFunction inModule(PyModule module) {
        PyBuiltinFunction f = new PyBuiltinFunction(impl, module);
        f.moduleName = module.name();
        return f;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String name() {
        return impl.name();
    }

    public PyObject self() {
        return self;
    }

    public JavaMethod.Impl impl() {
        return impl;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return impl.call(self, args, kwnames, this);
    }

    /** {@code list.append}, {@code math.sqrt}, {@code len}: as CPython's _PyObject_FunctionStr. */
    @Override
    public String qualifiedName() {
        if (isMethod()) {
            return (self instanceof PyType ty ? ty.tpName() : self.type().tpName()) + "." + impl.name();
        }
        return moduleName == null || moduleName.equals("builtins") ? impl.name() : moduleName + "." + impl.name();
    }

    private boolean isMethod() {
        return self != null && !(self instanceof PyModule);
    }

    static void define(TypeDef t) {
        t.callable();
        t.getter("__name__", Fn.NAME);
        t.getter("__qualname__", Fn.QUALNAME);
        t.getter("__self__", Fn.SELF);
        t.getter("__module__", Fn.MODULE);
        t.getter("__doc__", Fn.DOC);
        t.getter("__text_signature__", Fn.TEXT_SIGNATURE);
        t.method0("__repr__", Fn.REPR);
        t.method0("__reduce__", Fn.REDUCE);
    }

    private PyObject textSignature() {
        String first = self == null ? "" : isMethod() ? (self instanceof PyType ? "$type" : "$self") : "$module";
        String sig = impl.spec().textSignature(first);
        return sig == null ? PyNone.NONE : PyStr.of(sig);
    }

    String repr() {
        if (!isMethod()) {
            return "<built-in function " + impl.name() + ">";
        }
        if (self instanceof PyType ty) {
            return "<built-in method " + impl.name() + " of type object at 0x" + Protocols.idHex(ty) + ">";
        }
        return "<built-in method " + impl.name() + " of " + self.type().tpName() + " object at 0x"
                + Protocols.idHex(self) + ">";
    }

    @Override
    public String toString() {
        return repr();
    }

    /**
     * One constant per method and a switch per arity, not a lambda each: each lambda was linked
     * when a program first used the type (~0.25 ms apiece on JDK 17, with class-data sharing).
     */
    private enum Fn implements JavaMethod.M0<PyBuiltinFunction> {
        NAME, QUALNAME, SELF, MODULE, DOC, TEXT_SIGNATURE, REPR, REDUCE;

        @Override
        public PyObject call(PyBuiltinFunction self) {
            return switch (this) {
                case NAME -> PyStr.of(self.impl.name());
                case QUALNAME -> PyStr.of(self.isMethod() ? (self.self instanceof PyType ty ? ty.name() : self.self.type().name()) + "." + self.impl.name() : self.impl.name());
                case SELF -> self.self == null ? PyNone.NONE : self.self;
                case MODULE -> self.moduleName == null ? PyNone.NONE : PyStr.of(self.moduleName);
                case DOC -> PyNone.NONE;
                case TEXT_SIGNATURE -> self.textSignature();
                case REPR -> PyStr.of(self.repr());
                case REDUCE -> PyStr.of(self.impl.name());
            };
        }
    }
}
