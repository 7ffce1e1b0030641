package org.hotpy.core.classfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

class ClassFileTest {
    /** A class with one static method {@code s()} returning the string constant {@code value}. */
    private static byte[] returning(String name, String value) {
        ClassFile cf = new ClassFile(name, "java/lang/Object");
        Bytecode code = new Bytecode(cf, 0);
        code.pushString(value);
        code.op(Bytecode.ARETURN, -1);
        cf.method(ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, "s", "()Ljava/lang/String;", code);
        return cf.toBytes();
    }

    private static Object call(byte[] bytes) throws ReflectiveOperationException {
        Class<?> c = MethodHandles.lookup().defineHiddenClass(bytes, true).lookupClass();
        Method s = c.getDeclaredMethod("s");
        return s.invoke(null);
    }

    @Test
    void stringsSharedByClassesAreEncodedAlike() throws ReflectiveOperationException {
        // modified UTF-8: NUL in two bytes, a supplementary character as two surrogates of three
        String text = "caf\u00e9 \0 \u20ac \ud83d\ude00";
        byte[] first = returning("org/hotpy/core/classfile/Gen1", text);
        byte[] second = returning("org/hotpy/core/classfile/Gen2", text); // the pool's strings again
        assertThat(call(first)).isEqualTo(text);
        assertThat(call(second)).isEqualTo(text);
        assertThat(second).hasSameSizeAs(first);
    }

    @Test
    void aClassNameUsedAgainGivesTheSameBytes() {
        byte[] first = returning("org/hotpy/core/classfile/Gen3", "x");
        byte[] second = returning("org/hotpy/core/classfile/Gen3", "x");
        assertThat(second).isEqualTo(first);
    }
}
