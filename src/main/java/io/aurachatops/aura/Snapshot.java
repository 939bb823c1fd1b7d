package io.aurachatops.aura;

/**
 * One snapshot of an instance, as Aura describes it. {@code profile} is {@code AdHoc} (on request) or
 * {@code Scheduled}; {@code status} goes {@code Pending → InProgress → Completed}, or {@code Failed}.
 * {@code exportable} is null when Aura does not say; only an exportable snapshot can seed another instance.
 */
public record Snapshot(String id, String instanceId, String profile, String status, String timestamp,
        Boolean exportable) {

    public boolean completed() {
        return "Completed".equalsIgnoreCase(status);
    }

    public boolean failed() {
        return "Failed".equalsIgnoreCase(status);
    }
}
