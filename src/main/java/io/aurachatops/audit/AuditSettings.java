package io.aurachatops.audit;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** {@code AURA_AUDIT_CHANNEL}: a channel that also gets one short line per mutating action or refusal. */
@ConfigMapping(prefix = "aura")
public interface AuditSettings {

    Optional<String> auditChannel();
}
