package org.hotpy.core.model;

import org.hotpy.core.types.function.PyBuiltinFunction;
import org.hotpy.core.types.function.PyStaticMethod;
import org.hotpy.core.types.text.PyStr;

/**
 * What a builtin type's definer uses to fill the type's dict: methods by arity, class methods,
 * {@code __new__}, computed attributes and constants. Each builtin type's Java class has a
 * {@code static void define(TypeDef t)} next to its methods.
 *
 * <pre>{@code
 * t.method0("upper", PyStr::upper);
 * t.method2("rjust", "width, fillchar=' ', /", (PyStr s, PyObject w, PyObject f) -> s.rjust(w, f));
 * }</pre>
 */
public final class TypeDef {
    private final PyType type;
    private final ArgSpec.Style style;

    TypeDef(PyType type) {
        this(type, ArgSpec.Style.CLINIC);
    }

    private TypeDef(PyType type, ArgSpec.Style style) {
        this.type = type;
        this.style = style;
    }

    /**
     * Defines methods that CPython parses with {@code PyArg_ParseTuple} (its older, pre-clinic
     * methods such as {@code str.find}), whose argument errors are worded
     * {@code find() takes at least 1 argument (0 given)}.
     */
    public TypeDef parseTupleErrors() {
        return new TypeDef(type, ArgSpec.Style.PARSE_TUPLE);
    }

    public PyType type() {
        return type;
    }

    private void put(String name, PyObject value) {
        type.putDuringDefinition(name, value);
    }

    private void putMethod(JavaMethod.Impl impl) {
        put(impl.name(), new PyMethodDescr(type, impl.withStyle(style)));
    }

    public <S> void method0(String name, JavaMethod.M0<S> f) {
        putMethod(JavaMethod.Impl.of0(name, f));
    }

    public <S> void method1(String name, String sig, JavaMethod.M1<S> f) {
        putMethod(JavaMethod.Impl.of1(name, sig, f));
    }

    public <S> void method2(String name, String sig, JavaMethod.M2<S> f) {
        putMethod(JavaMethod.Impl.of2(name, sig, f));
    }

    public <S> void method3(String name, String sig, JavaMethod.M3<S> f) {
        putMethod(JavaMethod.Impl.of3(name, sig, f));
    }

    public <S> void methodN(String name, String sig, JavaMethod.MN<S> f) {
        putMethod(JavaMethod.Impl.ofN(name, sig, f));
    }

    /** A binary operator method taking one argument, such as {@code __add__}. */
    public <S> void binary(String name, JavaMethod.M1<S> f) {
        method1(name, "value, /", f);
    }

    /** A class method such as {@code dict.fromkeys}; {@code self} is the type it is called on. */
    public void classMethod(String name, String sig, JavaMethod.MN<? super PyType> f) {
        put(name, new PyClassMethodDescr(type, JavaMethod.Impl.ofN(name, sig, f)));
    }

    /**
     * {@code __new__}: a static method whose first argument is the class to instantiate
     * ({@code int.__new__(MyInt, 5)}). {@code sig} describes the arguments after the class.
     */
    public void newMethod(String sig, JavaMethod.MN<? super PyType> f) {
        // cls is positional-only; the other parameters keep their own kinds
        String full = sig.isEmpty() ? "cls, /" : sig.contains("/") ? "cls, " + sig : "cls, /, " + sig;
        JavaMethod.Impl impl = JavaMethod.Impl.ofN("__new__", full, ArgSpec.Style.CONSTRUCTOR, new NewMethod(type, f));
        put("__new__", new PyStaticMethod(new PyBuiltinFunction(impl, type)));
    }

    /**
     * {@code __new__} as called: checks the class argument, then calls the type's constructor with
     * the rest. A class rather than a lambda, so that defining a type links none.
     */
    private record NewMethod(PyType type, JavaMethod.MN<? super PyType> f) implements JavaMethod.MN<PyObject> {
        @Override
        public PyObject call(PyObject self, PyObject[] a) {
            PyObject cls = a[0];
            if (!(cls instanceof PyType t)) {
                throw org.hotpy.core.errors.Errors.typeError("%s.__new__(X): X is not a type object (%s)",
                        type.name(), cls.type().tpName());
            }
            if (!t.isSubtypeOf(type)) {
                throw org.hotpy.core.errors.Errors.typeError("%s.__new__(%s): %s is not a subtype of %s",
                        type.name(), t.name(), t.name(), type.name());
            }
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return f.call(t, rest);
        }
    }

    /** A read-only computed attribute. */
    public <S> void getter(String name, JavaMethod.M0<S> get) {
        put(name, new PyGetSetDescr(type, name, get, null));
    }

    /** A computed attribute with a setter (which receives null for {@code del}). */
    public <S> void getset(String name, JavaMethod.M0<S> get, JavaMethod.Setter<S> set) {
        put(name, new PyGetSetDescr(type, name, get, set));
    }

    /** A plain class attribute. */
    public void constant(String name, PyObject value) {
        put(name, value);
    }

    /**
     * The constructor's parameters as {@code __text_signature__} shows them (CPython takes it
     * from the type's docstring; types whose docstring gives none, such as int, have None).
     */
    public void textSignature(String params) {
        type.setTextSignature(params);
    }

    public void doc(String text) {
        put("__doc__", PyStr.of(text));
    }

    /**
     * {@code __call__} for a type whose Java class overrides {@link PyObject#call}, so that
     * {@code callable()} and {@code type(x).__call__} see it as CPython sees tp_call.
     */
    public void callable() {
        methodN("__call__", "*args, **kwargs", CallMethod.INSTANCE);
    }

    /** {@code type(x).__call__(x, *args, **kwargs)}: an enum rather than a lambda (see NewMethod). */
    private enum CallMethod implements JavaMethod.MN<PyObject> {
        INSTANCE;

        @Override
        public PyObject call(PyObject self, PyObject[] a) {
            return org.hotpy.core.ops.Call.callWithTupleDict(self, (org.hotpy.core.types.collection.PyTuple) a[0],
                    (org.hotpy.core.types.collection.PyDict) a[1]);
        }
    }

    /** Marks {@code __hash__ = None}: instances are unhashable (list, dict, set). */
    public void unhashable() {
        put("__hash__", PyNone.NONE);
    }
}
