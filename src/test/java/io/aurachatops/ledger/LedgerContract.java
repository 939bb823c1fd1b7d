package io.aurachatops.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.support.FakeTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every ledger must do, run against each implementation: first one wins, expired means absent. */
public abstract class LedgerContract {

    protected final FakeTime time = new FakeTime();

    protected abstract Ledger ledger();

    @Test
    void theFirstCreateWinsAndLaterOnesAreRefused() {
        Ledger ledger = ledger();
        String key = key();
        assertTrue(ledger.create(key, Map.of("owner", "first"), time.now().plus(Duration.ofMinutes(5))));
        assertFalse(ledger.create(key, Map.of("owner", "second"), time.now().plus(Duration.ofMinutes(5))));
        assertEquals("first", ledger.read(key).orElseThrow().get("owner"));
    }

    @Test
    void aFieldIsSetOnceAndOnlyOnALiveRecord() {
        Ledger ledger = ledger();
        String key = key();
        assertFalse(ledger.setOnce(key, "summary", "x"), "no record, nothing to set");
        ledger.create(key, Map.of(), time.now().plus(Duration.ofMinutes(5)));
        assertTrue(ledger.setOnce(key, "summary", "posted"));
        assertFalse(ledger.setOnce(key, "summary", "again"));
        assertEquals(Map.of("summary", "posted"), ledger.read(key).orElseThrow());
    }

    @Test
    void anExpiredRecordCountsAsAbsentAndCanBeCreatedAgain() {
        Ledger ledger = ledger();
        String key = key();
        ledger.create(key, Map.of("n", "1"), time.now().plus(Duration.ofSeconds(30)));
        time.advance(Duration.ofSeconds(31));
        assertTrue(ledger.read(key).isEmpty());
        assertFalse(ledger.setOnce(key, "late", "x"));
        assertTrue(ledger.create(key, Map.of("n", "2"), time.now().plus(Duration.ofMinutes(1))));
        assertEquals("2", ledger.read(key).orElseThrow().get("n"));
    }

    @Test
    protected void ofManyRacersExactlyOneWins() throws Exception {
        Ledger ledger = ledger();
        String key = key();
        ledger.create(key, Map.of(), time.now().plus(Duration.ofMinutes(5)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String value = "racer-" + i;
                racers.add(pool.submit(() -> ledger.setOnce(key, "winner", value)));
            }
            int wins = 0;
            for (Future<Boolean> racer : racers) {
                wins += racer.get() ? 1 : 0;
            }
            assertEquals(1, wins);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String key() {
        return "test#" + java.util.UUID.randomUUID();
    }
}
