package io.aurachatops.schedule;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code AURA_AUTORESUME_CRON}: when the matching paused instances are resumed (optional). */
@ConfigMapping(prefix = "aura.autoresume")
public interface AutoresumeSettings {

    Optional<String> cron();
}
