package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.function.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link LoopExits}: the instructions where a trace of an innermost loop hands its frame back. */
class LoopExitsTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    /** The source lines of the loop exits of function {@code f} defined by {@code source}. */
    private List<Integer> exitLines(String source) {
        py.exec(source);
        CodeObject code = ((PyFunction) py.get("f")).code;
        BitSet exits = LoopExits.of(code.code);
        return exits.stream().mapToObj(code::lineAt).distinct().collect(Collectors.toList());
    }

    @Test
    void aWhileLoopExitsToTheStatementAfterIt() {
        assertThat(exitLines("""
                def f(n):
                    i = 0
                    while i < n:
                        i += 1
                    return i
                """)).containsExactly(5);
    }

    @Test
    void onlyTheInnermostLoopOfANestCounts() {
        assertThat(exitLines("""
                def f(n):
                    t = 0
                    for a in range(n):
                        i = 0
                        while i < a and t < 100:
                            i += 1
                        t += i
                    return t
                """)).containsExactly(7);
    }

    @Test
    void aBreakAndAForRunningOutAreExits() {
        List<Integer> lines = exitLines("""
                def f(xs):
                    for x in xs:
                        if x < 0:
                            break
                    else:
                        return None
                    return x
                """);
        assertThat(lines).contains(6, 7);
    }

    @Test
    void codeWithoutLoopsHasNone() {
        assertThat(exitLines("""
                def f(x):
                    if x:
                        return 1
                    return 2
                """)).isEmpty();
    }
}
