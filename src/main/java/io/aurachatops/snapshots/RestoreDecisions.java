package io.aurachatops.snapshots;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.Denials;
import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.access.Role;
import io.aurachatops.access.RoleResolver;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.Accepted;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.AuraProblems;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.JobHandler;
import io.aurachatops.jobs.RestoreDecisionJob;
import io.aurachatops.jobs.WatchOperation;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.support.TimeSource;
import io.aurachatops.watch.WatchStarter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/**
 * A click on a restore card. Restores only for a valid, unexpired token for this channel, clicked by someone
 * who is admin at that moment, on an instance that is not protected, once per card: the first confirmation is
 * recorded in the ledger, and a cancelled card stays cancelled.
 */
@ApplicationScoped
public class RestoreDecisions implements JobHandler<RestoreDecisionJob> {

    private final ConfirmationTokens tokens;
    private final RoleResolver roles;
    private final AuraGateway aura;
    private final ProtectedInstances protectedInstances;
    private final Notifier notifier;
    private final WatchStarter watches;
    private final AuditLog audit;
    private final TimeSource time;
    private final Ledger ledger;

    @SuppressWarnings("java:S107") // one collaborator per rule a restore must pass
    public RestoreDecisions(ConfirmationTokens tokens, RoleResolver roles, AuraGateway aura,
            ProtectedInstances protectedInstances, Notifier notifier, WatchStarter watches, AuditLog audit,
            TimeSource time, Ledger ledger) {
        this.tokens = tokens;
        this.roles = roles;
        this.aura = aura;
        this.protectedInstances = protectedInstances;
        this.notifier = notifier;
        this.watches = watches;
        this.audit = audit;
        this.time = time;
        this.ledger = ledger;
    }

    @Override
    public Class<RestoreDecisionJob> kind() {
        return RestoreDecisionJob.class;
    }

    @Override
    public void run(RestoreDecisionJob job) {
        Card card = job.card();
        Requester clicker = new Requester(job.teamId(), job.clickerId(), card.channelId());
        Optional<ConfirmationTokens.Grant> grant = tokens.verifyRestore(job.token(), card.channelId(), time.now());
        if (grant.isEmpty()) {
            audit.record(clicker, "restore", null, "refused:invalid-token", null);
            tell(job, "This button is no longer valid: it expired, or it was not made for this channel. Run "
                    + "`/aura restore <id|name> <snapshot-id>` again.");
            return;
        }
        String signature = ConfirmationTokens.signatureOf(job.token());
        RoleResolver.Resolution role = roles.resolve(job.clickerId());
        if (!job.confirm()) {
            if (!job.clickerId().equals(grant.get().requesterId()) && !role.role().covers(Role.ADMIN)) {
                tell(job, "Only the person who asked, or an admin, can cancel this restore.");
                return;
            }
            ledger.create("restore-cancelled#" + signature, Map.of("by", job.clickerId()), grant.get().expiry());
            notifier.updateCard(card, Reply.of("✋ Restore of `" + grant.get().instanceId() + "` cancelled by <@"
                    + job.clickerId() + ">. Nothing was changed."));
            audit.record(clicker, "restore", grant.get().instanceId(), "cancelled", null);
            return;
        }
        if (!role.role().covers(Role.ADMIN)) {
            audit.record(clicker, "restore", grant.get().instanceId(), "refused:needs-admin", null);
            tell(job, Denials.roleNeeded("restore", Role.ADMIN) + role.note().map(n -> "\n" + n).orElse(""));
            return;
        }
        if (ledger.read("restore-cancelled#" + signature).isPresent()) {
            tell(job, "This restore was cancelled, so this button no longer restores. Run `/aura restore` again.");
            return;
        }
        // The first confirmation wins; the same click delivered again is the same job, and goes on.
        ledger.create("restore-confirmed#" + signature, Map.of("job", job.jobId()), grant.get().expiry());
        String first = ledger.read("restore-confirmed#" + signature).map(r -> r.get("job")).orElse(job.jobId());
        if (!first.equals(job.jobId())) {
            tell(job, "This restore was already confirmed; its card shows how it goes.");
            return;
        }
        confirm(job, clicker, grant.get());
    }

    private void confirm(RestoreDecisionJob job, Requester clicker, ConfirmationTokens.Grant grant) {
        Accepted accepted;
        Instance instance;
        try {
            instance = aura.instance(grant.instanceId(), Priority.INTERACTIVE);
            if (protectedInstances.covers(instance.id(), instance.name())) {
                audit.record(clicker, "restore", instance.id(), "refused:protected", null);
                tell(job, "`" + Markdown.escape(instance.name()) + "` is protected (`AURA_PROTECTED`): the bot never "
                        + "overwrites its data.");
                return;
            }
            accepted = aura.restore(instance.id(), grant.snapshotId(), Priority.INTERACTIVE);
        } catch (AuraApiException e) {
            audit.record(clicker, "restore", grant.instanceId(), "refused:" + e.status(), e.requestId().orElse(null));
            tell(job, AuraProblems.explain(e) + " Run `/aura restore` again once that is fixed.");
            return;
        }
        audit.record(clicker, "restore", instance.id(), "accepted", accepted.requestId());
        String status = accepted.instance() == null || accepted.instance().status() == null ? "restoring"
                : accepted.instance().status().value();
        Card card = notifier.updateCard(job.card(), SnapshotCard.render("♻️ Restoring *" + Markdown.escape(instance.name())
                + "* from snapshot `" + Markdown.escape(grant.snapshotId()) + "`, confirmed by <@" + job.clickerId() + ">",
                instance.name(), instance.id(), grant.snapshotId(), "Completed", null));
        Requester requester = new Requester(job.teamId(), grant.requesterId(), grant.channelId());
        watches.start(job.jobId(), requester, instance.id(), instance.name(), card,
                WatchStarter.Target.of(WatchOperation.RESTORE, status));
    }

    private void tell(RestoreDecisionJob job, String text) {
        notifier.reply(new ReplyTarget(job.card().channelId(), job.clickerId(), job.card().responseUrl()), Reply.of(text));
    }
}
