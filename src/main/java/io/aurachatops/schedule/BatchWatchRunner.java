package io.aurachatops.schedule;

import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.jobs.BatchItem;
import io.aurachatops.jobs.BatchWatchJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.reply.Notifier;
import io.aurachatops.support.TimeSource;
import io.aurachatops.watch.WatchSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Polls the pending instances of a cost-saving run until all have settled, then posts the one summary. */
@ApplicationScoped
public class BatchWatchRunner {

    private final AuraGateway aura;
    private final PolicyHolder policies;
    private final Notifier notifier;
    private final Provider<JobQueue> queue;
    private final WatchSettings watch;
    private final TimeSource time;

    public BatchWatchRunner(AuraGateway aura, PolicyHolder policies, Notifier notifier, Provider<JobQueue> queue,
            WatchSettings watch, TimeSource time) {
        this.aura = aura;
        this.policies = policies;
        this.notifier = notifier;
        this.queue = queue;
        this.watch = watch;
        this.time = time;
    }

    public void run(BatchWatchJob job) {
        String target = job.action().equals("pause") ? "paused" : "running";
        boolean late = time.now().isAfter(Instant.parse(job.deadline()));
        List<BatchItem> items = new ArrayList<>();
        for (BatchItem item : job.items()) {
            items.add(item.outcome().equals("pending") ? poll(item, target, late) : item);
        }
        if (items.stream().anyMatch(i -> i.outcome().equals("pending"))) {
            queue.get().submit(job.next(items), watch.pollInterval());
            return;
        }
        policies.policy().ifPresent(policy -> {
            var summary = CostSavingSummary.render(job.action(), items, policy, Instant.parse(job.slot()));
            if (job.channelId() != null) {
                notifier.announce(job.channelId(), summary);
            } else {
                io.quarkus.logging.Log.infof("Cost-saving summary: %s", summary.summary());
            }
        });
    }

    private BatchItem poll(BatchItem item, String target, boolean late) {
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
