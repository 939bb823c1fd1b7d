package io.aurachatops.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfirmationTokensTest {

    static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
    final ConfirmationTokens tokens = new ConfirmationTokens(() -> "signing-secret");

    @Test
    void aFreshTokenGrantsDeletingThatInstanceInThatChannel() {
        String token = tokens.issue("5e3a91cf", "UADMIN1", "C1", NOW);
        Optional<ConfirmationTokens.Grant> grant = tokens.verify(token, "C1", NOW.plusSeconds(599));
        assertEquals("5e3a91cf", grant.orElseThrow().instanceId());
        assertEquals("UADMIN1", grant.get().requesterId());
    }

    @Test
    void expiresAfterTenMinutes() {
        String token = tokens.issue("5e3a91cf", "UADMIN1", "C1", NOW);
        assertTrue(tokens.verify(token, "C1", NOW.plusSeconds(601)).isEmpty());
    }

    @Test
    void isBoundToItsChannelInstanceAndKey() {
        String token = tokens.issue("5e3a91cf", "UADMIN1", "C1", NOW);
        assertTrue(tokens.verify(token, "C2", NOW).isEmpty());
        assertTrue(tokens.verify(token.replace("5e3a91cf", "0a1b2c3d"), "C1", NOW).isEmpty());
        assertTrue(tokens.verify(token.replace("UADMIN1", "UOTHER1"), "C1", NOW).isEmpty());
        assertTrue(new ConfirmationTokens(() -> "rotated-secret").verify(token, "C1", NOW).isEmpty());
    }

    @Test
    void refusesGarbage() {
        for (String junk : new String[] {null, "", "v1", "v2.a.b.c.1.x", "v1.a.b.c.notanumber.ff", "x".repeat(400),
                "v1.a..c.1.ff", "v1.a.b.c.1"}) {
            assertFalse(tokens.verify(junk, "c", NOW).isPresent(), junk);
        }
    }

    @Test
    void aRestoreTokenNamesItsSnapshotAndNeverPassesForADeleteToken() {
        String token = tokens.issueRestore("5e3a91cf", "9f1d7c2e-0000-4000-8000-000000000001", "UADMIN1", "C1", NOW);
        ConfirmationTokens.Grant grant = tokens.verifyRestore(token, "C1", NOW.plusSeconds(599)).orElseThrow();
        assertEquals("9f1d7c2e-0000-4000-8000-000000000001", grant.snapshotId());
        assertEquals("5e3a91cf", grant.instanceId());
        assertTrue(tokens.verify(token, "C1", NOW).isEmpty(), "a restore token deletes nothing");
        assertTrue(tokens.verifyRestore(tokens.issue("5e3a91cf", "UADMIN1", "C1", NOW), "C1", NOW).isEmpty());
        assertTrue(tokens.verifyRestore(token.replace("0001", "0002"), "C1", NOW).isEmpty(), "bound to its snapshot");
        assertTrue(tokens.verifyRestore(token, "C1", NOW.plusSeconds(601)).isEmpty());
    }
}
