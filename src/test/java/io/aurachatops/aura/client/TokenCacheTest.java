package io.aurachatops.aura.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aurachatops.aura.Priority;
import io.aurachatops.support.FakeTime;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

    @Test
    void refreshesSixtySecondsEarlyForHourLongTokens() {
        assertEquals(Duration.ofSeconds(3540), TokenCache.usableFor(Duration.ofHours(1)));
    }

    @Test
    void refreshesAtATenthOfTheLifetimeForShortTokens() {
        assertEquals(Duration.ofSeconds(270), TokenCache.usableFor(Duration.ofSeconds(300)));
    }

    @Test
    void reusesTheTokenUntilItIsDueThenFetchesOnce() {
        FakeTime time = new FakeTime();
        AtomicInteger fetches = new AtomicInteger();
        TokenCache cache = new TokenCache(p -> new TokenCache.Fetched("t" + fetches.incrementAndGet(),
                Duration.ofHours(1)), time);
        assertEquals("t1", cache.token(Priority.INTERACTIVE));
        time.advance(Duration.ofSeconds(3539));
        assertEquals("t1", cache.token(Priority.INTERACTIVE));
        time.advance(Duration.ofSeconds(1));
        assertEquals("t2", cache.token(Priority.INTERACTIVE));
        assertEquals(2, fetches.get());
    }

    @Test
    void invalidatesOnlyTheRefusedToken() {
        AtomicInteger fetches = new AtomicInteger();
        TokenCache cache = new TokenCache(p -> new TokenCache.Fetched("t" + fetches.incrementAndGet(),
                Duration.ofHours(1)), new FakeTime());
        cache.token(Priority.INTERACTIVE);
        cache.invalidate("some-older-token");
        assertEquals("t1", cache.token(Priority.INTERACTIVE));
        cache.invalidate("t1");
        assertEquals("t2", cache.token(Priority.INTERACTIVE));
    }

    @Test
    void neverPrintsTheToken() {
        assertEquals("Fetched[value=***, lifetime=PT1H]", new TokenCache.Fetched("secret", Duration.ofHours(1)).toString());
        assertEquals("AccessToken[value=***]", new AccessToken("secret", 0).toString());
    }
}
