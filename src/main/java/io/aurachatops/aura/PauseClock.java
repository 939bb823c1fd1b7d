package io.aurachatops.aura;

import io.aurachatops.ledger.Ledger;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Aura's 30-day rules for paused instances: Aura resumes a paused instance by itself after 30 days, and deletes a
 * paused Free instance after 30 days. Aura's API does not say when an instance was paused, so the bot records the
 * pauses it makes (and the resumes that end them) in the ledger; an instance paused elsewhere gets no warning.
 */
@ApplicationScoped
public class PauseClock {

    static final Duration AURA_LIMIT = Duration.ofDays(30);
    static final Duration WARN_BEFORE_DELETION = Duration.ofDays(7);
    static final Duration WARN_BEFORE_RESUME = Duration.ofDays(3);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Ledger ledger;
    private final TimeSource time;

    public PauseClock(Ledger ledger, TimeSource time) {
        this.ledger = ledger;
        this.time = time;
    }

    /** Aura accepted a pause: a new 30-day period starts now. */
    public void paused(String instanceId) {
        Instant now = time.now();
        Map<String, String> record = Map.of("since", now.toString(), "state", "paused");
        Instant keep = now.plus(AURA_LIMIT).plus(Duration.ofDays(1));
        if (!ledger.create(key(instanceId), record, keep)) {
            String since = ledger.read(key(instanceId)).map(r -> r.get("since")).orElse("");
            ledger.replace(key(instanceId), "since", since, record, keep);
        }
    }

    /** Aura accepted a resume: the instance's pause is over. */
    public void resumed(String instanceId) {
        ledger.read(key(instanceId)).ifPresent(r -> ledger.replace(key(instanceId), "state", "paused",
                Map.of("state", "resumed"), time.now().plus(Duration.ofDays(1))));
    }

    /** A warning for a paused instance near one of Aura's 30-day limits, naming the day; empty otherwise. */
    public Optional<String> warning(String instanceId, String type, String status) {
        if (!"paused".equals(status)) {
            return Optional.empty();
        }
        Optional<Instant> since = ledger.read(key(instanceId)).filter(r -> "paused".equals(r.get("state")))
                .map(r -> Instant.parse(r.get("since")));
        if (since.isEmpty()) {
            return Optional.empty();
        }
        Instant limit = since.get().plus(AURA_LIMIT);
        Duration left = Duration.between(time.now(), limit);
        String day = "<!date^" + limit.getEpochSecond() + "^{date_short_pretty}|" + DAY.format(limit) + ">";
        if ("free-db".equals(type)) {
            return left.compareTo(WARN_BEFORE_DELETION) <= 0 ? Optional.of("⚠️ paused since " + DAY.format(since.get())
                    + ": Aura deletes a Free instance paused for 30 days, so this one goes on " + day
                    + ". Resume it before then to keep it.") : Optional.empty();
        }
        return left.compareTo(WARN_BEFORE_RESUME) <= 0 ? Optional.of("⏰ paused since " + DAY.format(since.get())
                + ": Aura resumes an instance paused for 30 days by itself, so this one runs (and bills fully) again on "
                + day + ".") : Optional.empty();
    }

    public Optional<String> warning(Instance instance) {
        return warning(instance.id(), instance.type(), instance.status().value());
    }

    private static String key(String instanceId) {
        return "paused-since#" + instanceId;
    }
}
