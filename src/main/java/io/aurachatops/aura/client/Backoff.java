package io.aurachatops.aura.client;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Capped exponential backoff with jitter, so that many clients retrying do not arrive together. */
final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;

    Backoff(Duration base, Duration cap, DoubleSupplier random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The pause before retry number {@code retry} (0 for the first): half fixed, half random. */
    Duration before(int retry) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(retry, 20));
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
