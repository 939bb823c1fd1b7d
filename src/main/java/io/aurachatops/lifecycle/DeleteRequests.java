package io.aurachatops.lifecycle;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.InstanceResolver;
import io.aurachatops.approvals.ApprovedConfirmations;
import io.aurachatops.jobs.DeleteDecisionJob;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import io.aurachatops.vault.CredentialVault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** {@code /aura delete}: deletes nothing by itself; it posts a confirmation card whose buttons carry a signed token. */
@ApplicationScoped
public class DeleteRequests {

    private final InstanceResolver instances;
    private final ProtectedInstances protectedInstances;
    private final ConfirmationTokens tokens;
    private final Notifier notifier;
    private final AuditLog audit;
    private final TimeSource time;
    private final CredentialVault vault;
    private final ApprovedConfirmations approved;

    @SuppressWarnings("java:S107") // one collaborator per thing the confirmation card states
    public DeleteRequests(InstanceResolver instances, ProtectedInstances protectedInstances, ConfirmationTokens tokens,
            Notifier notifier, AuditLog audit, TimeSource time, CredentialVault vault, ApprovedConfirmations approved) {
        this.approved = approved;
        this.vault = vault;
        this.instances = instances;
        this.protectedInstances = protectedInstances;
        this.tokens = tokens;
        this.notifier = notifier;
        this.audit = audit;
        this.time = time;
    }

    public Reply request(CommandContext context, String reference) {
        Instance i = deletable(context, reference);
        String token = tokens.issue(i.id(), context.requester().userId(), context.requester().channelId(), time.now());
        String name = Markdown.escape(i.name());
        String secret = secretNote(i.id());
        List<Button> buttons = new ArrayList<>(ConfirmationTokens.buttons(token, i.name(), i.id(), "Cancel"));
        boolean cloneable = !"free-db".equals(i.type());
        if (cloneable) {
            buttons.add(1, ConfirmationTokens.cloneFirstButton(token, i.name(), SafeDeletes.copyName(i.name(), time.now())));
        }
        Reply card = InstanceMessages.card(i).render("🗑️ Delete *" + name + "*? Requested by <@"
                + context.requester().userId() + ">", approved.whoConfirms(context) + " This deletes the "
                        + "instance, its snapshots and all its data (snapshots die with their instance); " + secret
                        + (cloneable ? " To keep the data, *Clone first, then delete* makes a paused copy before it "
                                + "deletes." : ""))
                .withButtons(buttons);
        Card posted = notifier.postCard(context.replyTo(), card);
        audit.record(context.requester(), "delete", i.id(), "confirmation-requested", null);
        approved.confirmIfApproved(context, approver -> new DeleteDecisionJob(context.jobId() + "-confirm", true, token,
                approver, context.requester().teamId(), posted));
        return Reply.NONE;
    }

    /** What happens to the instance's secret; the card is only informed by it, so a vault hiccup does not stop it. */
    /** The instance, if it may be deleted now; otherwise why not, thrown. Changes nothing. */
    public Instance deletable(CommandContext context, String reference) {
        Instance i = instances.resolve(reference, Priority.INTERACTIVE);
        if (protectedInstances.covers(i.id(), i.name())) {
            audit.record(context.requester(), "delete", i.id(), "refused:protected", null);
            throw new CommandException(InstanceMessages.protectedInstance(i));
        }
        if (i.status().isBeingDeleted()) {
            throw new CommandException(InstanceMessages.name(i) + " is already being deleted.");
        }
        return i;
    }

    private String secretNote(String instanceId) {
        String kept = "its credentials secret `" + Markdown.escape(vault.secretName(instanceId)) + "` is kept for 7 "
                + "days after";
        try {
            return vault.exists(instanceId) ? kept + "." : "the bot holds no credentials secret for it.";
        } catch (RuntimeException vaultDown) {
            return kept + ", if the bot holds one.";
        }
    }
}
