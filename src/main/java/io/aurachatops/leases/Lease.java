package io.aurachatops.leases;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A throwaway instance's lease, as the ledger holds it: who owns it, where its card is, and when it runs out.
 * {@code version} counts changes, so an extend and a reaper can never both win (compare-and-set).
 * {@code state} is {@code active}, {@code reaping} (by the job {@code reaper}) or {@code ended}.
 */
public record Lease(String instanceId, String name, String tenantId, String ownerId, String channelId, String cardTs,
        Instant since, Instant expiresAt, long version, String state, String reaper) {

    static final String ACTIVE = "active";
    static final String REAPING = "reaping";
    static final String ENDED = "ended";

    public boolean active() {
        return ACTIVE.equals(state);
    }

    Map<String, String> fields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("instance", instanceId);
        fields.put("name", name);
        fields.put("tenant", tenantId == null ? "" : tenantId);
        fields.put("owner", ownerId);
        fields.put("channel", channelId);
        fields.put("card", cardTs == null ? "" : cardTs);
        fields.put("since", since.toString());
        fields.put("expires", expiresAt.toString());
        fields.put("version", Long.toString(version));
        fields.put("state", state);
        fields.put("reaper", reaper == null ? "" : reaper);
        return fields;
    }

    static Lease of(Map<String, String> f) {
        String ended = f.get("ended");
        return new Lease(f.get("instance"), f.get("name"), blankToNull(f.get("tenant")), f.get("owner"),
                f.get("channel"), blankToNull(f.get("card")), Instant.parse(f.get("since")),
                Instant.parse(f.get("expires")), Long.parseLong(f.get("version")),
                ended != null ? ENDED : f.get("state"), blankToNull(f.get("reaper")));
    }

    Lease next(Instant newSince, Instant newExpiry, String newState, String newReaper) {
        return new Lease(instanceId, name, tenantId, ownerId, channelId, cardTs, newSince, newExpiry, version + 1,
                newState, newReaper);
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
