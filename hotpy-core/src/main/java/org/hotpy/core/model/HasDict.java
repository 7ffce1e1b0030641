package org.hotpy.core.model;

import org.hotpy.core.types.collection.PyDict;

/**
 * A builtin object with a plain attribute dict ({@code __dict__}) that is not shape-based:
 * functions, modules, exceptions, static and class method wrappers, streams.
 */
public interface HasDict {
    /** The dict, created on first use. */
    PyDict getDict();

    /** Replaces the dict ({@code obj.__dict__ = d}). */
    void setDict(PyDict dict);
}
