package io.aurachatops.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/** The clock and the waiting, in one seam, so that rate limits and backoff can be tested without sleeping. */
public interface TimeSource {

    long nanoTime();

    Instant now();

    void sleep(Duration duration) throws InterruptedException;

    /** Waits on {@code condition}, whose lock the caller holds, for at most {@code nanos}. */
    void await(Condition condition, long nanos) throws InterruptedException;

    TimeSource SYSTEM = new TimeSource() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            if (!duration.isNegative() && !duration.isZero()) {
                TimeUnit.NANOSECONDS.sleep(duration.toNanos());
            }
        }

        @Override
        public void await(Condition condition, long nanos) throws InterruptedException {
            condition.awaitNanos(nanos);
        }
    };
}
