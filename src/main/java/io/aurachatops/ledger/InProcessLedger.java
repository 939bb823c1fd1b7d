package io.aurachatops.ledger;

import io.aurachatops.support.TimeSource;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger of a single process (sandbox, single-server trials, tests), with the same conditional
 * semantics as the DynamoDB table. It forgets everything on restart.
 */
public final class InProcessLedger implements Ledger {

    private record Entry(Map<String, String> fields, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final TimeSource time;

    public InProcessLedger(TimeSource time) {
        this.time = time;
    }

    @Override
    public synchronized boolean create(String key, Map<String, String> fields, Instant expiresAt) {
        if (live(key).isPresent()) {
            return false;
        }
        entries.put(key, new Entry(new HashMap<>(fields), expiresAt));
        return true;
    }

    @Override
    public synchronized boolean setOnce(String key, String field, String value) {
        Optional<Entry> entry = live(key);
        if (entry.isEmpty() || entry.get().fields().containsKey(field)) {
            return false;
        }
        entry.get().fields().put(field, value);
        return true;
    }

    @Override
    public synchronized Optional<Map<String, String>> read(String key) {
        return live(key).map(e -> Map.copyOf(e.fields()));
    }

    private Optional<Entry> live(String key) {
        Entry entry = entries.get(key);
        if (entry != null && !entry.expiresAt().isAfter(time.now())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.ofNullable(entry);
    }
}
