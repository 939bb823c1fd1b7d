package io.aurachatops.jobs;

import io.aurachatops.reply.Card;

/**
 * A click on a card that confirms replacing an instance's data (a restore or an overwrite; the token says
 * which), as the ingress received it. The worker checks the token again and decides the clicker's role then.
 */
public record DataDecisionJob(String jobId, boolean confirm, String token, String clickerId, String teamId,
        Card card) implements Job {

    @Override
    public String toString() {
        return "DataDecisionJob[" + jobId + ", confirm=" + confirm + ", clicker=" + clickerId + ", " + card + "]";
    }
}
