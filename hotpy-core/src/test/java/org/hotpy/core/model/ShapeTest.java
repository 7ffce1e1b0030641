package org.hotpy.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.core.testing.TestInterpreter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Shapes: the transition tree, positions, sharing between instances, and the switch to dict mode. */
class ShapeTest {
    private TestInterpreter py;

    @BeforeEach
    void start() {
        py = new TestInterpreter();
        py.exec("class P:\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n");
    }

    @AfterEach
    void stop() {
        py.close();
    }

    private PyInstance inst(String expr) {
        return (PyInstance) py.eval(expr);
    }

    @Nested
    class Transitions {
        @Test
        void instancesBuiltTheSameWayShareAShape() {
            py.exec("a = P(1, 2)\nb = P('x', 'y')\n");
            assertThat(inst("a").shape()).isNotNull().isSameAs(inst("b").shape());
            assertThat(inst("a").shape().type()).isSameAs(py.get("P"));
        }

        @Test
        void attributeOrderMatters() {
            py.exec("class Q: pass\na = Q(); a.x = 1; a.y = 2\nb = Q(); b.y = 2; b.x = 1\n");
            Shape sa = inst("a").shape();
            Shape sb = inst("b").shape();
            assertThat(sa).isNotSameAs(sb);
            assertThat(sa.indexOf("x")).isEqualTo(sb.indexOf("y"));
            assertThat(sa.size()).isEqualTo(2);
        }

        @Test
        void positionsIndexTheValuesArray() {
            PyInstance a = inst("P('vx', 'vy')");
            Shape s = a.shape();
            assertThat(s.name(0)).isEqualTo("x");
            assertThat(a.values()[s.indexOf("x")].toString()).isEqualTo("vx");
            assertThat(a.values()[s.indexOf("y")].toString()).isEqualTo("vy");
            assertThat(s.indexOf("missing")).isEqualTo(-1);
            assertThat(s.capacity()).isGreaterThanOrEqualTo(2);
        }

        @Test
        void transitionsAreCachedInTheParent() {
            py.exec("class Q: pass\n");
            Shape root = ((PyType) py.get("Q")).rootShape();
            assertThat(root.size()).isZero();
            Shape x = root.with("x");
            assertThat(root.with("x")).isSameAs(x);
            assertThat(x.with("y")).isSameAs(x.with("y")).isNotSameAs(root.with("y"));
            assertThat(x.with("y").indexOf("y")).isEqualTo(1);
        }

        @Test
        void slotsComeBeforeShapeAttributes() {
            py.exec("class S:\n    __slots__ = ('a', 'b', '__dict__')\ns = S(); s.a = 1; s.extra = 2\n");
            Shape s = inst("s").shape();
            assertThat(s).isNotNull();
            assertThat(s.indexOf("extra")).isEqualTo(2);
        }

        @Test
        void aFullShapeHasNoSuccessor() {
            py.exec("class Q: pass\n");
            Shape s = ((PyType) py.get("Q")).rootShape();
            for (int i = 0; i < Shape.MAX_ATTRIBUTES; i++) {
                s = s.with("a" + i);
            }
            assertThat(s.with("one_more")).isNull();
        }
    }

    @Nested
    class DictMode {
        @Test
        void deletingAnAttributeLeavesShapes() {
            py.exec("a = P(1, 2)\ndel a.x\n");
            assertThat(inst("a").shape()).isNull();
            assertThat(py.repr("(a.y, hasattr(a, 'x'), vars(a))")).isEqualTo("(2, False, {'y': 2})");
        }

        @Test
        void askingForDictLeavesShapesButKeepsValues() {
            py.exec("a = P(1, 2)\nd = a.__dict__\nd['z'] = 3\n");
            assertThat(inst("a").shape()).isNull();
            assertThat(py.repr("(a.x, a.y, a.z)")).isEqualTo("(1, 2, 3)");
        }

        @Test
        void tooManyAttributesLeaveShapes() {
            py.exec("class Q: pass\nq = Q()\nfor i in range(" + (Shape.MAX_ATTRIBUTES + 5) + "):\n"
                    + "    setattr(q, 'a%d' % i, i)\n");
            assertThat(inst("q").shape()).isNull();
            assertThat(py.repr("(q.a0, q.a130, len(vars(q)))")).isEqualTo("(0, 130, 133)");
        }

        @Test
        void otherInstancesKeepTheirShape() {
            py.exec("a = P(1, 2)\nb = P(3, 4)\ndel a.x\n");
            assertThat(inst("b").shape()).isNotNull();
        }
    }
}
