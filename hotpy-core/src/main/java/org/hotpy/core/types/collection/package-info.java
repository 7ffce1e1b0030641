/**
 * list, tuple, dict (compact, insertion-ordered, with keys versions for caches), set, frozenset,
 * range, slice, their iterators and views, and SimpleNamespace.
 */
package org.hotpy.core.types.collection;
