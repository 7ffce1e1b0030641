/**
 * int ({@code long} with {@code BigInteger} overflow), bool, float with CPython's exact repr and
 * formatting, and complex.
 */
package org.hotpy.core.types.number;
