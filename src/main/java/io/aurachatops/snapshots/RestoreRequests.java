package io.aurachatops.snapshots;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.approvals.ApprovedConfirmations;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.aura.Snapshot;
import io.aurachatops.command.InstanceFormat;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.InstanceResolver;
import io.aurachatops.jobs.DataDecisionJob;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code /aura restore}: restores nothing by itself. It checks the instance and the snapshot, then posts a
 * confirmation card whose buttons carry a signed token, as a delete does.
 */
@ApplicationScoped
public class RestoreRequests {

    private final InstanceResolver instances;
    private final AuraGateway aura;
    private final ProtectedInstances protectedInstances;
    private final ConfirmationTokens tokens;
    private final Notifier notifier;
    private final AuditLog audit;
    private final TimeSource time;
    private final ApprovedConfirmations approved;

    @SuppressWarnings("java:S107") // each collaborator is one check a restore request passes
    public RestoreRequests(InstanceResolver instances, AuraGateway aura, ProtectedInstances protectedInstances,
            ConfirmationTokens tokens, Notifier notifier, AuditLog audit, TimeSource time,
            ApprovedConfirmations approved) {
        this.approved = approved;
        this.instances = instances;
        this.aura = aura;
        this.protectedInstances = protectedInstances;
        this.tokens = tokens;
        this.notifier = notifier;
        this.audit = audit;
        this.time = time;
    }

    /** An instance and the snapshot it may be restored from now. */
    public record Restorable(Instance instance, Snapshot snapshot) {
    }

    public Reply request(CommandContext context, String reference, String snapshotId) {
        Restorable restorable = restorable(context, reference, snapshotId);
        Instance i = restorable.instance();
        Snapshot snapshot = restorable.snapshot();
        String token = tokens.issueRestore(i.id(), snapshotId, context.requester().userId(),
                context.requester().channelId(), time.now());
        Reply card = SnapshotCard.render("♻️ Restore *" + Markdown.escape(i.name()) + "* from its snapshot of "
                + SnapshotCard.when(snapshot.timestamp()) + "? Requested by <@" + context.requester().userId() + ">",
                i.name(), i.id(), snapshotId, snapshot.status(), approved.whoConfirms(context) + " This "
                        + "replaces all data in the instance with the snapshot's; anything written since is lost.")
                .withButtons(ConfirmationTokens.restoreButtons(token, i.name(), i.id()));
        Card posted = notifier.postCard(context.replyTo(), card);
        approved.confirmIfApproved(context, approver -> new DataDecisionJob(context.jobId() + "-confirm", true, token,
                approver, context.requester().teamId(), posted));
        audit.record(context.requester(), "restore", i.id(), "confirmation-requested", null);
        return Reply.NONE;
    }

    /** The instance and snapshot, if Aura would restore it now; otherwise why not, thrown. Changes nothing. */
    public Restorable restorable(CommandContext context, String reference, String snapshotId) {
        Instance i = instances.resolve(reference, Priority.INTERACTIVE);
        String name = InstanceFormat.label(i);
        if (protectedInstances.covers(i.id(), i.name())) {
            audit.record(context.requester(), "restore", i.id(), "refused:protected", null);
            throw new CommandException(name + " is protected (`AURA_PROTECTED`): the bot never overwrites its data.");
        }
        if (i.status().isTransitional()) {
            throw new CommandException(name + " is busy: `" + Markdown.escape(i.status().value())
                    + "`. Try again when it finishes.");
        }
        Snapshot snapshot = snapshot(i, snapshotId, name);
        if (!snapshot.completed()) {
            throw new CommandException("Snapshot `" + Markdown.escape(snapshotId) + "` of " + name + " is `"
                    + Markdown.escape(snapshot.status()) + "`; only a `Completed` snapshot can be restored.");
        }
        return new Restorable(i, snapshot);
    }

    private Snapshot snapshot(Instance i, String snapshotId, String name) {
        try {
            return aura.snapshot(i.id(), snapshotId, Priority.INTERACTIVE);
        } catch (AuraApiException e) {
            if (e.isNotFound()) {
                throw new CommandException(name + " has no snapshot `" + Markdown.escape(snapshotId) + "`. `/aura "
                        + "snapshots " + Markdown.escape(i.name()) + "` lists today's; add `--date YYYY-MM-DD` for "
                        + "another day.");
            }
            throw e;
        }
    }
}
