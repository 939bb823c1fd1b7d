package io.aurachatops.aura.client;

import io.aurachatops.aura.Priority;
import io.aurachatops.support.TimeSource;
import java.time.Duration;

/** Holds the client-credentials token and fetches a new one only when it is about to expire or was refused. */
final class TokenCache {

    private static final Duration MAX_MARGIN = Duration.ofSeconds(60);

    /** Fetches a fresh token: its value and lifetime. */
    interface Fetcher {
        Fetched fetch(Priority priority);
    }

    record Fetched(String value, Duration lifetime) {
        @Override
        public String toString() {
            return "Fetched[value=***, lifetime=" + lifetime + "]";
        }
    }

    private final Fetcher fetcher;
    private final TimeSource time;
    private AccessToken current;

    TokenCache(Fetcher fetcher, TimeSource time) {
        this.fetcher = fetcher;
        this.time = time;
    }

    synchronized String token(Priority priority) {
        if (current == null || time.nanoTime() - current.refreshAtNanos() >= 0) {
            Fetched fresh = fetcher.fetch(priority);
            current = new AccessToken(fresh.value(), time.nanoTime() + usableFor(fresh.lifetime()).toNanos());
        }
        return current.value();
    }

    /** Forgets {@code refused}, unless another thread already replaced it. */
    synchronized void invalidate(String refused) {
        if (current != null && current.value().equals(refused)) {
            current = null;
        }
    }

    /** Refresh when less than 60 s or a tenth of the lifetime remains, whichever is less. */
    static Duration usableFor(Duration lifetime) {
        Duration tenth = lifetime.dividedBy(10);
        Duration margin = tenth.compareTo(MAX_MARGIN) < 0 ? tenth : MAX_MARGIN;
        return lifetime.minus(margin);
    }
}
