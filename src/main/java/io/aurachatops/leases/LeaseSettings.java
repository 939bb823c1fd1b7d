package io.aurachatops.leases;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code AURA_LEASE_*}: how long a lease (`--ttl`, `extend`) may run, and when its owner is reminded. */
@ConfigMapping(prefix = "aura.lease")
public interface LeaseSettings {

    /** The longest lease, counted from now, that a create or an extend may ask for. */
    @WithDefault("7d")
    Duration max();

    /** How long before the expiry the owner is reminded, with Extend and Delete buttons. */
    @WithDefault("1h")
    Duration reminder();

    /** What the reminder's Extend button adds. */
    @WithDefault("4h")
    Duration extendBy();
}
