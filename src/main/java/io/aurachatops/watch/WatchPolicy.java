package io.aurachatops.watch;

import io.aurachatops.jobs.WatchOperation;
import java.time.Duration;
import java.time.Instant;

/**
 * When to poll next: every interval while the operation is within its typical duration, then slower (twice,
 * then four times the interval, at most a minute), never past the deadline.
 */
public final class WatchPolicy {

    static final Duration SLOWEST = Duration.ofMinutes(1);

    private WatchPolicy() {
    }

    public static Duration nextDelay(WatchOperation operation, Duration interval, Instant started, Instant deadline,
            Instant now) {
        Duration elapsed = Duration.between(started, now);
        Duration typical = operation.typical();
        Duration delay;
        if (elapsed.compareTo(typical) < 0) {
            delay = interval;
        } else if (elapsed.compareTo(typical.multipliedBy(3)) < 0) {
            delay = interval.multipliedBy(2);
        } else {
            delay = interval.multipliedBy(4);
        }
        Duration cap = interval.compareTo(SLOWEST) > 0 ? interval : SLOWEST;
        delay = delay.compareTo(cap) > 0 ? cap : delay;
        Duration left = Duration.between(now, deadline);
        if (left.compareTo(delay) < 0) {
            delay = left.isNegative() ? Duration.ZERO : left;
        }
        return delay;
    }
}
