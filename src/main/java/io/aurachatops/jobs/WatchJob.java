package io.aurachatops.jobs;

import io.aurachatops.command.Requester;
import io.aurachatops.reply.Card;

/**
 * One poll of a slow operation. The whole state of the watch travels in the job, so it survives a restart
 * when the queue does, and the next poll is this job again with a delay. Never holds a secret: only the
 * secret's name and the command that reads it.
 *
 * @param expectedMemory for a resize: the memory that must be visible before it counts as done
 * @param actor who confirmed a delete, or null
 * @param tenantId for a look-up: the tenant to search
 * @param notBefore for a look-up: an instance of that name created before this is not ours
 */
public record WatchJob(String jobId, WatchOperation operation, String instanceId, String instanceName,
        Requester requester, Card card, String secretName, String readCommand, String reason, String startedAt,
        String deadline, int polls, String lastStatus, boolean deleteSent, String expectedMemory, String actor,
        String tenantId, String notBefore) implements Job {

    /** The same watch, one poll later. */
    public WatchJob next(Card updatedCard, String status, boolean deleteWasSent) {
        return new WatchJob(jobId, operation, instanceId, instanceName, requester, updatedCard, secretName, readCommand,
                reason, startedAt, deadline, polls + 1, status, deleteWasSent, expectedMemory, actor, tenantId, notBefore);
    }

    /** A look-up that found the instance: it becomes the clean-up of that instance, from its first step. */
    public WatchJob cleanUp(String foundId, Card updatedCard, String why) {
        return new WatchJob(jobId, WatchOperation.CLEANUP, foundId, instanceName, requester, updatedCard, null, null,
                why, startedAt, deadline, 0, "creating", false, null, null, tenantId, notBefore);
    }
}
