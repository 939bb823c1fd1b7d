package io.aurachatops.jobs;

import io.aurachatops.command.Requester;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.ReplyTarget;

/**
 * A click on one of the bot's action buttons (not a confirmation card's), as the ingress received it: which
 * button, the value it carried (a signed token), who clicked and on which message. The worker finds the
 * {@link ButtonAction} for the action id and decides the clicker's rights then.
 */
public record ButtonClickJob(String jobId, String actionId, String value, String clickerId, String teamId, Card card)
        implements Job {

    /** Action ids of this prefix become a {@code ButtonClickJob}; others are not ours to run. */
    public static final String PREFIX = "aura_act_";

    /** The person who clicked, in the channel of the message (a team of "-" when Slack sent none). */
    public Requester clicker() {
        return new Requester(teamId == null ? "-" : teamId, clickerId, card.channelId());
    }

    /** Where a private answer to the clicker goes. */
    public ReplyTarget replyTarget() {
        return new ReplyTarget(card.channelId(), clickerId, card.responseUrl());
    }

    @Override
    public String toString() {
        // The value is a signed capability for this button: like a confirmation token, it is not logged.
        return "ButtonClickJob[" + jobId + ", " + actionId + ", clicker=" + clickerId + ", " + card + "]";
    }
}
