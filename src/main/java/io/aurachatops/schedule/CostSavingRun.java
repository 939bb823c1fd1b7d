package io.aurachatops.schedule;

import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.AuraProblems;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.BatchItem;
import io.aurachatops.jobs.CostSavingChunkJob;
import io.aurachatops.jobs.CostSavingSummaryJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import io.aurachatops.watch.WatchSettings;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts one cost-saving run with a bounded number of Aura requests, whatever the number of instances: one
 * list call. It records the run in the ledger (one run per slot), settles what needs no Aura call (excluded,
 * protected), and hands the rest to worker jobs in chunks of {@value #CHUNK}; one summary job posts the single
 * summary when every chunk has reported.
 */
@ApplicationScoped
public class CostSavingRun {

    static final Requester SCHEDULER = new Requester("-", "scheduler", "-");
    /** Manual runs share a slot per ten minutes, with each other and with a scheduled slot in it, so two are one. */
    static final Duration MANUAL_SLOT = Duration.ofMinutes(10);
    private static final DateTimeFormatter SLOT_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Instances per chunk job: two requests each, so a chunk's calls fit one or two worker invocations. */
    static final int CHUNK = 10;

    private final AuraGateway aura;
    private final PolicyHolder policies;
    private final ProtectedInstances protectedInstances;
    private final Provider<JobQueue> queue;
    private final Notifier notifier;
    private final WatchSettings watch;
    private final Ledger ledger;
    private final TimeSource time;

    @SuppressWarnings("java:S107") // each collaborator is one thing a run touches
    public CostSavingRun(AuraGateway aura, PolicyHolder policies, ProtectedInstances protectedInstances,
            Provider<JobQueue> queue, Notifier notifier, WatchSettings watch, Ledger ledger, TimeSource time) {
        this.aura = aura;
        this.policies = policies;
        this.protectedInstances = protectedInstances;
        this.queue = queue;
        this.notifier = notifier;
        this.watch = watch;
        this.ledger = ledger;
        this.time = time;
    }

    /** The slot a run started by hand at {@code now} belongs to. */
    public static Instant manualSlot(Instant now) {
        long slot = MANUAL_SLOT.getSeconds();
        return Instant.ofEpochSecond(now.getEpochSecond() / slot * slot);
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
        List<BatchItem> settled = new ArrayList<>();
        List<BatchItem> todo = new ArrayList<>();
        for (InstanceSummary summary : all) {
            if (policy.match().matches(summary)) {
                BatchItem item = firstLook(policy, summary);
                (item.outcome().equals("todo") ? todo : settled).add(item);
            }
        }
        if (dryRun) {
            return dryRunReply(action, settled, todo);
        }
        String runKey = "costsaving#" + action + "#" + slot;
        int chunks = (todo.size() + CHUNK - 1) / CHUNK;
        Duration patience = watch.operationTimeout().multipliedBy(2).plus(Duration.ofMinutes(chunks));
        boolean first = ledger.create(runKey, Map.of("chunks", Integer.toString(chunks), "settled",
                BatchItems.encode(settled), "planned", BatchItems.encode(todo)), time.now().plus(patience).plus(Duration.ofDays(1)));
        if (!first) {
            return Reply.of("The cost-saving " + action + " of the " + SLOT_FORMAT.format(slot) + " UTC slot has already "
                    + "started" + policy.channel().map(c -> "; its summary goes to <#" + c + ">").orElse("")
                    + ". Nothing more to do.");
        }
        for (int chunk = 0; chunk < chunks; chunk++) {
            queue.get().submit(new CostSavingChunkJob(UUID.randomUUID().toString(), runKey, action, chunk,
                    todo.subList(chunk * CHUNK, Math.min(todo.size(), (chunk + 1) * CHUNK)), null));
        }
        queue.get().submit(new CostSavingSummaryJob(UUID.randomUUID().toString(), runKey, action,
                policy.channel().orElse(null), slot.toString(), chunks, time.now().plus(patience).toString()),
                chunks == 0 ? Duration.ZERO : watch.pollInterval());
        return Reply.of("Cost-saving " + action + ": " + todo.size() + " to check in " + chunks + " chunk"
                + (chunks == 1 ? "" : "s") + ", " + settled.size() + " skipped."
                + policy.channel().map(c -> " The summary goes to <#" + c + "> when they have settled.").orElse(""));
    }

    /** What can be decided from the list alone; everything else is {@code todo} for a chunk job. */
    private BatchItem firstLook(Policy policy, InstanceSummary summary) {
        BatchItem item = new BatchItem(summary.id(), summary.name(), null, null, "todo", null);
        if (policy.exclude().matches(summary)) {
            return item.settled("skipped", "excluded");
        }
        if (protectedInstances.covers(summary.id(), summary.name())) {
            return item.settled("skipped", "protected");
        }
        return item;
    }

    private static Reply dryRunReply(String action, List<BatchItem> settled, List<BatchItem> todo) {
        List<String> lines = new ArrayList<>();
        todo.forEach(i -> lines.add("• *" + Markdown.escape(i.name()) + "* `" + Markdown.escape(i.instanceId())
                + "`: would " + action + " if it is " + (action.equals("pause") ? "running" : "paused") + " (free-db instances are skipped)"));
        settled.forEach(i -> lines.add("• *" + Markdown.escape(i.name()) + "* `" + Markdown.escape(i.instanceId())
                + "`: " + i.outcome() + ", " + i.detail()));
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
