package io.aurachatops.home;

import io.aurachatops.jobs.WatchJob;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.support.TimeSource;
import io.aurachatops.watch.CreateFollowUp;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Who created which instance, for the Home tab: a ledger record per create the bot made (a group, so one query
 * finds a person's instances). It lives 90 days; the Home tab checks each instance against Aura anyway.
 */
@ApplicationScoped
public class CreatedInstances implements CreateFollowUp {

    static final String GROUP = "created";
    static final Duration KEPT = Duration.ofDays(90);

    /** An instance someone created through the bot, and the channel it was created from (empty if unknown). */
    public record Created(String instanceId, String name, String ownerId, String channelId) {
    }

    private final Ledger ledger;
    private final TimeSource time;

    public CreatedInstances(Ledger ledger, TimeSource time) {
        this.ledger = ledger;
        this.time = time;
    }

    @Override
    public void accepted(String instanceId, Map<String, String> args, String requesterId, String channelId) {
        ledger.create("created#" + instanceId, Map.of("name", args.getOrDefault("name", instanceId), "owner",
                requesterId, "channel", channelId == null ? "" : channelId), time.now().plus(KEPT), GROUP);
    }

    @Override
    public void running(WatchJob create) {
        // Nothing to add: the record was made when Aura accepted the create.
    }

    @Override
    public void failed(WatchJob create) {
        // Kept: the Home tab shows what Aura says about it now (gone, or failed).
    }

    /** The instances {@code userId} created, newest record first is not promised. */
    public List<Created> of(String userId) {
        return ledger.group(GROUP).stream().filter(e -> userId.equals(e.fields().get("owner")))
                .map(e -> new Created(e.key().substring("created#".length()), e.fields().get("name"), userId,
                        e.fields().getOrDefault("channel", ""))).toList();
    }
}
