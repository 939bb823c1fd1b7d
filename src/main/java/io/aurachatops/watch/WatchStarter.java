package io.aurachatops.watch;

import io.aurachatops.command.Requester;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.WatchJob;
import io.aurachatops.jobs.WatchOperation;
import io.aurachatops.reply.Card;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;

/** Queues the first poll of a watch, with its deadline. */
@ApplicationScoped
public class WatchStarter {

    /** What the watch follows, beyond the instance itself. */
    public record Target(WatchOperation operation, String status, String secretName, String readCommand, String reason,
            String expectedMemory, String actor, String tenantId, Instant notBefore) {

        public Target(WatchOperation operation, String status, String secretName, String readCommand, String reason,
                String expectedMemory, String actor) {
            this(operation, status, secretName, readCommand, reason, expectedMemory, actor, null, null);
        }

        public static Target of(WatchOperation operation, String status) {
            return new Target(operation, status, null, null, null, null, null);
        }

        /** Looks for an instance of this name created since {@code notBefore}, because Aura's answer was lost. */
        public static Target lookup(String tenantId, Instant notBefore, String reason) {
            return new Target(WatchOperation.LOOKUP, "unknown", null, null, reason, null, null, tenantId, notBefore);
        }
    }

    private final Provider<JobQueue> queue;
    private final WatchSettings settings;
    private final TimeSource time;

    public WatchStarter(Provider<JobQueue> queue, WatchSettings settings, TimeSource time) {
        this.queue = queue;
        this.settings = settings;
        this.time = time;
    }

    public void start(String jobId, Requester requester, String instanceId, String instanceName, Card card, Target target) {
        Instant now = time.now();
        WatchJob job = new WatchJob(jobId, target.operation(), instanceId, instanceName, requester, card,
                target.secretName(), target.readCommand(), target.reason(), now.toString(),
                now.plus(settings.operationTimeout()).toString(), 0, target.status(), false, target.expectedMemory(),
                target.actor(), target.tenantId(), target.notBefore() == null ? null : target.notBefore().toString());
        Duration first = target.operation() == WatchOperation.CLEANUP ? Duration.ZERO : settings.pollInterval();
        queue.get().submit(job, first);
    }
}
