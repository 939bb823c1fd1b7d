package io.aurachatops.wiring;

import io.aurachatops.ledger.InProcessLedger;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.ledger.LedgerSettings;
import io.aurachatops.ledger.aws.DynamoDbClients;
import io.aurachatops.ledger.aws.DynamoDbLedger;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link Ledger} everyone uses: DynamoDB when {@code AURA_LEDGER_TABLE} is set, otherwise a store that only
 * this process sees. A bean of its own (not a producer), so that it can be decorated.
 */
@ApplicationScoped
public class SelectedLedger implements Ledger {

    private final Ledger selected;

    public SelectedLedger(LedgerSettings settings, DynamoDbClients dynamo, TimeSource time) {
        this.selected = settings.table().filter(t -> !t.isBlank())
                .<Ledger>map(table -> new DynamoDbLedger(dynamo::get, table, time))
                .orElseGet(() -> new InProcessLedger(time));
    }

    @Override
    public boolean create(String key, Map<String, String> fields, Instant expiresAt) {
        return selected.create(key, fields, expiresAt);
    }

    @Override
    public boolean setOnce(String key, String field, String value) {
        return selected.setOnce(key, field, value);
    }

    @Override
    public boolean create(String key, Map<String, String> fields, Instant expiresAt, String group) {
        return selected.create(key, fields, expiresAt, group);
    }

    @Override
    public boolean replace(String key, String field, String expected, Map<String, String> fields, Instant expiresAt) {
        return selected.replace(key, field, expected, fields, expiresAt);
    }

    @Override
    public Optional<Map<String, String>> read(String key) {
        return selected.read(key);
    }

    @Override
    public List<Entry> group(String group) {
        return selected.group(group);
    }
}
