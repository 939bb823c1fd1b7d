package io.aurachatops.support;

import io.aurachatops.aura.Accepted;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.CreatedInstance;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.aura.InstanceRequest;
import io.aurachatops.aura.InstanceStatus;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.aura.Snapshot;
import io.aurachatops.aura.Tenant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Instances as a map of id to status, each a 4GB professional-db in gcp; pause and delete are recorded, and a
 * delete is refused (409) while the instance is being created. The budget ends after {@code callsLeft}
 * calls, as a job's deadline would end it.
 */
public final class FakeAura implements AuraGateway {

    /** The one-time password of every instance this fake creates, to grep for. */
    public static final String PASSWORD = "fake-one-time-password-7f3c";

    public final Map<String, String> statuses = new HashMap<>();
    public final List<String> pauses = new ArrayList<>();
    public final List<String> deletes = new ArrayList<>();

    public int callsLeft = Integer.MAX_VALUE;
    private int created;

    private void spend() {
        if (callsLeft-- <= 0) {
            throw new OutOfTimeException("no time left in this test");
        }
    }

    @Override
    public Instance instance(String id, Priority priority) {
        spend();
        String status = statuses.get(id);
        if (status == null) {
            throw new AuraApiException(404, "not-found", null, "Instance not found", null, null);
        }
        return new Instance(id, id, "t", InstanceStatus.of(status), "professional-db", "gcp", "europe-west1", "4GB",
                "8GB", null, null);
    }

    @Override
    public Accepted pause(String id, Priority priority) {
        spend();
        pauses.add(id);
        statuses.put(id, "pausing");
        return accepted(id, "pausing");
    }

    @Override
    public Accepted delete(String id, Priority priority) {
        spend();
        if ("creating".equals(statuses.get(id))) {
            throw new AuraApiException(409, "ongoing-database-operation", null, "The database is being created", null,
                    null);
        }
        deletes.add(id);
        statuses.put(id, "destroying");
        return accepted(id, "destroying");
    }

    private static Accepted accepted(String id, String status) {
        return new Accepted(new Instance(id, null, null, InstanceStatus.of(status), null, null, null, null, null, null,
                null), "req");
    }

    @Override
    public List<Tenant> tenants(Priority priority) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<InstanceConfiguration> configurations(String tenantId, Priority priority) {
        return java.util.stream.Stream.of("1GB", "2GB", "4GB", "8GB", "16GB").map(m -> new InstanceConfiguration(
                "professional-db", "gcp", "europe-west1", "Belgium", m, m, "5")).toList();
    }

    @Override
    public List<InstanceSummary> instances(Optional<String> tenantId, Priority priority) {
        throw new UnsupportedOperationException();
    }

    /** Creates {@code new0001}, {@code new0002}, … in status {@code creating}; the password is in the answer only. */
    @Override
    public CreatedInstance create(InstanceRequest request, Priority priority) {
        spend();
        String id = String.format("new%04d", ++created);
        statuses.put(id, "creating");
        return new CreatedInstance(id, request.name(), request.tenantId(), request.type(), request.cloudProvider(),
                request.region(), "neo4j+s://" + id + ".databases.neo4j.io", "neo4j", PASSWORD);
    }

    @Override
    public Accepted resume(String instanceId, Priority priority) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Accepted resize(String instanceId, String memory, Priority priority) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String takeSnapshot(String instanceId, Priority priority) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Snapshot> snapshots(String instanceId, Optional<LocalDate> day, Priority priority) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Snapshot snapshot(String instanceId, String snapshotId, Priority priority) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Accepted restore(String instanceId, String snapshotId, Priority priority) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Accepted overwrite(String targetId, String sourceId, String snapshotId, Priority priority) {
        throw new UnsupportedOperationException();
    }
}
