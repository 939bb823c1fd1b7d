package io.aurachatops.aura;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The Aura management API as the bot needs it. Every call may throw {@link AuraApiException}. */
public interface AuraGateway {

    List<Tenant> tenants(Priority priority);

    /** The combinations the tenant may create; cached for a while, because the list is large and rarely changes. */
    List<InstanceConfiguration> configurations(String tenantId, Priority priority);

    /** One list call; with no tenant, the instances of every tenant the credentials can see. */
    List<InstanceSummary> instances(Optional<String> tenantId, Priority priority);

    Instance instance(String instanceId, Priority priority);

    /**
     * Starts a create. Never retried after a 5xx or a lost answer, because Aura has no idempotency key:
     * the caller must look the name up before deciding anything.
     */
    CreatedInstance create(InstanceRequest request, Priority priority);

    /** Starts a delete; a second delete of the same instance meets a 409 or a 404. */
    Accepted delete(String instanceId, Priority priority);

    Accepted pause(String instanceId, Priority priority);

    Accepted resume(String instanceId, Priority priority);

    /** Changes the memory; the status may still read {@code running} for a moment afterwards. */
    Accepted resize(String instanceId, String memory, Priority priority);

    /** Starts an on-demand snapshot of a running instance; returns its id. */
    String takeSnapshot(String instanceId, Priority priority);

    /** The instance's snapshots of one day (UTC); Aura's default is today. */
    List<Snapshot> snapshots(String instanceId, Optional<LocalDate> day, Priority priority);

    Snapshot snapshot(String instanceId, String snapshotId, Priority priority);

    /** Puts a completed snapshot back into the same instance, replacing its data. */
    Accepted restore(String instanceId, String snapshotId, Priority priority);

    /**
     * Replaces the target's data with the source's: a fresh copy of it, or the given exportable snapshot of it
     * ({@code snapshotId} may be null).
     */
    Accepted overwrite(String targetId, String sourceId, String snapshotId, Priority priority);
}
