package io.aurachatops.approvals;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code AURA_APPROVAL_REQUIRED} (a run-time setting, see {@link ApprovalPolicy}) and {@code AURA_APPROVAL_TTL}. */
@ConfigMapping(prefix = "aura.approval")
public interface ApprovalSettings {

    Optional<List<String>> required();

    /** How long an approval card waits for a decision before it expires. */
    @WithDefault("4h")
    Duration ttl();
}
