package io.aurachatops.jobs;

import io.aurachatops.reply.Card;

/**
 * A click on a delete confirmation card, as the ingress received it. The token is checked again by the
 * worker, and the clicker's role is decided at that moment. {@code cloneFirst}: the confirmation that first
 * makes a paused copy, and deletes only once the copy runs.
 */
public record DeleteDecisionJob(String jobId, boolean confirm, String token, String clickerId, String teamId,
        Card card, boolean cloneFirst) implements Job {

    public DeleteDecisionJob(String jobId, boolean confirm, String token, String clickerId, String teamId, Card card) {
        this(jobId, confirm, token, clickerId, teamId, card, false);
    }

    @Override
    public String toString() {
        return "DeleteDecisionJob[" + jobId + ", confirm=" + confirm + (cloneFirst ? ", clone first" : "") + ", clicker=" + clickerId + ", " + card + "]";
    }
}
