package io.aurachatops.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code AURA_JOB_TIME_BUDGET}: on the local server, how long one job may run before it continues later. */
@ConfigMapping(prefix = "aura")
public interface JobTimeSettings {

    /** On Lambda the invocation's remaining time decides instead. */
    @WithDefault("50s")
    Duration jobTimeBudget();
}
