package org.hotpy.core.model;

import org.hotpy.core.types.collection.PyDict;

/**
 * An instance of a user class whose layout base is {@code object}. Its fields are inlined (not
 * behind {@link Instance}'s interface) so the specialised attribute loads can test
 * {@code getClass() == PyInstance.class} and read {@code values[i]} directly.
 */
public class PyInstance extends PyObject implements Instance {
    private static final PyObject[] EMPTY = new PyObject[0];

    public PyType type;
    public Shape shape;
    public PyObject[] values;
    public PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        this.shape = type.rootShape();
        int n = type.expectedCapacity();
        this.values = n == 0 ? EMPTY : new PyObject[n];
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public Shape shape() {
        return shape;
    }

    @Override
    public void setShape(Shape shape) {
        this.shape = shape;
    }

    @Override
    public PyObject[] values() {
        return values;
    }

    @Override
    public void setValues(PyObject[] values) {
        this.values = values;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    @Override
    public void setDict(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public String toString() {
        return "<" + type.name() + " object>";
    }
}
