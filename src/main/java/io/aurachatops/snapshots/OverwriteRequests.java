package io.aurachatops.snapshots;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.approvals.ApprovedConfirmations;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
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
import java.util.List;

/**
 * {@code /aura overwrite}: overwrites nothing by itself. It checks the target (not protected, running), the
 * source and its snapshot, then posts a confirmation card whose buttons carry a signed token.
 */
@ApplicationScoped
public class OverwriteRequests {

    private final InstanceResolver instances;
    private final ProtectedInstances protectedInstances;
    private final SeedSnapshots seeds;
    private final ConfirmationTokens tokens;
    private final Notifier notifier;
    private final AuditLog audit;
    private final TimeSource time;
    private final ApprovedConfirmations approved;

    @SuppressWarnings("java:S107") // each collaborator is one check an overwrite request passes
    public OverwriteRequests(InstanceResolver instances, ProtectedInstances protectedInstances, SeedSnapshots seeds,
            ConfirmationTokens tokens, Notifier notifier, AuditLog audit, TimeSource time,
            ApprovedConfirmations approved) {
        this.approved = approved;
        this.instances = instances;
        this.protectedInstances = protectedInstances;
        this.seeds = seeds;
        this.tokens = tokens;
        this.notifier = notifier;
        this.audit = audit;
        this.time = time;
    }

    /** A target that may be overwritten now with the data of a source. */
    public record Overwritable(Instance target, Instance source) {
    }

    public Reply request(CommandContext context, String targetReference, String sourceReference, String snapshotId) {
        Overwritable overwritable = overwritable(context, targetReference, sourceReference, snapshotId);
        Instance target = overwritable.target();
        Instance source = overwritable.source();
        String targetName = InstanceFormat.label(target);
        String token = tokens.issueOverwrite(target.id(), source.id(), snapshotId, context.requester().userId(),
                context.requester().channelId(), time.now());
        String from = "*" + Markdown.escape(source.name()) + "* (`" + Markdown.escape(source.id()) + "`)"
                + (snapshotId == null ? " as it is now" : ", snapshot `" + Markdown.escape(snapshotId) + "`");
        Reply card = Reply.of("♻️ Overwrite *" + Markdown.escape(target.name()) + "* with the data of " + from
                + "? Requested by <@" + context.requester().userId() + ">", List.of("*Target:* " + targetName
                        + "\n*Source:* " + from)).withFootnote(approved.whoConfirms(context) + " This replaces "
                                + "all data in the target; its own data cannot be brought back.")
                .withButtons(ConfirmationTokens.overwriteButtons(token, target.name(), target.id()));
        Card posted = notifier.postCard(context.replyTo(), card);
        approved.confirmIfApproved(context, approver -> new DataDecisionJob(context.jobId() + "-confirm", true, token,
                approver, context.requester().teamId(), posted));
        audit.record(context.requester(), "overwrite", target.id(), "confirmation-requested", null);
        return Reply.NONE;
    }

    /** The target and source, if Aura would overwrite the one with the other now; otherwise why not, thrown. */
    public Overwritable overwritable(CommandContext context, String targetReference, String sourceReference,
            String snapshotId) {
        Instance target = instances.resolve(targetReference, Priority.INTERACTIVE);
        String targetName = InstanceFormat.label(target);
        if (protectedInstances.covers(target.id(), target.name())) {
            audit.record(context.requester(), "overwrite", target.id(), "refused:protected", null);
            throw new CommandException(targetName + " is protected (`AURA_PROTECTED`): the bot never overwrites its data.");
        }
        if (!"running".equals(target.status().value())) {
            throw new CommandException(targetName + " is `" + Markdown.escape(target.status().value())
                    + "`; Aura overwrites a running instance only.");
        }
        Instance source = instances.resolve(sourceReference, Priority.INTERACTIVE);
        refuseUnfit(target, source, snapshotId);
        if (snapshotId != null) {
            seeds.check(source, snapshotId);
        }
        return new Overwritable(target, source);
    }

    /** What Aura would refuse, or what makes no sense, said before any card. */
    private static void refuseUnfit(Instance target, Instance source, String snapshotId) {
        if ("free-db".equals(target.type()) || "free-db".equals(source.type())) {
            throw new CommandException("Aura does not overwrite free instances, nor copy from them: `"
                    + Markdown.escape("free-db".equals(target.type()) ? target.name() : source.name()) + "` is `free-db`.");
        }
        if (target.tenantId() != null && !target.tenantId().equals(source.tenantId())) {
            throw new CommandException("`" + Markdown.escape(source.name()) + "` is in another tenant than `"
                    + Markdown.escape(target.name()) + "`; Aura copies data within one tenant only.");
        }
        if (target.id().equals(source.id()) && snapshotId == null) {
            throw new CommandException("An instance cannot be overwritten with itself. To go back to one of its "
                    + "snapshots, add `--snapshot S` or use `/aura restore`.");
        }
    }
}
