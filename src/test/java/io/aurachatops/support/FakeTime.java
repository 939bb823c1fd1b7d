package io.aurachatops.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;

/** A clock that moves only when someone waits: waits return at once and advance it. Single-threaded use. */
public final class FakeTime implements TimeSource {

    private final Instant start = Instant.parse("2026-01-05T09:00:00Z");
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Instant now() {
        return start.plusNanos(nanos.get());
    }

    @Override
    public void sleep(Duration duration) {
        advance(duration);
    }

    @Override
    public void await(Condition condition, long waitNanos) {
        nanos.addAndGet(Math.max(1, waitNanos));
    }

    public void advance(Duration duration) {
        nanos.addAndGet(Math.max(0, duration.toNanos()));
    }

    public Duration elapsed() {
        return Duration.ofNanos(nanos.get());
    }
}
