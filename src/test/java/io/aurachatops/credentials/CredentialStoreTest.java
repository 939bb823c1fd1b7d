package io.aurachatops.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aurachatops.support.FakeTime;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialStoreTest {

    static final BotCredentials ENV = new BotCredentials(Optional.of("env-signing"), Optional.of("xoxb-env"),
            Optional.of("env-id"), Optional.empty());

    final FakeTime time = new FakeTime();
    final AtomicInteger reads = new AtomicInteger();

    static BotSecretSettings settings(String id) {
        return new BotSecretSettings() {
            public Optional<String> secretsId() {
                return Optional.ofNullable(id);
            }

            public Duration secretsTtl() {
                return Duration.ofMinutes(15);
            }
        };
    }

    @Test
    void usesTheEnvironmentWhenNoSecretIsNamed() {
        CredentialStore store = new CredentialStore(settings(null), ENV, id -> {
            throw new AssertionError("must not read");
        }, time);
        assertEquals("env-signing", store.signingSecret());
        IllegalStateException missing = assertThrows(IllegalStateException.class, store::auraClientSecret);
        assertEquals("AURA_CLIENT_SECRET is set neither in the bot secret nor in the environment", missing.getMessage());
    }

    @Test
    void readsTheSecretOnFirstUseOnlyAndAgainAfterFifteenMinutes() {
        CredentialStore store = new CredentialStore(settings("bot"), ENV, id -> {
            reads.incrementAndGet();
            return Map.of("SLACK_SIGNING_SECRET", "secret-signing-" + reads.get(), "AURA_CLIENT_SECRET", "secret-aura");
        }, time);
        assertEquals(0, reads.get());
        assertEquals("secret-signing-1", store.signingSecret());
        assertEquals("xoxb-env", store.botToken());
        assertEquals("secret-aura", store.auraClientSecret());
        time.advance(Duration.ofMinutes(14));
        assertEquals("secret-signing-1", store.signingSecret());
        time.advance(Duration.ofMinutes(1));
        assertEquals("secret-signing-2", store.signingSecret());
        assertEquals(2, reads.get());
    }

    @Test
    void keepsTheLastGoodValueWhenAReReadFails() {
        AtomicInteger calls = new AtomicInteger();
        CredentialStore store = new CredentialStore(settings("bot"), ENV, id -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("outage");
            }
            return Map.of("SLACK_SIGNING_SECRET", "from-secret");
        }, time);
        assertEquals("from-secret", store.signingSecret());
        time.advance(Duration.ofMinutes(20));
        assertEquals("from-secret", store.signingSecret());
    }

    @Test
    void fallsBackToTheEnvironmentWhenTheFirstReadFails() {
        CredentialStore store = new CredentialStore(settings("bot"), ENV, id -> {
            throw new IllegalStateException("no such secret");
        }, time);
        assertEquals("env-signing", store.signingSecret());
    }

    @Test
    void neverPrintsAValue() {
        assertFalse(ENV.toString().contains("env-signing"));
        assertFalse(ENV.toString().contains("xoxb-env"));
    }
}
