package org.hotpy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    @Test
    void everyStepPrintsWhatItShould() throws Exception {
        assertEquals("""
                total = 39.0
                eval: 78.0
                Hello, Ada!
                Hello, Bo?
                gold, 1500.0: 15% (standard discount)
                stopped: TIMEOUT
                ZeroDivisionError at line 2: division by zero
                still usable: 42
                hello from javax.script
                jsr-223 eval: [0, 1, 4, 9]
                """, EmbeddingExample.run(new StringWriter()));
    }
}
