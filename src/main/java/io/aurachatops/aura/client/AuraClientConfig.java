package io.aurachatops.aura.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Connection settings for the Aura management API (environment variables {@code AURA_*}). */
@ConfigMapping(prefix = "aura")
public interface AuraClientConfig {

    /** {@code AURA_API_URL}: API base without {@code /v1}; a trailing slash is tolerated. */
    @WithDefault("https://api.neo4j.io")
    String apiUrl();

    /** {@code AURA_CLIENT_ID}: required outside sandbox. */
    Optional<String> clientId();

    /** {@code AURA_CLIENT_SECRET}: required outside sandbox. */
    Optional<String> clientSecret();

    /** {@code AURA_RATE_LIMIT_PER_MINUTE}: this process's request budget toward Aura. */
    @WithDefault("100")
    int rateLimitPerMinute();

    /** {@code AURA_CONNECT_TIMEOUT}. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** {@code AURA_READ_TIMEOUT}. */
    @WithDefault("20s")
    Duration readTimeout();

    /** {@code AURA_MAX_RETRIES}: retries of a GET or DELETE after a 5xx, timeout or reset. */
    @WithDefault("3")
    int maxRetries();

    /** {@code AURA_CONFIGURATIONS_TTL}: how long a tenant's instance_configurations are cached. */
    @WithDefault("10m")
    Duration configurationsTtl();
}
