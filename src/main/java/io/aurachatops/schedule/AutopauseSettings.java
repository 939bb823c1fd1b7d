package io.aurachatops.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** {@code AURA_AUTOPAUSE_*}: which instances the cost-saving policy pauses, when, and where it reports. */
@ConfigMapping(prefix = "aura.autopause")
public interface AutopauseSettings {

    /** Globs (case-insensitive) or ids; {@code <tenant-id>:} in front scopes one to a tenant. */
    Optional<List<String>> match();

    Optional<List<String>> exclude();

    /** Quartz cron (seconds first), e.g. {@code 0 0 20 ? * MON-FRI}. */
    Optional<String> cron();

    @WithDefault("UTC")
    String timezone();

    /** Channel ID for the summary. */
    Optional<String> channel();
}
