package io.aurachatops.create;

import io.aurachatops.ledger.Ledger;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One create per name and tenant at a time. Between the check that a name is free and the moment the new
 * instance shows in Aura's list, two creates of one name would both pass; the first to reserve the name in
 * the ledger goes ahead. The reservation only has to outlive that moment, so it expires soon after.
 */
@ApplicationScoped
public class NameReservations {

    static final Duration HOLD = Duration.ofMinutes(3);

    private final Ledger ledger;
    private final TimeSource time;

    public NameReservations(Ledger ledger, TimeSource time) {
        this.ledger = ledger;
        this.time = time;
    }

    /** True for the first job to ask, and again for that same job (a continuation or a redelivery). */
    public boolean reserve(String tenantId, String name, String jobId) {
        String key = "name#" + tenantId + "#" + name.toLowerCase(Locale.ROOT);
        Supplier<Boolean> hold = () -> ledger.create(key, Map.of("job", jobId), time.now().plus(HOLD));
        // Already held: by this very job, or (if it expired meanwhile) by nobody any more.
        return hold.get() || ledger.read(key).map(r -> jobId.equals(r.get("job"))).orElseGet(hold);
    }
}
