package io.aurachatops.watch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How operations are watched ({@code AURA_POLL_INTERVAL}, {@code AURA_OPERATION_TIMEOUT}). */
@ConfigMapping(prefix = "aura")
public interface WatchSettings {

    /** Time between two polls of one operation, while it is within its typical duration. */
    @WithDefault("10s")
    Duration pollInterval();

    /** When a watch gives up and says so. */
    @WithDefault("30m")
    Duration operationTimeout();
}
