package org.hotpy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ResourceLimitsTest {
    @Test
    void defaults() {
        ResourceLimits d = ResourceLimits.defaults();
        assertThat(d.maxSteps()).isEmpty();
        assertThat(d.timeout()).isEmpty();
        assertThat(d.maxRecursionDepth()).isEqualTo(1000);
        assertThat(d.maxObjectSize()).isEqualTo(1L << 24);
    }

    @Test
    void built() {
        ResourceLimits l = ResourceLimits.builder().maxSteps(10).timeout(Duration.ofMillis(5))
                .maxRecursionDepth(50).maxObjectSize(4096).build();
        assertThat(l.maxSteps()).hasValue(10);
        assertThat(l.timeout()).contains(Duration.ofMillis(5));
        assertThat(l.maxRecursionDepth()).isEqualTo(50);
        assertThat(l.maxObjectSize()).isEqualTo(4096);
        assertThat(l.toString()).contains("steps=10", "timeout=PT0.005S");
    }

    @Test
    void invalidValues() {
        assertThatThrownBy(() -> ResourceLimits.builder().maxSteps(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResourceLimits.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResourceLimits.builder().maxRecursionDepth(5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResourceLimits.builder().maxObjectSize(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
