package io.aurachatops.lambda;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code AURA_PRIME_AT_STARTUP}: warm the AWS clients during startup (the lambda profile turns it on). */
@ConfigMapping(prefix = "aura")
public interface PrimingSettings {

    @WithDefault("false")
    boolean primeAtStartup();
}
