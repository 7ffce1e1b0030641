package org.hotpy.core.ast;

/** Whether a name, attribute, subscript, list or tuple is read, assigned or deleted. */
public enum ExprContext {
    LOAD, STORE, DEL
}
