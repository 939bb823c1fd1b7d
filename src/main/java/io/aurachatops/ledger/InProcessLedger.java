package io.aurachatops.ledger;

import io.aurachatops.support.TimeSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledger of a single process (sandbox, single-server trials, tests), with the same conditional
 * semantics as the DynamoDB table. It forgets everything on restart.
 */
public final class InProcessLedger implements Ledger {

    private static final class Stored {
        final Map<String, String> fields;
        Instant expiresAt;
        final String group;

        Stored(Map<String, String> fields, Instant expiresAt, String group) {
            this.fields = new HashMap<>(fields);
            this.expiresAt = expiresAt;
            this.group = group;
        }
    }

    private final Map<String, Stored> entries = new HashMap<>();
    private final TimeSource time;

    public InProcessLedger(TimeSource time) {
        this.time = time;
    }

    @Override
    public boolean create(String key, Map<String, String> fields, Instant expiresAt) {
        return create(key, fields, expiresAt, null);
    }

    @Override
    public synchronized boolean create(String key, Map<String, String> fields, Instant expiresAt, String group) {
        if (live(key).isPresent()) {
            return false;
        }
        entries.put(key, new Stored(fields, expiresAt, group));
        return true;
    }

    @Override
    public synchronized boolean setOnce(String key, String field, String value) {
        Optional<Stored> entry = live(key);
        if (entry.isEmpty() || entry.get().fields.containsKey(field)) {
            return false;
        }
        entry.get().fields.put(field, value);
        return true;
    }

    @Override
    public synchronized boolean replace(String key, String field, String expected, Map<String, String> fields,
            Instant expiresAt) {
        Optional<Stored> entry = live(key);
        if (entry.isEmpty() || !Objects.equals(entry.get().fields.get(field), expected)) {
            return false;
        }
        entry.get().fields.putAll(fields);
        entry.get().expiresAt = expiresAt;
        return true;
    }

    @Override
    public synchronized Optional<Map<String, String>> read(String key) {
        return live(key).map(e -> Map.copyOf(e.fields));
    }

    @Override
    public synchronized List<Entry> group(String group) {
        List<Entry> found = new ArrayList<>();
        for (String key : List.copyOf(entries.keySet())) {
            live(key).filter(e -> group.equals(e.group)).ifPresent(e -> found.add(new Entry(key, e.fields)));
        }
        return found;
    }

    private Optional<Stored> live(String key) {
        Stored entry = entries.get(key);
        if (entry != null && !entry.expiresAt.isAfter(time.now())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.ofNullable(entry);
    }
}
