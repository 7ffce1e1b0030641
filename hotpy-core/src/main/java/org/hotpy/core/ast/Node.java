package org.hotpy.core.ast;

/** Any syntax node that has a source position. */
public interface Node {
    Pos pos();
}
