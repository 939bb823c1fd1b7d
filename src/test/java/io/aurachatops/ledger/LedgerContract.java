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
    void replaceIsACompareAndSetThatKeepsOtherFieldsAndTheGroup() {
        Ledger ledger = ledger();
        String key = key();
        String group = "g-" + key;
        assertTrue(ledger.create(key, Map.of("version", "1", "owner", "U1"), time.now().plus(Duration.ofMinutes(5)), group));
        assertTrue(ledger.replace(key, "version", "1", Map.of("version", "2", "state", "x"),
                time.now().plus(Duration.ofMinutes(10))));
        assertFalse(ledger.replace(key, "version", "1", Map.of("version", "3"), time.now().plus(Duration.ofMinutes(10))),
                "a stale version loses");
        assertEquals(Map.of("version", "2", "owner", "U1", "state", "x"), ledger.read(key).orElseThrow());
        time.advance(Duration.ofMinutes(7));
        assertTrue(ledger.read(key).isPresent(), "the replace moved the expiry");
        assertEquals(List.of(key), ledger.group(group).stream().map(Ledger.Entry::key).toList());
        assertFalse(ledger.replace(key(), "version", "1", Map.of(), time.now().plus(Duration.ofMinutes(1))),
                "nothing to replace");
    }

    @Test
    void aGroupListsItsLiveRecordsOnly() {
        Ledger ledger = ledger();
        String group = "g-" + key();
        String a = key();
        String b = key();
        ledger.create(a, Map.of("n", "a"), time.now().plus(Duration.ofMinutes(5)), group);
        ledger.create(b, Map.of("n", "b"), time.now().plus(Duration.ofMinutes(1)), group);
        ledger.create(key(), Map.of("n", "other"), time.now().plus(Duration.ofMinutes(5)));
        assertEquals(2, ledger.group(group).size());
        time.advance(Duration.ofMinutes(2));
        List<Ledger.Entry> live = ledger.group(group);
        assertEquals(List.of(a), live.stream().map(Ledger.Entry::key).toList());
        assertEquals("a", live.get(0).fields().get("n"));
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
