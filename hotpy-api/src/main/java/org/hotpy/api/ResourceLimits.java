package org.hotpy.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Bounds on one run of Python code (each {@code exec}, {@code eval}, {@code call} … from Java
 * starts afresh). Hitting the step limit, the timeout or {@link Interpreter#interrupt()} stops the
 * script with a {@link ResourceLimitException} that Python code cannot catch (not with a bare
 * {@code except:}, nor by looping in {@code finally}); the interpreter stays usable. The recursion
 * depth and the object size are ordinary Python errors ({@code RecursionError},
 * {@code MemoryError}) raised where the limit is crossed.
 *
 * <p>A <em>step</em> is one loop iteration (a backward jump), one call of a Python function, or
 * 1,024 items taken from an iterator by a builtin such as {@code sum}: straight-line code between
 * steps is bounded by the length of the code, so a step budget bounds the instructions executed.
 *
 * <p>Immutable; build with {@link #builder()}. {@link #defaults()} has no step or time limit, a
 * recursion depth of 1000 (as CPython) and objects of at most {@value #DEFAULT_MAX_OBJECT_SIZE}
 * elements or characters.
 */
public final class ResourceLimits {
    /** The default cap on one object: 16 Mi elements (a list) or characters (a str) or bytes. */
    public static final long DEFAULT_MAX_OBJECT_SIZE = 1L << 24;
    /** The default recursion limit, CPython's. */
    public static final int DEFAULT_RECURSION_DEPTH = 1000;

    private static final ResourceLimits DEFAULTS = new Builder().build();

    private final long maxSteps;
    private final Duration timeout;
    private final int maxRecursionDepth;
    private final long maxObjectSize;

    private ResourceLimits(Builder b) {
        this.maxSteps = b.maxSteps;
        this.timeout = b.timeout;
        this.maxRecursionDepth = b.maxRecursionDepth;
        this.maxObjectSize = b.maxObjectSize;
    }

    public static ResourceLimits defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The step budget of one run, if limited. */
    public OptionalLong maxSteps() {
        return maxSteps == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(maxSteps);
    }

    /** The wall-clock time one run may take, if limited. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** The deepest Python call nesting; {@code sys.setrecursionlimit} cannot raise it above this. */
    public int maxRecursionDepth() {
        return maxRecursionDepth;
    }

    /** The most elements, characters or bytes one object may hold; larger requests raise MemoryError. */
    public long maxObjectSize() {
        return maxObjectSize;
    }

    @Override
    public String toString() {
        return "ResourceLimits[steps=" + (maxSteps == Long.MAX_VALUE ? "unlimited" : maxSteps) + ", timeout="
                + (timeout == null ? "none" : timeout) + ", recursion=" + maxRecursionDepth + ", objectSize="
                + maxObjectSize + "]";
    }

    /** Builds {@link ResourceLimits}, starting from {@link #defaults()}. */
    public static final class Builder {
        private long maxSteps = Long.MAX_VALUE;
        private Duration timeout;
        private int maxRecursionDepth = DEFAULT_RECURSION_DEPTH;
        private long maxObjectSize = DEFAULT_MAX_OBJECT_SIZE;

        private Builder() {}

        /** Stops a run after this many steps (see the class comment); must be positive. */
        public Builder maxSteps(long steps) {
            if (steps <= 0) {
                throw new IllegalArgumentException("maxSteps must be positive, not " + steps);
            }
            this.maxSteps = steps;
            return this;
        }

        /** Stops a run after this much wall-clock time; must be positive. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The recursion limit, which scripts may lower but not raise; at least 10. */
        public Builder maxRecursionDepth(int depth) {
            if (depth < 10) {
                throw new IllegalArgumentException("maxRecursionDepth must be at least 10, not " + depth);
            }
            this.maxRecursionDepth = depth;
            return this;
        }

        /** The largest single object, in elements or characters; at least 1024. */
        public Builder maxObjectSize(long size) {
            if (size < 1024) {
                throw new IllegalArgumentException("maxObjectSize must be at least 1024, not " + size);
            }
            this.maxObjectSize = size;
            return this;
        }

        public ResourceLimits build() {
            return new ResourceLimits(this);
        }
    }
}
