package io.aurachatops.aura;

/** An entry of the instance list; the list carries no status. */
public record InstanceSummary(String id, String name, String tenantId, String cloudProvider, String createdAt) {
}
