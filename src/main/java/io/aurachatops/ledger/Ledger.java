package io.aurachatops.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Short-lived facts that need an atomic "first one wins" across processes: every write is conditional, and
 * every record expires. A record is a key with named text fields. Records past their expiry count as absent,
 * even before the store has removed them.
 */
public interface Ledger {

    /** Writes a new record; false when a live record with this key already exists. */
    boolean create(String key, Map<String, String> fields, Instant expiresAt);

    /** Sets one field of a live record, if that field is not set yet; false otherwise. */
    boolean setOnce(String key, String field, String value);

    /** The fields of a live record. */
    Optional<Map<String, String>> read(String key);
}
