package io.aurachatops.leases;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.Role;
import io.aurachatops.access.RoleResolver;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.ButtonClickJob;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The checks a reminder's buttons share: a genuine token for this channel, clicked by the owner or an admin. */
@ApplicationScoped
public class LeaseClicks {

    private final ConfirmationTokens tokens;
    private final RoleResolver roles;
    private final Leases leases;
    private final Notifier notifier;
    private final AuditLog audit;
    private final TimeSource time;

    public LeaseClicks(ConfirmationTokens tokens, RoleResolver roles, Leases leases, Notifier notifier, AuditLog audit,
            TimeSource time) {
        this.tokens = tokens;
        this.roles = roles;
        this.leases = leases;
        this.notifier = notifier;
        this.audit = audit;
        this.time = time;
    }

    /** The running lease the click may act on; otherwise the clicker has been told why not. */
    Optional<Lease> admit(ButtonClickJob click, String action, String verb) {
        Requester clicker = click.clicker();
        Optional<ConfirmationTokens.Grant> grant = tokens.verifyAction(click.value(), action, click.card().channelId(),
                time.now());
        if (grant.isEmpty()) {
            audit.record(clicker, verb, null, "refused:invalid-token", null);
            tell(click, "This button is no longer valid: it expired, or it was not made for this channel. Use `/aura "
                    + "leases` to see your leases.");
            return Optional.empty();
        }
        Optional<Lease> lease = leases.of(grant.get().instanceId()).filter(Lease::active);
        if (lease.isEmpty()) {
            tell(click, "`" + grant.get().instanceId() + "` has no running lease any more: it was deleted, or its lease "
                    + "ended.");
            return Optional.empty();
        }
        if (!lease.get().ownerId().equals(click.clickerId()) && !roles.resolve(click.clickerId()).role().covers(Role.ADMIN)) {
            audit.record(clicker, verb, lease.get().instanceId(), "refused:not-owner", null);
            tell(click, "Only <@" + lease.get().ownerId() + ">, who owns this lease, or an admin can do that.");
            return Optional.empty();
        }
        return lease;
    }

    void tell(ButtonClickJob click, String text) {
        notifier.reply(click.replyTarget(),
                Reply.of(text));
    }
}
