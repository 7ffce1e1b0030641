package org.hotpy.core.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.bytecode.Opcode;
import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.function.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which LOAD_FAST instructions the compiled code may write without the unbound-local check. */
class BoundLocalsTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    /** The names the LOAD_FAST instructions of {@code function} read, each with "!" when it needs no check. */
    private List<String> loads(String source, String function) {
        py.exec(source);
        CodeObject c = ((PyFunction) py.get(function)).code;
        boolean[] sure = BoundLocals.loadsWithoutCheck(c, c.code);
        List<String> loads = new ArrayList<>();
        for (int i = 0; i < c.code.length; i++) {
            if ((c.code[i] & 0xff) == Opcode.LOAD_FAST.ordinal()) {
                loads.add(c.varnames[c.code[i] >>> 8] + (sure[i] ? "!" : ""));
            }
        }
        return loads;
    }

    @Test
    void parametersAndLocalsStoredOnEveryPathAreBound() {
        assertThat(loads("def f(a, *b, c, **d):\n    t = a\n    return t, b, c, d\n", "f"))
                .containsExactly("a!", "t!", "b!", "c!", "d!");
    }

    @Test
    void aLocalStoredOnOnlyOneBranchIsChecked() {
        assertThat(loads("def f(a):\n    if a:\n        v = 1\n    else:\n        w = 2\n    return v\n", "f"))
                .containsExactly("a!", "v");
    }

    @Test
    void aLocalStoredInALoopIsCheckedAfterIt() {
        assertThat(loads("def f(xs):\n    for x in xs:\n        y = x\n    return y\n", "f"))
                .containsExactly("xs!", "x!", "y");
    }

    @Test
    void delAndTheEndOfAnExceptClauseUnbind() {
        assertThat(loads("def f(a):\n    x = a\n    del x\n    x = 1\n    y = x\n    del y\n    return y\n", "f"))
                .containsExactly("a!", "x!", "y");
        assertThat(loads("def f(a):\n    try:\n        a()\n    except Exception as e:\n        r = e\n"
                + "    return e\n", "f"))
                .containsExactly("a!", "e!", "e");
    }

    @Test
    void aHandlerSeesOnlyWhatWasBoundBeforeEveryInstructionItCovers() {
        assertThat(loads("def f(a):\n    try:\n        a()\n        v = 1\n        a()\n    except Exception:\n"
                + "        return v\n    return v\n", "f"))
                .containsExactly("a!", "a!", "v", "v!");
    }
}
