package io.aurachatops.access;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Who may do what, and where ({@code AURA_BOT_ADMINS}, {@code AURA_BOT_OPERATORS}, {@code AURA_BOT_CHANNELS}). */
@ConfigMapping(prefix = "aura.bot")
public interface AccessSettings {

    /** User IDs ({@code U…}/{@code W…}) or user-group IDs ({@code S…}) with the admin role. */
    Optional<List<String>> admins();

    /** User IDs or user-group IDs with the operator role. */
    Optional<List<String>> operators();

    /** Channel IDs where the bot acts; empty means every channel. */
    Optional<List<String>> channels();
}
