package io.aurachatops.schedule;

import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.Accepted;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.AuraProblems;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.BatchItem;
import io.aurachatops.jobs.BatchWatchJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import io.aurachatops.watch.WatchSettings;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One cost-saving run: finds what the policy covers, checks each instance's status at background priority,
 * pauses (or resumes) the ones in the right state and says why it skipped the others, then hands the
 * pending ones to one batch watch that posts the summary. Running it twice changes nothing the second time.
 */
@ApplicationScoped
public class CostSavingRun {

    static final Requester SCHEDULER = new Requester("-", "scheduler", "-");

    private final AuraGateway aura;
    private final PolicyHolder policies;
    private final ProtectedInstances protectedInstances;
    private final Provider<JobQueue> queue;
    private final Notifier notifier;
    private final WatchSettings watch;
    private final AuditLog audit;
    private final TimeSource time;

    @SuppressWarnings("java:S107") // each collaborator is one thing a run touches
    public CostSavingRun(AuraGateway aura, PolicyHolder policies, ProtectedInstances protectedInstances,
            Provider<JobQueue> queue, Notifier notifier, WatchSettings watch, AuditLog audit, TimeSource time) {
        this.aura = aura;
        this.policies = policies;
        this.protectedInstances = protectedInstances;
        this.queue = queue;
        this.notifier = notifier;
        this.watch = watch;
        this.audit = audit;
        this.time = time;
    }

    /** Runs {@code action} ("pause" or "resume") for the slot; with {@code dryRun} nothing is changed. */
    public Reply run(String action, Instant slot, boolean dryRun) {
        Policy policy = policies.policy().orElseThrow(() -> new io.aurachatops.command.CommandException(
                "No cost-saving policy is configured: set `AURA_AUTOPAUSE_MATCH` and `AURA_AUTOPAUSE_CRON`."));
        List<InstanceSummary> all;
        try {
            all = aura.instances(Optional.empty(), Priority.BACKGROUND);
        } catch (AuraApiException e) {
            Reply failure = Reply.of("❌ Cost-saving " + action + " could not start: " + AuraProblems.explain(e));
            announce(policy, failure);
            return failure;
        }
        List<BatchItem> items = new ArrayList<>();
        for (InstanceSummary summary : all) {
            if (policy.match().matches(summary)) {
                items.add(decide(action, policy, summary, dryRun));
            }
        }
        if (dryRun) {
            return dryRunReply(action, items);
        }
        boolean pending = items.stream().anyMatch(i -> i.outcome().equals("pending"));
        if (!pending) {
            announce(policy, CostSavingSummary.render(action, items, policy, slot));
        } else {
            queue.get().submit(new BatchWatchJob(UUID.randomUUID().toString(), action, items,
                    policy.channel().orElse(null), slot.toString(), time.now().plus(watch.operationTimeout()).toString(), 0),
                    watch.pollInterval());
        }
        long started = items.stream().filter(i -> i.outcome().equals("pending")).count();
        return Reply.of("Cost-saving " + action + ": " + started + " started, "
                + (items.size() - started) + " skipped or failed."
                + policy.channel().map(c -> " The summary goes to <#" + c + "> when they have settled.").orElse(""));
    }

    private BatchItem decide(String action, Policy policy, InstanceSummary summary, boolean dryRun) {
        BatchItem item = new BatchItem(summary.id(), summary.name(), null, null, "pending", null);
        if (policy.exclude().matches(summary)) {
            return item.settled("skipped", "excluded");
        }
        if (protectedInstances.covers(summary.id(), summary.name())) {
            return item.settled("skipped", "protected");
        }
        Instance instance;
        try {
            instance = aura.instance(summary.id(), Priority.BACKGROUND);
        } catch (AuraApiException e) {
            return item.settled("failed", AuraProblems.explain(e));
        }
        item = new BatchItem(summary.id(), summary.name(), instance.type(), instance.memory(), "pending", null);
        if ("free-db".equals(instance.type())) {
            return item.settled("skipped", "free-db (Aura pauses free instances by itself)");
        }
        String status = instance.status().value();
        boolean pause = action.equals("pause");
        String from = pause ? "running" : "paused";
        if (!status.equals(from)) {
            String why = status.equals(pause ? "paused" : "running") ? "already " + status
                    : instance.status().isTransitional() ? "busy: `" + status + "`" : "`" + status + "`";
            return item.settled("skipped", why);
        }
        if (dryRun) {
            return item.settled("planned", "would " + action);
        }
        try {
            Accepted accepted = pause ? aura.pause(summary.id(), Priority.BACKGROUND)
                    : aura.resume(summary.id(), Priority.BACKGROUND);
            audit.record(SCHEDULER, "scheduled-" + action, summary.id(), "accepted", accepted.requestId());
            return item;
        } catch (AuraApiException e) {
            audit.record(SCHEDULER, "scheduled-" + action, summary.id(), "failed:" + e.status(), e.requestId().orElse(null));
            return e.isBusy() ? item.settled("skipped", "busy") : item.settled("failed", AuraProblems.explain(e));
        }
    }

    private static Reply dryRunReply(String action, List<BatchItem> items) {
        List<String> lines = items.stream().map(i -> "• *" + i.name() + "* `" + i.instanceId() + "`: "
                + (i.outcome().equals("planned") ? "would " + action : i.outcome() + ", " + i.detail())).toList();
        return Reply.of("Dry run of the cost-saving " + action + ": nothing was changed.",
                lines.isEmpty() ? List.of("No instance matches the policy.") : List.of(String.join("\n", lines)));
    }

    void announce(Policy policy, Reply summary) {
        if (policy.channel().isPresent()) {
            notifier.announce(policy.channel().get(), summary);
        } else {
            Log.infof("Cost-saving summary (no AURA_AUTOPAUSE_CHANNEL): %s", summary.summary());
        }
    }
}
