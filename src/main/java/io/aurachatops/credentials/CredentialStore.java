package io.aurachatops.credentials;

import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.RunSettings;
import java.util.function.Supplier;
import io.aurachatops.aura.client.AuraClientConfig;
import io.aurachatops.slack.SlackSettings;
import io.aurachatops.support.TimeSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * Where the bot's credentials come from: the secret named by {@code AURA_BOT_SECRETS_ID}, read on first use
 * (never during startup, so no snapshot holds it) and again after its TTL; each value falls back to the
 * plain environment variable. A failed re-read keeps the last good value.
 */
@ApplicationScoped
public class CredentialStore {

    static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    static final String CLIENT_ID = "AURA_CLIENT_ID";
    static final String CLIENT_SECRET = "AURA_CLIENT_SECRET";

    private final BotSecretSettings settings;
    private final Supplier<Optional<String>> secretsId;
    private final BotCredentials environment;
    private final BotSecretSource source;
    private final TimeSource time;
    private BotCredentials cached;
    private String cachedFrom;
    private long readAtNanos;

    @Inject
    public CredentialStore(BotSecretSettings settings, CurrentSettings runSettings, SlackSettings slack,
            AuraClientConfig aura, BotSecretSource source, TimeSource time) {
        this(settings, () -> runSettings.current().text(RunSettings.BOT_SECRETS_ID), new BotCredentials(
                slack.signingSecret(), slack.botToken(), aura.clientId(), aura.clientSecret()), source, time);
    }

    CredentialStore(BotSecretSettings settings, BotCredentials environment, BotSecretSource source, TimeSource time) {
        this(settings, settings::secretsId, environment, source, time);
    }

    private CredentialStore(BotSecretSettings settings, Supplier<Optional<String>> secretsId, BotCredentials environment,
            BotSecretSource source, TimeSource time) {
        this.settings = settings;
        this.secretsId = secretsId;
        this.environment = environment;
        this.source = source;
        this.time = time;
    }

    public synchronized BotCredentials current() {
        Optional<String> secretId = secretsId.get().map(String::trim).filter(s -> !s.isEmpty());
        if (secretId.isEmpty()) {
            return environment;
        }
        if (cached != null && secretId.get().equals(cachedFrom)
                && time.nanoTime() - readAtNanos < settings.secretsTtl().toNanos()) {
            return cached;
        }
        try {
            Map<String, String> values = source.read(secretId.get());
            cached = new BotCredentials(pick(values, SIGNING_SECRET, environment.signingSecret()),
                    pick(values, BOT_TOKEN, environment.botToken()), pick(values, CLIENT_ID, environment.auraClientId()),
                    pick(values, CLIENT_SECRET, environment.auraClientSecret()));
            readAtNanos = time.nanoTime();
            cachedFrom = secretId.get();
        } catch (RuntimeException e) {
            Log.warnf("Could not read the bot secret %s (%s); using %s", secretId.get(), e.getClass().getSimpleName(),
                    cached == null ? "the environment variables" : "the last value read");
            return cached == null ? environment : cached;
        }
        return cached;
    }

    public String signingSecret() {
        return current().signingSecret().orElseThrow(() -> missing(SIGNING_SECRET));
    }

    public String botToken() {
        return current().botToken().orElseThrow(() -> missing(BOT_TOKEN));
    }

    public String auraClientId() {
        return current().auraClientId().orElseThrow(() -> missing(CLIENT_ID));
    }

    public String auraClientSecret() {
        return current().auraClientSecret().orElseThrow(() -> missing(CLIENT_SECRET));
    }

    private static Optional<String> pick(Map<String, String> values, String key, Optional<String> fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : Optional.of(value);
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException(name + " is set neither in the bot secret nor in the environment");
    }
}
