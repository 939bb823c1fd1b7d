package io.aurachatops.jobs;

import io.aurachatops.reply.Card;

/**
 * A click on a restore confirmation card, as the ingress received it. The worker checks the token again and
 * decides the clicker's role at that moment.
 */
public record RestoreDecisionJob(String jobId, boolean confirm, String token, String clickerId, String teamId,
        Card card) implements Job {

    @Override
    public String toString() {
        return "RestoreDecisionJob[" + jobId + ", confirm=" + confirm + ", clicker=" + clickerId + ", " + card + "]";
    }
}
