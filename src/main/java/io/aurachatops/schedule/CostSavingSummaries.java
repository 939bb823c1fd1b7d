package io.aurachatops.schedule;

import io.aurachatops.audit.AuditLog;
import io.aurachatops.jobs.BatchItem;
import io.aurachatops.jobs.CostSavingSummaryJob;
import io.aurachatops.jobs.JobHandler;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import io.aurachatops.watch.WatchSettings;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Waits, without calling Aura, until every chunk of a cost-saving run has reported to the ledger (or the
 * deadline passed), then posts the run's one summary. Claiming the summary in the ledger first makes a
 * redelivered or doubled summary job harmless.
 */
@ApplicationScoped
public class CostSavingSummaries implements JobHandler<CostSavingSummaryJob> {

    private final Ledger ledger;
    private final PolicyHolder policies;
    private final Notifier notifier;
    private final Provider<JobQueue> queue;
    private final WatchSettings watch;
    private final TimeSource time;
    private final AuditLog audit;

    @SuppressWarnings("java:S107") // the ledger, the policy, Slack, the queue, the clock and the audit line
    public CostSavingSummaries(Ledger ledger, PolicyHolder policies, Notifier notifier, Provider<JobQueue> queue,
            WatchSettings watch, TimeSource time, AuditLog audit) {
        this.audit = audit;
        this.watch = watch;
        this.ledger = ledger;
        this.policies = policies;
        this.notifier = notifier;
        this.queue = queue;
        this.time = time;
    }

    @Override
    public Class<CostSavingSummaryJob> kind() {
        return CostSavingSummaryJob.class;
    }

    @Override
    public void run(CostSavingSummaryJob job) {
        Map<String, String> record = ledger.read(job.runKey()).orElse(null);
        if (record == null) {
            Log.warnf("Cost-saving run %s has no ledger record any more; no summary", job.runKey());
            return;
        }
        List<BatchItem> items = new ArrayList<>(BatchItems.decode(record.get("settled")));
        Set<String> reported = new HashSet<>();
        boolean complete = true;
        for (int chunk = 0; chunk < job.chunks(); chunk++) {
            String found = record.get("chunk-" + chunk);
            if (found == null) {
                complete = false;
            } else {
                BatchItems.decode(found).forEach(i -> {
                    items.add(i);
                    reported.add(i.instanceId());
                });
            }
        }
        if (!complete && time.now().isBefore(Instant.parse(job.deadline()))) {
            queue.get().submit(job, watch.pollInterval());
            return;
        }
        BatchItems.decode(record.get("planned")).stream().filter(i -> !reported.contains(i.instanceId()))
                .forEach(i -> items.add(i.settled("failed", "its chunk did not report before the deadline")));
        if (!ledger.setOnce(job.runKey(), "summary", time.now().toString())) {
            return;
        }
        policies.policy().ifPresent(policy -> {
            Reply summary = CostSavingSummary.render(job.action(), items, policy, Instant.parse(job.slot()));
            audit.record(CostSavingRun.SCHEDULER, "scheduled-" + job.action(), null, summary.summary(), null);
            if (job.channelId() != null) {
                notifier.announce(job.channelId(), summary);
            } else {
                Log.infof("Cost-saving summary: %s", summary.summary());
            }
        });
    }
}
