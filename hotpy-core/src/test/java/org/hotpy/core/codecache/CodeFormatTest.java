package org.hotpy.core.codecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hotpy.core.bytecode.CodeObject;
import org.hotpy.core.compiler.Compiler;
import org.hotpy.core.model.PyObject;
import org.hotpy.core.parser.SyntaxErrorException;
import org.hotpy.core.testing.SharedCorpus;
import org.hotpy.core.types.collection.PyFrozenSet;
import org.hotpy.core.types.collection.PySet;
import org.hotpy.core.types.collection.PyTuple;
import org.hotpy.core.types.number.PyBigInt;
import org.hotpy.core.types.number.PyComplex;
import org.hotpy.core.types.number.PyFloat;
import org.hotpy.core.types.number.PyInt;
import org.hotpy.core.types.text.PyBytes;
import org.hotpy.core.types.text.PyStr;
import org.junit.jupiter.api.Test;

/** Code objects written and read back are the code objects the compiler made, field by field. */
class CodeFormatTest {

    static CodeObject compile(String source) {
        return Compiler.compile(source, "/some/prog.py", Compiler.Mode.EXEC);
    }

    static byte[] toBytes(CodeObject code) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(4096);
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        CodeFormat.write(code, out);
        out.flush();
        return bytes.toByteArray();
    }

    static CodeObject roundTrip(CodeObject code) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(toBytes(code));
        CodeObject back = CodeFormat.read(in, code.filename);
        assertThat(in.remaining()).as("bytes left over").isZero();
        return back;
    }

    @Test
    void everyConstantKindTheCompilerMakes() throws IOException {
        CodeObject code = compile("""
                a = (None, True, False, ..., 0, -1, 2**62, 123456789012345678901234567890, -2**200)
                b = (1.5, -0.0, float('nan'), 1e308 * 10, 2j, -0j, 'x', '', 'é ☃ 𝄞', '\\udc80', b'\\x00\\xff')
                c = ((1, (2, 'three')), frozenset)
                d = {-1, -2, 5, 13, 21, 29, 37, 45, (1, 'x'), 2.5, 'y', None}
                for e in {7, 15}: pass
                def f(x, /, y=3, *args, z, **kw):
                    def g():
                        return x + y
                    return g
                class C:
                    def m(self):
                        return __class__
                f(1, z=2, y=4)
                """);
        assertSameCode(roundTrip(code), code);
    }

    /** Every program of the project's tests and of the shared corpus survives the round trip. */
    @Test
    void allTestProgramsAndCorpusCases() throws IOException {
        List<Path> files = new ArrayList<>(SharedCorpus.pythonFiles(SharedCorpus.projectPrograms(), false));
        Path cases = SharedCorpus.casesDir();
        if (cases != null) {
            files.addAll(SharedCorpus.pythonFiles(cases, false));
        }
        int compiled = 0;
        for (Path p : files) {
            CodeObject code;
            try {
                code = Compiler.compile(new String(Files.readAllBytes(p), StandardCharsets.UTF_8), p.toString(),
                        Compiler.Mode.EXEC);
            } catch (SyntaxErrorException e) {
                continue; // programs about SyntaxError
            }
            assertSameCode(roundTrip(code), code);
            compiled++;
        }
        assertThat(compiled).isGreaterThan(100);
    }

    @Test
    void aConstantWithoutAnEncodingIsRefused() {
        CodeObject code = compile("x = 1");
        code.consts[0] = new PySet();
        assertThatThrownBy(() -> toBytes(code)).isInstanceOf(CodeFormat.Unsupported.class)
                .hasMessageContaining("PySet");
    }

    /** Cut anywhere, the data fails to read with an ordinary exception (the cache then misses). */
    @Test
    void truncatedDataFailsToRead() throws IOException {
        byte[] data = toBytes(compile("def f(a, b=2):\n    return [a, b, 'c', 3.0]\nprint(f(1))\n"));
        for (int n = 0; n < data.length; n++) {
            ByteBuffer in = ByteBuffer.wrap(Arrays.copyOf(data, n));
            assertThatThrownBy(() -> CodeFormat.read(in, "f.py")).as("cut at %d", n)
                    .isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void absurdLengthsAreRejectedBeforeAllocating() throws IOException {
        byte[] data = toBytes(compile("x = 'abc'"));
        ByteBuffer bb = ByteBuffer.wrap(data);
        bb.putInt(0, Integer.MAX_VALUE); // the length of the name
        assertThatThrownBy(() -> CodeFormat.read(ByteBuffer.wrap(data), "f.py"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs past the end");
    }

    static void assertSameCode(CodeObject actual, CodeObject expected) {
        String where = expected.qualname + " of " + expected.filename;
        assertThat(actual.name).as(where).isEqualTo(expected.name);
        assertThat(actual.qualname).as(where).isEqualTo(expected.qualname);
        assertThat(actual.filename).as(where).isEqualTo(expected.filename);
        assertThat(actual.firstLineNo).as(where).isEqualTo(expected.firstLineNo);
        assertThat(actual.argCount).as(where).isEqualTo(expected.argCount);
        assertThat(actual.posOnlyArgCount).as(where).isEqualTo(expected.posOnlyArgCount);
        assertThat(actual.kwOnlyArgCount).as(where).isEqualTo(expected.kwOnlyArgCount);
        assertThat(actual.flags).as(where).isEqualTo(expected.flags);
        assertThat(actual.stackSize).as(where).isEqualTo(expected.stackSize);
        assertThat(actual.varnames).as(where).isEqualTo(expected.varnames);
        assertThat(actual.cellvars).as(where).isEqualTo(expected.cellvars);
        assertThat(actual.freevars).as(where).isEqualTo(expected.freevars);
        assertThat(actual.names).as(where).isEqualTo(expected.names);
        assertThat(actual.code).as(where).isEqualTo(expected.code);
        assertThat(actual.lines).as(where).isEqualTo(expected.lines);
        assertThat(actual.positions).as(where).isEqualTo(expected.positions);
        assertThat(actual.exceptionTable).as(where).isEqualTo(expected.exceptionTable);
        assertThat(actual.cellToArg).as(where).isEqualTo(expected.cellToArg);
        assertThat(actual.exactArgCount).as(where).isEqualTo(expected.exactArgCount);
        assertThat(actual.nlocalsplus()).as(where).isEqualTo(expected.nlocalsplus());
        assertThat(actual.consts).as(where).hasSameSizeAs(expected.consts);
        for (int i = 0; i < expected.consts.length; i++) {
            assertSameConstant(actual.consts[i], expected.consts[i], where + " const " + i);
        }
    }

    private static void assertSameConstant(PyObject actual, PyObject expected, String where) {
        assertThat(actual.getClass()).as(where).isEqualTo(expected.getClass());
        if (expected instanceof CodeObject c) {
            assertSameCode((CodeObject) actual, c);
        } else if (expected instanceof PyTuple t) {
            PyObject[] a = ((PyTuple) actual).itemsUnsafe();
            PyObject[] e = t.itemsUnsafe();
            assertThat(a).as(where).hasSameSizeAs(e);
            for (int i = 0; i < e.length; i++) {
                assertSameConstant(a[i], e[i], where + "[" + i + "]");
            }
        } else if (expected instanceof PyFrozenSet fs) {
            // the same elements at the same slots, so the same iteration order
            PyFrozenSet a = (PyFrozenSet) actual;
            assertThat(a.tableSize()).as(where).isEqualTo(fs.tableSize());
            assertThat(a.slots()).as(where).isEqualTo(fs.slots());
            PyObject[] ai = a.toArray();
            PyObject[] ei = fs.toArray();
            for (int i = 0; i < ei.length; i++) {
                assertSameConstant(ai[i], ei[i], where + "{" + i + "}");
            }
        } else if (expected instanceof PyFloat f) {
            assertThat(Double.doubleToRawLongBits(((PyFloat) actual).value)).as(where)
                    .isEqualTo(Double.doubleToRawLongBits(f.value));
        } else if (expected instanceof PyComplex z) {
            PyComplex a = (PyComplex) actual;
            assertThat(Double.doubleToRawLongBits(a.real)).as(where).isEqualTo(Double.doubleToRawLongBits(z.real));
            assertThat(Double.doubleToRawLongBits(a.imag)).as(where).isEqualTo(Double.doubleToRawLongBits(z.imag));
        } else if (expected instanceof PyStr s) {
            assertThat(((PyStr) actual).value()).as(where).isEqualTo(s.value());
        } else if (expected instanceof PyBytes b) {
            assertThat(((PyBytes) actual).data()).as(where).isEqualTo(b.data());
        } else if (expected instanceof PyInt n) {
            assertThat(((PyInt) actual).value).as(where).isEqualTo(n.value);
        } else if (expected instanceof PyBigInt n) {
            assertThat(((PyBigInt) actual).value).as(where).isEqualTo(n.value);
        } else {
            assertThat(actual).as(where).isSameAs(expected); // None, True, False, Ellipsis
        }
    }
}
