package io.aurachatops.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Short-lived facts that need an atomic "first one wins" across processes: every write is conditional, and
 * every record expires. A record is a key with named text fields. Records past their expiry count as absent,
 * even before the store has removed them.
 */
public interface Ledger {

    /** A live record as listed by {@link #group}. */
    record Entry(String key, Map<String, String> fields) {
        public Entry {
            fields = Map.copyOf(fields);
        }
    }

    /** Writes a new record; false when a live record with this key already exists. */
    boolean create(String key, Map<String, String> fields, Instant expiresAt);

    /**
     * Like {@link #create(String, Map, Instant)}, and the record is listed in {@code group} (such as every
     * lease), so that it can be found without knowing its key.
     */
    boolean create(String key, Map<String, String> fields, Instant expiresAt, String group);

    /** Sets one field of a live record, if that field is not set yet; false otherwise. */
    boolean setOnce(String key, String field, String value);

    /**
     * Compare-and-set: sets {@code fields} and the new expiry on a live record whose {@code field} still has the
     * {@code expected} value; false when it has another (someone else changed it first) or the record is gone.
     * Fields not named keep their values; the record stays in its group.
     */
    boolean replace(String key, String field, String expected, Map<String, String> fields, Instant expiresAt);

    /** The fields of a live record. */
    Optional<Map<String, String>> read(String key);

    /** The live records of a group. May lag a write by a moment (DynamoDB's indexes are eventually consistent). */
    List<Entry> group(String group);
}
