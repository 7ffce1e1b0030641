package org.hotpy.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.hotpy.api.trace.TraceText;
import org.hotpy.core.bytecode.Opcode;
import org.junit.jupiter.api.Test;

/**
 * Bridges that run on to their function's return (a hot exit of richards' {@code IdleTask.run}
 * entry trace was never bridged: its bridge, ending in an exit at RETURN_VALUE, was too short),
 * and the back-off of bridge recordings at a hot exit. {@code src/test/python/tier2/returning_bridges.py}
 * runs more cases against CPython's output. Expected outputs here come from python3.
 */
class ReturningBridgeTest {

    /**
     * Richards' IdleTask: the entry trace follows the first branch; the second is the hot exit.
     * Later {@code self.w} is a big float, and the bridge's guard on its branch fails.
     */
    private static final String IDLE_TASK = """
            class Sched:
                def __init__(self): self.n = 0
                def release(self, k):
                    self.n += k
                    return self.n
            class Sched2(Sched):
                def release(self, k):
                    self.n -= k
                    return self.n * 2
            class Idle:
                def __init__(self, s): self.s = s; self.v1 = 1; self.count = 10 ** 6; self.w = 0
                def run(self):
                    self.count -= 1
                    if self.count == 0:
                        return None
                    if (self.v1 & 1) == 0:
                        self.v1 = self.v1 >> 1
                        return self.s.release(1)
                    self.v1 = (self.v1 >> 1) ^ 0xD008
                    if self.w < 10 ** 6:
                        self.w = self.w * 3 % 1000 + 1
                        return self.s.release(2) + self.w
                    return -self.w
            def main():
                t = Idle(Sched())
                tot = 0
                for i in range(20000):
                    tot += t.run()
                t.s = Sched2()
                t.w = 10 ** 7 + 0.5
                for i in range(500):
                    tot += t.run()
                return tot, t.v1
            print(main())
            """;

    /** The most run installed bridge of {@code qualname} that returns, or null. */
    private static CompiledTrace returningBridge(TracedPrograms.Run r, String qualname) {
        return r.tier2().installedTraces().stream()
                .filter(t -> !t.entry && t.returnPc >= 0 && t.code.qualname.equals(qualname))
                .max(java.util.Comparator.comparingLong(t -> t.runs)).orElse(null);
    }

    @Test
    void aHotExitOfAnEntryTraceGetsABridgeThatReturnsAndLeavesWhenItsGuardFails() {
        // main's loops stay in tier 1 (no trace inlines Idle.run): every call enters its entry trace.
        TraceSettings s = TraceSettings.builder().threshold(1_000_000)
                .entryThreshold(TraceSettings.DEFAULT_ENTRY_THRESHOLD).build();
        TracedPrograms.Run r = TracedPrograms.run(s, IDLE_TASK);
        assertThat(r.out()).isEqualTo("(-2195178553.0, 28941)\n"); // python3
        CompiledTrace bridge = returningBridge(r, "Idle.run");
        assertThat(bridge).isNotNull();
        assertThat(bridge.runs).isGreaterThan(1000);
        assertThat(Opcode.of(bridge.code.code[bridge.returnPc] & 0xff)).isEqualTo(Opcode.RETURN_VALUE);
        assertThat(bridge.exitTotal()).as("exits once self.w is big").isPositive();
    }

    @Test
    void aBridgeFromALoopExitReturnsThroughTier1() {
        TracedPrograms.Run r = TracedPrograms.run(TraceSettings.defaults(), """
                def work(i, k):
                    return i * k + 1
                def find(xs, target):
                    for i, x in enumerate(xs):
                        if x == target:
                            return work(i, 10)
                    return -1
                def main():
                    data = list(range(50))
                    s = 0
                    for i in range(3000):
                        s += find(data, i % 60)
                    return s
                print(main())
                """);
        assertThat(r.out()).isEqualTo("614500\n"); // python3
        CompiledTrace bridge = returningBridge(r, "find");
        assertThat(bridge).isNotNull();
        assertThat(bridge.runs).isGreaterThan(1000);
    }

    @Test
    void aReturningBridgeMustDoSomeWork() {
        Tier2 t2 = TracedPrograms.run(TraceSettings.defaults(), "pass").tier2();
        assertThat(t2.worth.bridgeWorthIt(TraceText.parse("[p0]\nreturn(p0)"))).isFalse();
        assertThat(t2.worth.bridgeWorthIt(TraceText.parse("[p0, p1]\np2 = call(p0, p1) {@code:0 [p0, p1]}\nreturn(p2)")))
                .isTrue();
        Tier2 keepAll = TracedPrograms.run(TraceSettings.builder().threshold(1).build(), "pass").tier2();
        assertThat(keepAll.worth.bridgeWorthIt(TraceText.parse("[p0]\nreturn(p0)"))).isTrue();
    }

    @Test
    void aHotExitWhoseBridgesAreTooShortBacksOff() {
        // The exit to the raise is taken 300 times; each bridge from it is too short. Without the
        // back-off every exit past the threshold recorded again, up to the attempt cap (4).
        TracedPrograms.Run r = TracedPrograms.run(TraceSettings.defaults(), """
                def g(x):
                    if x >= 0:
                        a = x * 2; b = a + 3; c = b * a; d = c - x
                        e = d + a + b + c; f = e * 2 - a; h = f + b * 3
                        return h + e + d
                    raise ValueError(x)
                def main():
                    s = 0
                    for i in range(3500):
                        s += g(i)
                    n = 0
                    for i in range(300):
                        try:
                            g(-1)
                        except ValueError:
                            n += 1
                    return s, n
                print(main())
                """);
        assertThat(r.out()).isEqualTo("(400325901500, 300)\n"); // python3
        assertThat(r.tier2().stats().bridgesRecorded).isBetween(1L, 2L);
    }
}
