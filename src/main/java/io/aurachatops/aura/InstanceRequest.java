package io.aurachatops.aura;

/** What {@code POST /v1/instances} needs; every field is required by Aura. */
public record InstanceRequest(String name, String tenantId, String type, String cloudProvider, String region,
        String memory, String version) {
}
