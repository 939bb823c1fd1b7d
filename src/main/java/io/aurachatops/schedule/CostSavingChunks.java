package io.aurachatops.schedule;

import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.Accepted;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.PauseClock;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.AuraProblems;
import io.aurachatops.jobs.BatchItem;
import io.aurachatops.jobs.CostSavingChunkJob;
import io.aurachatops.jobs.JobHandler;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Markdown;
import io.aurachatops.support.OutOfTimeException;
import io.aurachatops.support.TimeSource;
import io.aurachatops.watch.WatchSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One chunk of a cost-saving run: checks each instance and pauses (or resumes) those in the right state, then
 * watches its own pending ones until they settle, and reports the outcomes once to the run's ledger record.
 * Before each call it marks the instance in the run's record, so that a redelivered chunk never sends a second
 * pause for the same slot. Whatever does not fit the invocation continues in the next one.
 */
@ApplicationScoped
public class CostSavingChunks implements JobHandler<CostSavingChunkJob> {

    static final Duration CONTINUE_AFTER = Duration.ofSeconds(1);
    /** Marked as sent in the ledger, but the call itself did not fit: the continuation sends it. */
    static final String UNSENT = "unsent";
    /** Pausing takes about a minute; polling a chunk more often only spends budget other chunks need. */
    static final int SETTLE_POLL_INTERVALS = 3;

    private final AuraGateway aura;
    private final Ledger ledger;
    private final Provider<JobQueue> queue;
    private final WatchSettings watch;
    private final AuditLog audit;
    private final TimeSource time;

    private final PauseClock pauseClock;

    public CostSavingChunks(AuraGateway aura, Ledger ledger, Provider<JobQueue> queue, WatchSettings watch,
            AuditLog audit, TimeSource time, PauseClock pauseClock) {
        this.pauseClock = pauseClock;
        this.aura = aura;
        this.ledger = ledger;
        this.queue = queue;
        this.watch = watch;
        this.audit = audit;
        this.time = time;
    }

    @Override
    public Class<CostSavingChunkJob> kind() {
        return CostSavingChunkJob.class;
    }

    @Override
    public void run(CostSavingChunkJob job) {
        List<BatchItem> items = new ArrayList<>(job.items());
        boolean checking = items.stream().anyMatch(i -> i.outcome().equals("todo") || i.outcome().equals(UNSENT));
        try {
            for (int i = 0; i < items.size(); i++) {
                BatchItem item = items.get(i);
                if (item.outcome().equals("todo")) {
                    items.set(i, apply(job, item));
                } else if (item.outcome().equals(UNSENT)) {
                    items.set(i, send(job, item));
                } else if (!checking && item.outcome().equals("pending")) {
                    items.set(i, settle(job, item));
                }
                if (items.get(i).outcome().equals(UNSENT)) {
                    throw new OutOfTimeException("the pause of " + item.instanceId() + " did not fit this invocation");
                }
            }
        } catch (OutOfTimeException e) {
            queue.get().submit(job.with(items), CONTINUE_AFTER);
            return;
        }
        if (items.stream().anyMatch(i -> i.outcome().equals("pending"))) {
            String deadline = job.deadline() != null ? job.deadline()
                    : time.now().plus(watch.operationTimeout()).toString();
            queue.get().submit(job.with(items, deadline), watch.pollInterval().multipliedBy(SETTLE_POLL_INTERVALS));
            return;
        }
        ledger.setOnce(job.runKey(), "chunk-" + job.chunk(), BatchItems.encode(items));
    }

    private BatchItem apply(CostSavingChunkJob job, BatchItem todo) {
        // Read here, in the chunks, so the run itself stays one list call however many instances there are.
        Optional<String> keptBy = job.action().equals("pause") ? KeepAwake.keptBy(ledger, todo.instanceId())
                : Optional.empty();
        if (keptBy.isPresent()) {
            return todo.settled("skipped", "kept awake by <@" + keptBy.get() + ">");
        }
        Instance instance;
        try {
            instance = aura.instance(todo.instanceId(), Priority.BACKGROUND);
        } catch (AuraApiException e) {
            return todo.settled(e.isNotFound() ? "skipped" : "failed", e.isNotFound() ? "deleted meanwhile"
                    : AuraProblems.explain(e));
        }
        BatchItem item = new BatchItem(todo.instanceId(), todo.name(), instance.type(), instance.memory(), "pending", null);
        String warning = pauseClock.warning(instance).map(w -> "; " + w).orElse("");
        if ("free-db".equals(instance.type())) {
            return item.settled("skipped", "free-db (Aura pauses free instances by itself)" + warning);
        }
        boolean pause = job.action().equals("pause");
        String status = instance.status().value();
        if (!status.equals(pause ? "running" : "paused")) {
            String why = status.equals(pause ? "paused" : "running") ? "already " + status
                    : instance.status().isTransitional() ? "busy: `" + Markdown.escape(status) + "`"
                            : "`" + Markdown.escape(status) + "`";
            return item.settled("skipped", why + warning);
        }
        if (!ledger.setOnce(job.runKey(), "sent-" + todo.instanceId(), time.now().toString())) {
            return item; // an earlier delivery of this chunk already sent it: only watch it
        }
        return send(job, item);
    }

    /** The pause or resume itself; the instance is already marked as ours to send in the run's record. */
    private BatchItem send(CostSavingChunkJob job, BatchItem marked) {
        BatchItem item = marked.settled("pending", null);
        boolean pause = job.action().equals("pause");
        String id = item.instanceId();
        try {
            Accepted accepted = pause ? aura.pause(id, Priority.BACKGROUND) : aura.resume(id, Priority.BACKGROUND);
            if (pause) {
                pauseClock.paused(id);
            } else {
                pauseClock.resumed(id);
            }
            // Per instance to the log only; the audit channel gets one line per run, from the summary.
            audit.logOnly(CostSavingRun.SCHEDULER, "scheduled-" + job.action(), id, "accepted", accepted.requestId());
            return item;
        } catch (OutOfTimeException e) {
            return item.settled(UNSENT, null);
        } catch (AuraApiException e) {
            audit.logOnly(CostSavingRun.SCHEDULER, "scheduled-" + job.action(), id, "failed:" + e.status(),
                    e.requestId().orElse(null));
            return e.isBusy() ? item.settled("skipped", "busy") : item.settled("failed", AuraProblems.explain(e));
        }
    }

    private BatchItem settle(CostSavingChunkJob job, BatchItem item) {
        String target = job.action().equals("pause") ? "paused" : "running";
        boolean late = job.deadline() != null && time.now().isAfter(Instant.parse(job.deadline()));
        try {
            Instance instance = aura.instance(item.instanceId(), Priority.BACKGROUND);
            if (instance.status().value().equals(target)) {
                return item.settled("done", null);
            }
            return late ? item.settled("failed", "still `" + instance.status().value() + "` at the deadline") : item;
        } catch (AuraApiException e) {
            if (e.isNotFound()) {
                return item.settled("failed", "the instance disappeared");
            }
            return late ? item.settled("failed", "Aura did not answer before the deadline") : item;
        }
    }
}
