package io.aurachatops.support;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The moment by which the job running on this thread must have handed back control: on Lambda the
 * invocation's end less a margin, on the server the per-job time budget. It travels with the thread, so the
 * request budget can refuse to start what would not finish, without every call passing it along.
 */
public final class JobDeadline {

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private JobDeadline() {
    }

    /** Runs {@code work} with a deadline {@code left} from now on {@code time}'s clock. */
    public static <T> T within(TimeSource time, Duration left, Supplier<T> work) {
        Long outer = CURRENT.get();
        long deadline = time.nanoTime() + left.toNanos();
        CURRENT.set(outer == null ? deadline : Math.min(outer, deadline));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    public static void within(TimeSource time, Duration left, Runnable work) {
        within(time, left, () -> {
            work.run();
            return null;
        });
    }

    /** Nanoseconds left on {@code time}'s clock, or {@link Long#MAX_VALUE} when no deadline is set. */
    public static long nanosLeft(TimeSource time) {
        Long deadline = CURRENT.get();
        return deadline == null ? Long.MAX_VALUE : deadline - time.nanoTime();
    }

    /** Whether {@code needed} still fits before the deadline. */
    public static boolean fits(TimeSource time, Duration needed) {
        return nanosLeft(time) >= needed.toNanos();
    }
}
