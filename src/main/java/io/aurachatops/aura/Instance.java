package io.aurachatops.aura;

/** One instance as {@code GET /v1/instances/{id}} describes it; fields may be null while it is being created. */
public record Instance(String id, String name, String tenantId, InstanceStatus status, String type,
        String cloudProvider, String region, String memory, String storage, String connectionUrl, String createdAt) {
}
