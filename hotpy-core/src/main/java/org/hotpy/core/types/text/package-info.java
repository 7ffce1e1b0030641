/**
 * str (code-point correct over Java strings), bytes and bytearray, with the format mini-language,
 * %-formatting and codecs.
 */
package org.hotpy.core.types.text;
