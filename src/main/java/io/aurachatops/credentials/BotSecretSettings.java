package io.aurachatops.credentials;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code AURA_BOT_SECRETS_ID}: one Secrets Manager secret with the bot's credentials; env vars are the fallback. */
@ConfigMapping(prefix = "aura.bot")
public interface BotSecretSettings {

    Optional<String> secretsId();

    /** {@code AURA_BOT_SECRETS_TTL}: how long the secret's value is used before it is read again. */
    @WithDefault("15m")
    Duration secretsTtl();
}
