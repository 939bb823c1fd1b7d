package io.aurachatops.support;

import io.aurachatops.watch.WatchSettings;
import java.time.Duration;

/** The watch settings' defaults: a poll every 10 s, and a watch gives up after 30 minutes. */
public final class TestWatchSettings implements WatchSettings {

    @Override
    public Duration pollInterval() {
        return Duration.ofSeconds(10);
    }

    @Override
    public Duration operationTimeout() {
        return Duration.ofMinutes(30);
    }
}
