package io.aurachatops.create;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code AURA_CREATE_RECHECK_DELAY}: how long a re-run job waits before it calls a secret-less new instance lost. */
@ConfigMapping(prefix = "aura.create")
public interface CreateTimings {

    /** Another attempt may still be writing the secret of a very young instance; look again after this. */
    @WithDefault("20s")
    Duration recheckDelay();
}
