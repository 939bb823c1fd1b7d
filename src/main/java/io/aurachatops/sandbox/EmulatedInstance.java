package io.aurachatops.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;

/** One emulated instance and the status changes it has yet to go through. */
final class EmulatedInstance {

    /** A change that happens at a point in (emulator) time. */
    private record Step(long atNanos, String status, Runnable effect) {
    }

    final String id;
    final String tenantId;
    final String type;
    final String cloudProvider;
    final String region;
    final String version;
    final String createdAt;
    String name;
    String memory;
    String storage;
    String status;
    boolean gone;
    private final Deque<Step> steps = new ArrayDeque<>();

    EmulatedInstance(String id, String name, String tenantId, String type, String cloudProvider, String region,
            String memory, String storage, String version, String createdAt, String status) {
        this.id = id;
        this.name = name;
        this.tenantId = tenantId;
        this.type = type;
        this.cloudProvider = cloudProvider;
        this.region = region;
        this.memory = memory;
        this.storage = storage;
        this.version = version;
        this.createdAt = createdAt;
        this.status = status;
    }

    void then(long atNanos, String nextStatus) {
        then(atNanos, nextStatus, () -> {
        });
    }

    void then(long atNanos, String nextStatus, Runnable effect) {
        steps.addLast(new Step(atNanos, nextStatus, effect));
    }

    /** Applies every step that is due. */
    void settle(long nowNanos) {
        while (!steps.isEmpty() && nowNanos - steps.peekFirst().atNanos() >= 0) {
            Step step = steps.removeFirst();
            status = step.status();
            step.effect().run();
        }
    }

    /** Busy while an operation is under way, including the moments after a PATCH that still read "running". */
    boolean busy() {
        return !steps.isEmpty();
    }

    void describeSummary(ObjectNode node) {
        node.put("id", id).put("name", name).put("tenant_id", tenantId).put("cloud_provider", cloudProvider)
                .put("created_at", createdAt);
    }

    void describe(ObjectNode node) {
        describeSummary(node);
        node.put("status", status).put("type", type).put("region", region);
        // The spec requires these three even while the instance is being created.
        node.put("connection_url", "neo4j+s://" + id + ".databases.neo4j.io");
        node.put("memory", memory);
        node.put("storage", storage);
    }
}
