package io.aurachatops.aura;

import java.util.Locale;
import java.util.Set;

/**
 * An instance status as Aura reports it. Kept as text, because Aura sends values outside its own
 * enum ({@code deleting}, {@code resizing}) and may add more.
 */
public record InstanceStatus(String value) {

    public static final InstanceStatus UNKNOWN = new InstanceStatus("unknown");

    private static final Set<String> TRANSITIONAL = Set.of("creating", "destroying", "deleting", "pausing",
            "resuming", "restoring", "updating", "resizing", "overwriting", "loading", "suspending");

    public InstanceStatus {
        value = value == null || value.isBlank() ? "unknown" : value.trim().toLowerCase(Locale.ROOT);
    }

    public static InstanceStatus of(String value) {
        return new InstanceStatus(value);
    }

    /** True while an operation is under way, when Aura answers mutations with 409. */
    public boolean isTransitional() {
        return TRANSITIONAL.contains(value);
    }

    /** True once a delete is under way: the instance is going, whatever else is asked of it. */
    public boolean isBeingDeleted() {
        return value.equals("destroying") || value.equals("deleting");
    }

    @Override
    public String toString() {
        return value;
    }
}
