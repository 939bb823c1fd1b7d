package io.aurachatops.support;

import io.aurachatops.ledger.Ledger;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only decorator: keeps every key and value written to the ledger, so that tests can grep them. */
@Decorator
@Priority(10)
public class RecordingLedger implements Ledger {

    public static final List<String> WRITES = new CopyOnWriteArrayList<>();

    @Inject
    @Delegate
    Ledger delegate;

    @Override
    public boolean create(String key, Map<String, String> fields, Instant expiresAt) {
        WRITES.add(key + " " + fields);
        return delegate.create(key, fields, expiresAt);
    }

    @Override
    public boolean setOnce(String key, String field, String value) {
        WRITES.add(key + " " + field + "=" + value);
        return delegate.setOnce(key, field, value);
    }

    @Override
    public boolean create(String key, Map<String, String> fields, Instant expiresAt, String group) {
        WRITES.add(key + " " + fields);
        return delegate.create(key, fields, expiresAt, group);
    }

    @Override
    public boolean replace(String key, String field, String expected, Map<String, String> fields, Instant expiresAt) {
        WRITES.add(key + " " + fields);
        return delegate.replace(key, field, expected, fields, expiresAt);
    }

    @Override
    public Optional<Map<String, String>> read(String key) {
        return delegate.read(key);
    }

    @Override
    public List<Entry> group(String group) {
        return delegate.group(group);
    }
}
