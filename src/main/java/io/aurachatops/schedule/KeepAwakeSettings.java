package io.aurachatops.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code AURA_KEEP_AWAKE_NOTICE}: how long before a nightly pause its notice (with Keep awake buttons) is posted. */
@ConfigMapping(prefix = "aura.keep-awake")
public interface KeepAwakeSettings {

    /** {@code 0} posts no notice. */
    @WithDefault("10m")
    Duration notice();
}
