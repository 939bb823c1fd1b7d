package io.aurachatops.leases;

import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.LeaseJob;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Finds the leases that are due, with one ledger query and no Aura call, and hands them to worker jobs in
 * chunks of {@value #CHUNK}, like the nightly run: reminders to send, and instances to reap. Two sweeps at
 * once are harmless: a reminder is claimed here, and a reap claims its lease in the job.
 */
@ApplicationScoped
public class LeaseSweep {

    /** Two Aura requests per reaped instance: a chunk fits one worker invocation's share of the budget. */
    static final int CHUNK = 10;

    private final Leases leases;
    private final LeaseSettings settings;
    private final Provider<JobQueue> queue;

    public LeaseSweep(Leases leases, LeaseSettings settings, Provider<JobQueue> queue) {
        this.leases = leases;
        this.settings = settings;
        this.queue = queue;
    }

    /** What it queued, for the tick's log line. */
    public String sweep(Instant now) {
        List<String> reap = new ArrayList<>();
        List<String> remind = new ArrayList<>();
        for (Lease lease : leases.running()) {
            if (!lease.active()) {
                continue;
            }
            if (!lease.expiresAt().isAfter(now)) {
                reap.add(lease.instanceId());
            } else if (!now.isBefore(lease.expiresAt().minus(lead(lease))) && leases.claimReminder(lease)) {
                remind.add(lease.instanceId());
            }
        }
        submit(LeaseJob.REMIND, remind);
        submit(LeaseJob.REAP, reap);
        if (!reap.isEmpty() || !remind.isEmpty()) {
            Log.infof("Lease sweep at %s: %d to remind, %d ran out", now, remind.size(), reap.size());
        }
        return reap.isEmpty() && remind.isEmpty() ? "no lease due"
                : remind.size() + " lease reminder(s), " + reap.size() + " lease(s) ran out";
    }

    /** The reminder comes {@code AURA_LEASE_REMINDER} ahead, or halfway through a lease shorter than twice that. */
    private Duration lead(Lease lease) {
        Duration half = Duration.between(lease.since(), lease.expiresAt()).dividedBy(2);
        return half.compareTo(settings.reminder()) < 0 ? half : settings.reminder();
    }

    private void submit(String action, List<String> instanceIds) {
        for (int from = 0; from < instanceIds.size(); from += CHUNK) {
            queue.get().submit(new LeaseJob(UUID.randomUUID().toString(), action,
                    instanceIds.subList(from, Math.min(instanceIds.size(), from + CHUNK))));
        }
    }
}
