package io.aurachatops.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The emulator's snapshots, as Aura keeps them: a {@code Scheduled} one when an instance is created, an
 * {@code AdHoc} one per request, each {@code Pending → InProgress → Completed}; they go with their instance.
 */
final class EmulatedSnapshots {

    /** How long a snapshot takes from its start to {@code Completed}. */
    static final Duration TAKES = Duration.ofSeconds(3);

    private record Snapshot(String id, String instanceId, String profile, Instant takenAt, long startNanos) {
    }

    /** Snapshots that cannot seed another instance (Aura does not say why; tests choose them). */
    private final java.util.Set<String> unexportable = new java.util.HashSet<>();

    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, List<Snapshot>> byInstance = new HashMap<>();

    /** Starts a snapshot at {@code startNanos} on the emulator's clock, stamped {@code takenAt}; returns its id. */
    String take(String instanceId, String profile, Instant takenAt, long startNanos) {
        Snapshot snapshot = new Snapshot(UUID.randomUUID().toString(), instanceId, profile,
                takenAt.truncatedTo(ChronoUnit.SECONDS), startNanos);
        byInstance.computeIfAbsent(instanceId, id -> new ArrayList<>()).add(snapshot);
        return snapshot.id();
    }

    /** The instance's snapshots taken on {@code date} (UTC), oldest first. */
    ArrayNode on(String instanceId, LocalDate date, long nowNanos) {
        ArrayNode list = json.createArrayNode();
        byInstance.getOrDefault(instanceId, List.of()).stream()
                .filter(s -> s.takenAt().atZone(ZoneOffset.UTC).toLocalDate().equals(date))
                .forEach(s -> list.add(describe(s, nowNanos)));
        return list;
    }

    Optional<ObjectNode> one(String instanceId, String snapshotId, long nowNanos) {
        return byInstance.getOrDefault(instanceId, List.of()).stream().filter(s -> s.id().equals(snapshotId))
                .findFirst().map(s -> describe(s, nowNanos));
    }

    void makeUnexportable(String snapshotId) {
        unexportable.add(snapshotId);
    }

    /** Deleting an instance deletes its snapshots. */
    void forget(String instanceId) {
        byInstance.remove(instanceId);
    }

    private ObjectNode describe(Snapshot s, long nowNanos) {
        long elapsed = nowNanos - s.startNanos();
        String status = elapsed < 0 ? "Pending" : elapsed < TAKES.toNanos() ? "InProgress" : "Completed";
        return json.createObjectNode().put("instance_id", s.instanceId()).put("snapshot_id", s.id())
                .put("profile", s.profile()).put("status", status).put("timestamp", s.takenAt().toString())
                .put("exportable", !unexportable.contains(s.id()));
    }
}
