package io.aurachatops.schedule;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.Role;
import io.aurachatops.access.RoleResolver;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.AuraProblems;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.ButtonAction;
import io.aurachatops.jobs.ButtonClickJob;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A "Keep awake" click on the pause notice (a button, or a menu choice): an operator's click does what
 * {@code /aura keep-awake} does for that one instance and says so in the notice's thread.
 */
@ApplicationScoped
public class KeepAwakeButton implements ButtonAction {

    private final ConfirmationTokens tokens;
    private final RoleResolver roles;
    private final AuraGateway aura;
    private final KeepAwake keepAwake;
    private final Notifier notifier;
    private final AuditLog audit;
    private final TimeSource time;

    @SuppressWarnings("java:S107") // a click is verified, authorised, looked up, granted, told and audited
    public KeepAwakeButton(ConfirmationTokens tokens, RoleResolver roles, AuraGateway aura, KeepAwake keepAwake,
            Notifier notifier, AuditLog audit, TimeSource time) {
        this.tokens = tokens;
        this.roles = roles;
        this.aura = aura;
        this.keepAwake = keepAwake;
        this.notifier = notifier;
        this.audit = audit;
        this.time = time;
    }

    @Override
    public java.util.Set<String> actionIds() {
        return java.util.Set.of(PauseNotice.ACTION);
    }

    @Override
    public void clicked(ButtonClickJob click) {
        Requester clicker = click.clicker();
        Optional<ConfirmationTokens.Grant> grant = tokens.verifyAction(click.value(), PauseNotice.TOKEN_ACTION,
                click.card().channelId(), time.now());
        if (grant.isEmpty()) {
            audit.record(clicker, "keep-awake", null, "refused:invalid-token", null);
            tell(click, "This notice's buttons have expired: its pause has started. `/aura keep-awake <name>` still "
                    + "works for the nights ahead.");
            return;
        }
        Optional<String> refusal = roles.resolve(click.clickerId()).refusal("keep-awake", Role.OPERATOR);
        if (refusal.isPresent()) {
            audit.record(clicker, "keep-awake", grant.get().instanceId(), "refused:needs-operator", null);
            tell(click, refusal.get());
            return;
        }
        Reply granted;
        Instance instance;
        try {
            instance = aura.instance(grant.get().instanceId(), Priority.INTERACTIVE);
            granted = keepAwake.grant(instance, clicker, Optional.empty());
        } catch (AuraApiException e) {
            tell(click, AuraProblems.explain(e));
            return;
        } catch (CommandException e) {
            tell(click, e.getMessage());
            return;
        }
        boolean kept = granted.summary().startsWith("☀️");
        audit.record(clicker, "keep-awake", instance.id(), kept ? "granted" : "unchanged", null);
        tell(click, granted.summary());
        if (kept) {
            notifier.threadReply(click.card(), Reply.of("☀️ *" + Markdown.escape(instance.name()) + "* stays awake "
                    + "tonight, kept by <@" + click.clickerId() + ">."));
        }
    }

    private void tell(ButtonClickJob click, String text) {
        notifier.reply(click.replyTarget(),
                Reply.of(text));
    }
}
