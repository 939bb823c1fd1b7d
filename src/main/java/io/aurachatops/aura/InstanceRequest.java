package io.aurachatops.aura;

/**
 * What {@code POST /v1/instances} needs; every field up to {@code version} is required by Aura. A clone also
 * names its source instance and, optionally, the (exportable) snapshot of it to start from.
 */
public record InstanceRequest(String name, String tenantId, String type, String cloudProvider, String region,
        String memory, String version, String sourceInstanceId, String sourceSnapshotId) {

    public InstanceRequest(String name, String tenantId, String type, String cloudProvider, String region,
            String memory, String version) {
        this(name, tenantId, type, cloudProvider, region, memory, version, null, null);
    }

    /** The same request as a clone of {@code instanceId}, from {@code snapshotId} when it is not null. */
    public InstanceRequest cloneOf(String instanceId, String snapshotId) {
        return new InstanceRequest(name, tenantId, type, cloudProvider, region, memory, version, instanceId, snapshotId);
    }
}
