package io.aurachatops.lifecycle;

import io.aurachatops.access.ConfirmationClicks;
import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.Accepted;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.AuraProblems;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.DeleteDecisionJob;
import io.aurachatops.jobs.JobHandler;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.jobs.WatchOperation;
import io.aurachatops.leases.Leases;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.support.TimeSource;
import io.aurachatops.vault.CredentialVault;
import io.aurachatops.watch.WatchStarter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;

/**
 * A click on a delete card. Deletes only for a valid, unexpired token for this channel, clicked by someone
 * who is admin at that moment, on an instance that is not protected. A second click meets Aura's own
 * state (destroying, 409 or 404), so no second delete takes effect.
 */
@ApplicationScoped
public class DeleteDecisions implements JobHandler<DeleteDecisionJob> {

    private final ConfirmationTokens tokens;
    private final ConfirmationClicks clicks;
    private final AuraGateway aura;
    private final ProtectedInstances protectedInstances;
    private final Notifier notifier;
    private final WatchStarter watches;
    private final CredentialVault vault;
    private final AuditLog audit;
    private final TimeSource time;
    private final Ledger ledger;
    private final SafeDeletes safeDeletes;
    private final Leases leases;

    @SuppressWarnings("java:S107") // one collaborator per rule a delete must pass; splitting would hide the order
    public DeleteDecisions(ConfirmationTokens tokens, ConfirmationClicks clicks, AuraGateway aura,
            ProtectedInstances protectedInstances, Notifier notifier, WatchStarter watches, CredentialVault vault,
            AuditLog audit, TimeSource time, Ledger ledger, SafeDeletes safeDeletes, Leases leases) {
        this.leases = leases;
        this.safeDeletes = safeDeletes;
        this.ledger = ledger;
        this.tokens = tokens;
        this.clicks = clicks;
        this.aura = aura;
        this.protectedInstances = protectedInstances;
        this.notifier = notifier;
        this.watches = watches;
        this.vault = vault;
        this.audit = audit;
        this.time = time;
    }

    @Override
    public Class<DeleteDecisionJob> kind() {
        return DeleteDecisionJob.class;
    }

    @Override
    public void run(DeleteDecisionJob job) {
        ConfirmationClicks.Click click = new ConfirmationClicks.Click("delete", job.jobId(), job.confirm(),
                job.token(), job.clickerId(), job.teamId(), job.card());
        clicks.admit(click, tokens.verify(job.token(), job.card().channelId(), time.now())).ifPresent(grant ->
                confirm(job, new Requester(job.teamId(), job.clickerId(), job.card().channelId()), grant));
    }

    private void confirm(DeleteDecisionJob job, Requester clicker, ConfirmationTokens.Grant grant) {
        Instance instance;
        try {
            instance = aura.instance(grant.instanceId(), Priority.INTERACTIVE);
        } catch (AuraApiException e) {
            if (e.isNotFound()) {
                // Perhaps an earlier delivery of this click deleted it and stopped before the secret was retired.
                tell(job, "`" + grant.instanceId() + "` no longer exists: it has already been deleted."
                        + retireSecret(grant.instanceId()));
                return;
            }
            tell(job, AuraProblems.explain(e));
            return;
        }
        if (protectedInstances.covers(instance.id(), instance.name())) {
            audit.record(clicker, "delete", instance.id(), "refused:protected", null);
            tell(job, InstanceMessages.protectedInstance(instance));
            return;
        }
        if (instance.status().isBeingDeleted()) {
            // An earlier delivery of this click may have sent the DELETE and stopped before its watch was
            // queued: the first to get here watches it to the end, so the card and the secret are finished.
            if (firstWatch(instance.id())) {
                startWatch(job, grant, instance, job.card());
            }
            tell(job, InstanceMessages.name(instance) + " is already being deleted.");
            return;
        }
        if (job.cloneFirst()) {
            if ("free-db".equals(instance.type())) {
                tell(job, InstanceMessages.name(instance) + " is a `free-db` instance, and Aura does not clone free "
                        + "instances. Use Delete if its data may go.");
                return;
            }
            safeDeletes.start(job.jobId(), clicker, instance, job.card());
            return;
        }
        Accepted accepted;
        try {
            accepted = aura.delete(instance.id(), Priority.INTERACTIVE);
        } catch (AuraApiException e) {
            audit.record(clicker, "delete", instance.id(), "refused:" + e.status(), e.requestId().orElse(null));
            tell(job, e.isNotFound() ? InstanceMessages.name(instance) + " has already been deleted."
                    : e.isBusy() ? InstanceMessages.name(instance) + " is already being deleted, or busy: "
                            + Markdown.escape(e.getMessage())
                            : AuraProblems.explain(e));
            return;
        }
        audit.record(clicker, "delete", instance.id(), "accepted", accepted.requestId());
        leases.end(instance.id(), "deleted");
        Card card = notifier.updateCard(job.card(), InstanceMessages.card(instance).withStatus("destroying")
                .render("🗑️ Deleting *" + Markdown.escape(instance.name()) + "*, confirmed by <@" + job.clickerId() + ">",
                        null));
        if (firstWatch(instance.id())) {
            startWatch(job, grant, instance, card);
        }
    }

    private void startWatch(DeleteDecisionJob job, ConfirmationTokens.Grant grant, Instance instance, Card card) {
        Requester requester = new Requester(job.teamId(), grant.requesterId(), grant.channelId());
        watches.start(job.jobId(), requester, instance.id(), instance.name(), card, new WatchStarter.Target(
                WatchOperation.DELETE, "destroying", vault.secretName(instance.id()), null, null, null, job.clickerId()));
    }

    /** One watch per deleted instance, however often the click is delivered. */
    private boolean firstWatch(String instanceId) {
        return ledger.create("delete-watch#" + instanceId, Map.of(), time.now().plus(Duration.ofHours(1)));
    }

    /** Schedules the secret of an instance that is gone, if it is still there; says what happened. */
    private String retireSecret(String instanceId) {
        return vault.retireSecret(instanceId) ? " Its credentials secret `" + vault.secretName(instanceId) + "` is now "
                + "scheduled for deletion with a 7-day recovery window." : "";
    }

    private void tell(DeleteDecisionJob job, String text) {
        notifier.reply(new ReplyTarget(job.card().channelId(), job.clickerId(), job.card().responseUrl()), Reply.of(text));
    }
}
