package io.aurachatops.vault;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code AURA_SECRET_PREFIX}: secrets are named {@code <prefix><instance id>}. */
@ConfigMapping(prefix = "aura")
public interface VaultSettings {

    @WithDefault("aura/")
    String secretPrefix();
}
