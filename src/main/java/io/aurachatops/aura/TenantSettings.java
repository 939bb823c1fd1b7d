package io.aurachatops.aura;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code AURA_TENANT_ID}: the tenant used when a command names none. */
@ConfigMapping(prefix = "aura")
public interface TenantSettings {

    Optional<String> tenantId();
}
