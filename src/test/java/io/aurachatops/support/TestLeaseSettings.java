package io.aurachatops.support;

import io.aurachatops.leases.LeaseSettings;
import java.time.Duration;

/** The lease settings' defaults: at most 7 days, a reminder an hour ahead, the button extends by 4 hours. */
public final class TestLeaseSettings implements LeaseSettings {

    @Override
    public Duration max() {
        return Duration.ofDays(7);
    }

    @Override
    public Duration reminder() {
        return Duration.ofHours(1);
    }

    @Override
    public Duration extendBy() {
        return Duration.ofHours(4);
    }
}
