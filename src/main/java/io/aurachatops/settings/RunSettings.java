package io.aurachatops.settings;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings an operator changes at deploy time (roles, channels, protected instances, budgets, the
 * cost-saving policy), by their environment variable names. On the local server they come from the
 * environment; on Lambda from the settings parameter the stack rewrites, over the environment. A snapshot:
 * a change arrives as a new instance, so derived values can be rebuilt when the instance changes.
 */
public final class RunSettings {

    public static final String ADMINS = "AURA_BOT_ADMINS";
    public static final String OPERATORS = "AURA_BOT_OPERATORS";
    public static final String CHANNELS = "AURA_BOT_CHANNELS";
    public static final String PROTECTED = "AURA_PROTECTED";
    public static final String AUDIT_CHANNEL = "AURA_AUDIT_CHANNEL";
    public static final String TEAM_ID = "SLACK_TEAM_ID";
    public static final String TENANT_ID = "AURA_TENANT_ID";
    public static final String ACCOUNT_RATE_LIMIT = "AURA_ACCOUNT_RATE_LIMIT";
    public static final String WORKER_CONCURRENCY = "AURA_WORKER_CONCURRENCY";
    public static final String SECRET_PREFIX = "AURA_SECRET_PREFIX";
    public static final String BOT_SECRETS_ID = "AURA_BOT_SECRETS_ID";
    public static final String AUTOPAUSE_MATCH = "AURA_AUTOPAUSE_MATCH";
    public static final String AUTOPAUSE_EXCLUDE = "AURA_AUTOPAUSE_EXCLUDE";
    public static final String AUTOPAUSE_CRON = "AURA_AUTOPAUSE_CRON";
    public static final String AUTORESUME_CRON = "AURA_AUTORESUME_CRON";
    public static final String AUTOPAUSE_TIMEZONE = "AURA_AUTOPAUSE_TIMEZONE";
    public static final String AUTOPAUSE_CHANNEL = "AURA_AUTOPAUSE_CHANNEL";
    public static final String PRICES = "AURA_PRICE_PER_GB_HOUR";
    public static final String APPROVAL_REQUIRED = "AURA_APPROVAL_REQUIRED";

    /** Every name a settings parameter may carry; anything else in it is ignored with a warning. */
    public static final Set<String> NAMES = Set.of(ADMINS, OPERATORS, CHANNELS, PROTECTED, AUDIT_CHANNEL, TEAM_ID,
            TENANT_ID, ACCOUNT_RATE_LIMIT, WORKER_CONCURRENCY, SECRET_PREFIX, BOT_SECRETS_ID, AUTOPAUSE_MATCH,
            AUTOPAUSE_EXCLUDE, AUTOPAUSE_CRON, AUTORESUME_CRON, AUTOPAUSE_TIMEZONE, AUTOPAUSE_CHANNEL, PRICES,
            APPROVAL_REQUIRED);

    private final Map<String, String> values;

    public RunSettings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** These settings with {@code overrides} on top; an empty override unsets a value. */
    public RunSettings with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(values);
        overrides.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        return new RunSettings(merged);
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** A comma-separated list, trimmed, without empty entries. */
    public List<String> list(String name) {
        return text(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public Optional<Integer> number(String name) {
        return text(name).map(v -> {
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
            }
        });
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunSettings o && o.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "RunSettings" + new java.util.TreeMap<>(values);
    }
}
