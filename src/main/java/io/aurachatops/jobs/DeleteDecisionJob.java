package io.aurachatops.jobs;

import io.aurachatops.reply.Card;

/**
 * A click on a delete confirmation card, as the ingress received it. The token is checked again by the
 * worker, and the clicker's role is decided at that moment.
 */
public record DeleteDecisionJob(String jobId, boolean confirm, String token, String clickerId, String teamId,
        Card card) implements Job {

    @Override
    public String toString() {
        return "DeleteDecisionJob[" + jobId + ", confirm=" + confirm + ", clicker=" + clickerId + ", " + card + "]";
    }
}
