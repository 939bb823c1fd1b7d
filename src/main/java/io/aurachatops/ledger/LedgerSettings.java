package io.aurachatops.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where the ledger lives ({@code AURA_LEDGER_TABLE}); unset means a store inside this one process. */
@ConfigMapping(prefix = "aura.ledger")
public interface LedgerSettings {

    /** The DynamoDB table: partition key {@code pk} (string), TTL attribute {@code expires_at}. */
    Optional<String> table();

    /** {@code AURA_LEDGER_REQUIRED}: refuse to start without a table (on Lambda, an in-process store would lie). */
    @WithDefault("false")
    boolean required();
}
