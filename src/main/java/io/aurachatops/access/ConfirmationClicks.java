package io.aurachatops.access;

import io.aurachatops.audit.AuditLog;
import io.aurachatops.command.Requester;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * The rules every click on a confirmation card passes, whatever it confirms: a valid token for this channel;
 * Cancel by the requester or an admin, which ends the card for good (recorded in the ledger, so an older copy
 * of the card is dead too); Confirm only by someone who is admin at that moment, on a card not cancelled.
 */
@ApplicationScoped
public class ConfirmationClicks {

    /** One click: what it confirms ({@code delete}, {@code restore}), and where and by whom. */
    public record Click(String verb, String jobId, boolean confirm, String token, String clickerId, String teamId,
            Card card) {

        Requester clicker() {
            return new Requester(teamId, clickerId, card.channelId());
        }
    }

    private final RoleResolver roles;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Ledger ledger;

    public ConfirmationClicks(RoleResolver roles, Notifier notifier, AuditLog audit, Ledger ledger) {
        this.roles = roles;
        this.notifier = notifier;
        this.audit = audit;
        this.ledger = ledger;
    }

    /**
     * The grant, when the click is a confirmation that may go ahead; otherwise the click has been answered (a
     * refusal, or a Cancel carried out) and nothing more is to be done.
     */
    public Optional<ConfirmationTokens.Grant> admit(Click click, Optional<ConfirmationTokens.Grant> grant) {
        if (grant.isEmpty()) {
            audit.record(click.clicker(), click.verb(), null, "refused:invalid-token", null);
            tell(click, "This button is no longer valid: it expired, or it was not made for this channel. Run `/aura "
                    + click.verb() + "` again.");
            return Optional.empty();
        }
        String instanceId = grant.get().instanceId();
        RoleResolver.Resolution role = roles.resolve(click.clickerId());
        String cancelled = click.verb() + "-cancelled#" + ConfirmationTokens.signatureOf(click.token());
        String confirmed = confirmedKey(click.verb(), click.token());
        if (!click.confirm() && ledger.read(confirmed).isPresent()) {
            // A late Cancel (say, on an older copy of the card) must not rewrite a card that is under way or done.
            tell(click, "This " + click.verb() + " was already confirmed, so it can no longer be cancelled; its card "
                    + "shows how it went.");
            return Optional.empty();
        }
        if (!click.confirm()) {
            if (!click.clickerId().equals(grant.get().requesterId()) && !role.role().covers(Role.ADMIN)) {
                tell(click, "Only the person who asked, or an admin, can cancel this " + click.verb() + ".");
                return Optional.empty();
            }
            ledger.create(cancelled, Map.of("by", click.clickerId()), grant.get().expiry());
            notifier.updateCard(click.card(), Reply.of("✋ " + capitalised(click.verb()) + " of `" + instanceId
                    + "` cancelled by <@" + click.clickerId() + ">. Nothing was "
                    + (click.verb().equals("delete") ? "deleted." : "changed.")));
            audit.record(click.clicker(), click.verb(), instanceId, "cancelled", null);
            return Optional.empty();
        }
        Optional<String> cancelledBy = ledger.read(cancelled).map(r -> r.get("by"));
        if (cancelledBy.isPresent()) {
            audit.record(click.clicker(), click.verb(), instanceId, "refused:cancelled", null);
            tell(click, "<@" + cancelledBy.get() + "> cancelled this " + click.verb() + ", so this button no longer "
                    + "does anything. Run `/aura " + click.verb() + "` again if it should happen.");
            return Optional.empty();
        }
        Optional<String> refusal = role.refusal(click.verb(), Role.ADMIN);
        if (refusal.isPresent()) {
            audit.record(click.clicker(), click.verb(), instanceId, "refused:needs-admin", null);
            tell(click, refusal.get());
            return Optional.empty();
        }
        // From here a Cancel is too late; the first confirming job is recorded (the handler may use it too).
        ledger.create(confirmed, Map.of("job", click.jobId()), grant.get().expiry());
        return grant;
    }

    /** The ledger key of a card's first confirmation: its value names the job that confirmed. */
    public static String confirmedKey(String verb, String token) {
        return verb + "-confirmed#" + ConfirmationTokens.signatureOf(token);
    }

    /** A private answer to the person who clicked. */
    public void tell(Click click, String text) {
        notifier.reply(new ReplyTarget(click.card().channelId(), click.clickerId(), click.card().responseUrl()),
                Reply.of(text));
    }

    private static String capitalised(String verb) {
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
    }
}
