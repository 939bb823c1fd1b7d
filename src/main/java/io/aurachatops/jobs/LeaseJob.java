package io.aurachatops.jobs;

import java.util.List;

/**
 * Leases the sweep found due: {@code remind} their owners, or {@code reap} (delete) their instances. Running it
 * twice is harmless: a reminder is claimed before it is queued, and a reap claims the lease in the ledger.
 */
public record LeaseJob(String jobId, String action, List<String> instanceIds) implements Job {

    public static final String REMIND = "remind";
    public static final String REAP = "reap";

    public LeaseJob {
        instanceIds = List.copyOf(instanceIds);
    }
}
