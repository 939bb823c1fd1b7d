package io.aurachatops.jobs;

import io.aurachatops.command.Requester;
import io.aurachatops.reply.Card;

/** One poll of a snapshot being taken; like a watch, its whole state travels in the job. */
public record SnapshotWatchJob(String jobId, String instanceId, String instanceName, String snapshotId,
        Requester requester, Card card, String startedAt, String deadline, String lastStatus) implements Job {

    /** The same watch, one poll later. */
    public SnapshotWatchJob next(Card updatedCard, String status) {
        return new SnapshotWatchJob(jobId, instanceId, instanceName, snapshotId, requester, updatedCard, startedAt,
                deadline, status);
    }
}
