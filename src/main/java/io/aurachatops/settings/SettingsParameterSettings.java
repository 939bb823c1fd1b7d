package io.aurachatops.settings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code AURA_SETTINGS_PARAMETER} and {@code AURA_SETTINGS_TTL}: the run-time settings' home on Lambda. */
@ConfigMapping(prefix = "aura.settings")
public interface SettingsParameterSettings {

    /** The SSM parameter holding the run-time settings as JSON, keyed by their environment variable names. */
    Optional<String> parameter();

    /** How long a value read from it is used before it is read again. */
    @WithDefault("5m")
    Duration ttl();
}
