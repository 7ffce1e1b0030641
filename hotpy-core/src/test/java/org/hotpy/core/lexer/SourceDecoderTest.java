package org.hotpy.core.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.hotpy.core.parser.SyntaxErrorException;
import org.junit.jupiter.api.Test;

/** Expected messages are those python3 3.11 prints when running such files. */
class SourceDecoderTest {

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void utf8ByDefault() {
        assertThat(SourceDecoder.decode("x = 'é'\n".getBytes(StandardCharsets.UTF_8), "a.py"))
                .isEqualTo("x = 'é'\n");
    }

    @Test
    void byteOrderMarkIsDropped() {
        assertThat(SourceDecoder.decode(bytes("\u00ef\u00bb\u00bfx = 1\n"), "a.py")).isEqualTo("x = 1\n");
    }

    @Test
    void latin1Cookie() {
        assertThat(SourceDecoder.decode(bytes("# -*- coding: latin-1 -*-\nx = '\u00e9'\n"), "a.py"))
                .isEqualTo("# -*- coding: latin-1 -*-\nx = 'é'\n");
    }

    @Test
    void cookieOnSecondLineAfterComment() {
        assertThat(SourceDecoder.decode(bytes("#!/usr/bin/env python\n# coding=cp1252\nx = '\u0080'\n"),
                "a.py")).endsWith("x = '€'\n");
    }

    @Test
    void cookieAfterCodeIsIgnored() {
        assertThatThrownBy(() -> SourceDecoder.decode(bytes("x = 1\n# coding: latin-1\ny = '\u00e9'\n"), "l2.py"))
                .isInstanceOf(SyntaxErrorException.class)
                .extracting(e -> ((SyntaxErrorException) e).msg())
                .isEqualTo("Non-UTF-8 code starting with '\\xe9' in file l2.py on line 3, but no encoding "
                        + "declared; see https://peps.python.org/pep-0263/ for details");
    }

    @Test
    void invalidUtf8WithoutCookie() {
        assertThatThrownBy(() -> SourceDecoder.decode(bytes("x = 1\ny = \"\u00ff\"\n"), "/tmp/exp/bad.py"))
                .extracting(e -> ((SyntaxErrorException) e).msg())
                .isEqualTo("Non-UTF-8 code starting with '\\xff' in file /tmp/exp/bad.py on line 2, but no "
                        + "encoding declared; see https://peps.python.org/pep-0263/ for details");
    }

    @Test
    void unknownEncoding() {
        assertThatThrownBy(() -> SourceDecoder.decode(bytes("# -*- coding: foo -*-\nx=1\n"), "a.py"))
                .extracting(e -> ((SyntaxErrorException) e).msg()).isEqualTo("encoding problem: foo");
    }

    @Test
    void bomWithOtherCookie() {
        assertThatThrownBy(() -> SourceDecoder.decode(bytes("\u00ef\u00bb\u00bf# coding: latin-1\nx=1\n"), "a.py"))
                .extracting(e -> ((SyntaxErrorException) e).msg())
                .isEqualTo("encoding problem: iso-8859-1 with BOM");
    }

    @Test
    void bytesTheDeclaredEncodingCannotDecode() {
        assertThatThrownBy(() -> SourceDecoder.decode(bytes("# coding: ascii\nx=\"\u00e9\"\n"), "a.py"))
                .extracting(e -> ((SyntaxErrorException) e).msg()).isEqualTo("encoding problem: ascii");
    }

    @Test
    void normalNames() {
        assertThat(SourceDecoder.normalName("UTF_8")).isEqualTo("utf-8");
        assertThat(SourceDecoder.normalName("utf-8-sig")).isEqualTo("utf-8");
        assertThat(SourceDecoder.normalName("Latin-1")).isEqualTo("iso-8859-1");
        assertThat(SourceDecoder.normalName("iso-latin-1-unix")).isEqualTo("iso-8859-1");
        assertThat(SourceDecoder.normalName("cp1252")).isEqualTo("cp1252");
    }
}
