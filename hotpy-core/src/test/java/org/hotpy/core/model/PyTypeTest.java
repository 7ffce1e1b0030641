package org.hotpy.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.hotpy.core.testing.TestInterpreter;
import org.hotpy.core.types.number.PyBool;
import org.hotpy.core.types.number.PyInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PyType: version tags and their invalidation, C3 MROs, and attribute and slot lookup along the MRO. */
class PyTypeTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private PyType type(String name) {
        return (PyType) py.get(name);
    }

    private static String names(PyType[] types) {
        return String.join(" ", Arrays.stream(types).map(PyType::name).toList());
    }

    @Nested
    class VersionTags {
        @Test
        void assigningAClassAttributeChangesTheVersion() {
            py.exec("class A:\n    x = 1\n");
            int before = type("A").version();
            py.exec("A.x = 2");
            assertThat(type("A").version()).isNotEqualTo(before);
        }

        @Test
        void mutatingABaseChangesTheVersionOfEverySubclass() {
            py.exec("class A: pass\nclass B(A): pass\nclass C(B): pass\nclass D: pass\n");
            int b = type("B").version();
            int c = type("C").version();
            int d = type("D").version();
            py.exec("A.f = lambda self: 1");
            assertThat(type("B").version()).isNotEqualTo(b);
            assertThat(type("C").version()).isNotEqualTo(c);
            assertThat(type("D").version()).isEqualTo(d);
        }

        @Test
        void deletingAClassAttributeChangesTheVersion() {
            py.exec("class A:\n    x = 1\nclass C(A): pass\n");
            int a = type("A").version();
            int c = type("C").version();
            py.exec("del A.x");
            assertThat(type("A").version()).isNotEqualTo(a);
            assertThat(type("C").version()).isNotEqualTo(c);
        }

        @Test
        void instanceAttributesLeaveTheTypeAlone() {
            py.exec("class A: pass\na = A()\n");
            int before = type("A").version();
            py.exec("a.x = 1\na.x = 2\ndel a.x\n");
            assertThat(type("A").version()).isEqualTo(before);
        }

        @Test
        void versionsAreDistinctAcrossTypes() {
            py.exec("class A: pass\nclass B: pass\n");
            assertThat(type("A").version()).isNotEqualTo(type("B").version());
        }

        @Test
        void builtinTypesCannotBeMutated() {
            int before = PyInt.TYPE.version();
            assertThat(py.raises("int.spam = 1")).isEqualTo("TypeError");
            assertThat(PyInt.TYPE.version()).isEqualTo(before);
        }
    }

    @Nested
    class MethodResolutionOrder {
        @Test
        void diamondFollowsC3() {
            py.exec("class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\n");
            assertThat(names(type("D").mro())).isEqualTo("D B C A object");
        }

        @Test
        void c3KeepsLocalPrecedenceAcrossBranches() {
            py.exec("class O: pass\nclass F(O): pass\nclass E(O): pass\nclass Dd(O): pass\n"
                    + "class C(Dd, F): pass\nclass B(Dd, E): pass\nclass A(B, C): pass\n");
            assertThat(names(type("A").mro())).isEqualTo("A B C Dd E F O object");
        }

        @Test
        void inconsistentOrderIsATypeError() {
            py.exec("class A: pass\nclass B(A): pass\n");
            assertThat(py.raises("class C(A, B): pass")).isEqualTo("TypeError");
        }

        @Test
        void builtinHierarchy() {
            assertThat(names(PyBool.TYPE.mro())).isEqualTo("bool int object");
            assertThat(PyBool.TYPE.isSubtypeOf(PyInt.TYPE)).isTrue();
            assertThat(PyInt.TYPE.isSubtypeOf(PyBool.TYPE)).isFalse();
            assertThat(PyType.TYPE.type()).isSameAs(PyType.TYPE);
        }
    }

    @Nested
    class Lookup {
        @Test
        void findsTheFirstDefinitionAlongTheMro() {
            py.exec("class A:\n    x = 'A'\n    y = 'A'\nclass B(A):\n    x = 'B'\n");
            assertThat(type("B").lookup("x").toString()).isEqualTo("B");
            assertThat(type("B").lookup("y").toString()).isEqualTo("A");
            assertThat(type("B").definingType("y")).isSameAs(type("A"));
            assertThat(type("B").lookup("z")).isNull();
        }

        @Test
        void cachedLookupsSeeLaterChangesToBases() {
            py.exec("class A:\n    x = 'old'\nclass B(A): pass\n");
            assertThat(type("B").lookup("x").toString()).isEqualTo("old");
            assertThat(type("B").lookup("late")).isNull();
            py.exec("A.x = 'new'\nA.late = 'here'\n");
            assertThat(type("B").lookup("x").toString()).isEqualTo("new");
            assertThat(type("B").lookup("late").toString()).isEqualTo("here");
        }

        @Test
        void slotsAreFilledFromDunderMethodsAndReset() {
            py.exec("class A: pass\nclass B(A): pass\n");
            assertThat(type("B").lookup(Slot.ADD)).isNull();
            py.exec("A.__add__ = lambda self, o: 42");
            assertThat(type("B").lookup(Slot.ADD)).isNotNull();
            assertThat(py.repr("B() + 1")).isEqualTo("42");
            py.exec("del A.__add__");
            assertThat(type("B").lookup(Slot.ADD)).isNull();
            assertThat(py.raises("B() + 1")).isEqualTo("TypeError");
        }

        @Test
        void builtinSlotsComeFromJavaMethods() {
            assertThat(PyInt.TYPE.lookup(Slot.ADD)).isNotNull();
            assertThat(PyInt.TYPE.lookup(Slot.GETITEM)).isNull();
            assertThat(PyType.OBJECT.lookup(Slot.REPR)).isNotNull();
        }
    }
}
