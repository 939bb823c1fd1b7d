package io.aurachatops.leases;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What leases say: the reminder with its buttons, and how an expiry is shown. */
final class LeaseMessages {

    static final String EXTEND_ACTION = "aura_act_lease_extend";
    static final String END_ACTION = "aura_act_lease_end";
    static final String EXTEND = "lease-extend";
    static final String END = "lease-end";
    /** Reminder buttons stay valid a day past the expiry; by then the lease has ended anyway. */
    static final Duration BUTTONS_VALID_AFTER = Duration.ofDays(1);

    private LeaseMessages() {
    }

    static String name(Lease lease) {
        return "*" + Markdown.escape(lease.name()) + "* (`" + Markdown.escape(lease.instanceId()) + "`)";
    }

    /** Where the lease's messages go: the create card's thread, or its channel. */
    static Card card(Lease lease) {
        return Card.remembered(lease.channelId(), lease.cardTs());
    }

    static Reply reminder(Lease lease, ConfirmationTokens tokens, Duration extendBy) {
        Instant valid = lease.expiresAt().plus(BUTTONS_VALID_AFTER);
        String extendLabel = "Extend by " + LeaseLength.describe(extendBy);
        return Reply.of("⏳ <@" + lease.ownerId() + ">, the lease of " + name(lease) + " runs out " + LeaseLength.when(lease.expiresAt())
                + ". Then I delete it, with all its data.", List.of("Still need it? Extend it (or type `/aura extend "
                        + Markdown.escape(lease.name()) + " 4h`). Done with it? Delete it now."))
                .withButtons(List.of(
                        new Button(EXTEND_ACTION, extendLabel, tokens.issueAction(EXTEND, lease.instanceId(),
                                lease.channelId(), valid), false, null),
                        new Button(END_ACTION, "Delete now", tokens.issueAction(END, lease.instanceId(),
                                lease.channelId(), valid), true, new Button.Confirm("Delete it now?", "This deletes "
                                        + name(lease) + " and all its data now, instead of when its lease runs out.",
                                        "Delete", "Keep it"))));
    }
}
