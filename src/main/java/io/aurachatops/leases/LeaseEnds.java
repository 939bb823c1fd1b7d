package io.aurachatops.leases;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.Accepted;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.JobHandler;
import io.aurachatops.jobs.LeaseJob;
import io.aurachatops.jobs.WatchOperation;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.support.TimeSource;
import io.aurachatops.vault.CredentialVault;
import io.aurachatops.watch.InstanceCard;
import io.aurachatops.watch.WatchStarter;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Runs what the sweep found due. A reminder goes to the owner in the create card's thread. A lease that ran
 * out is claimed in the ledger by this job (so two reapers delete once, and a lease extended meanwhile is left
 * alone), then its instance is deleted and watched until gone, which retires its secret and finishes the card.
 * A protected instance is never reaped; a busy one is handed back for the next sweep.
 */
@ApplicationScoped
public class LeaseEnds implements JobHandler<LeaseJob> {

    private final Leases leases;
    private final AuraGateway aura;
    private final ProtectedInstances protectedInstances;
    private final Notifier notifier;
    private final WatchStarter watches;
    private final CredentialVault vault;
    private final AuditLog audit;
    private final Ledger ledger;
    private final TimeSource time;
    private final ConfirmationTokens tokens;
    private final LeaseSettings settings;

    @SuppressWarnings("java:S107") // a reap touches the ledger, Aura, Slack, the vault and the audit trail
    public LeaseEnds(Leases leases, AuraGateway aura, ProtectedInstances protectedInstances, Notifier notifier,
            WatchStarter watches, CredentialVault vault, AuditLog audit, Ledger ledger, TimeSource time,
            ConfirmationTokens tokens, LeaseSettings settings) {
        this.leases = leases;
        this.aura = aura;
        this.protectedInstances = protectedInstances;
        this.notifier = notifier;
        this.watches = watches;
        this.vault = vault;
        this.audit = audit;
        this.ledger = ledger;
        this.time = time;
        this.tokens = tokens;
        this.settings = settings;
    }

    @Override
    public Class<LeaseJob> kind() {
        return LeaseJob.class;
    }

    @Override
    public void run(LeaseJob job) {
        for (String instanceId : job.instanceIds()) {
            Optional<Lease> lease = leases.of(instanceId).filter(l -> !Lease.ENDED.equals(l.state()));
            if (lease.isEmpty()) {
                continue;
            }
            if (LeaseJob.REMIND.equals(job.action())) {
                remind(lease.get());
            } else {
                reap(lease.get(), job.jobId());
            }
        }
    }

    private void remind(Lease lease) {
        if (lease.active() && lease.expiresAt().isAfter(time.now())) {
            notifier.threadReply(LeaseMessages.card(lease), LeaseMessages.reminder(lease, tokens, settings.extendBy()));
        }
    }

    /** Deletes the instance of a lease that ran out, at most once whoever else tries. */
    public void reap(Lease lease, String jobId) {
        if (lease.active() && lease.expiresAt().isAfter(time.now())) {
            return; // extended since the sweep looked
        }
        Requester owner = new Requester("-", lease.ownerId(), lease.channelId());
        if (protectedInstances.covers(lease.instanceId(), lease.name())) {
            leases.end(lease.instanceId(), "protected");
            audit.record(owner, "lease", lease.instanceId(), "kept:protected", null);
            notifier.threadReply(LeaseMessages.card(lease), Reply.of("🛡️ <@" + lease.ownerId() + ">, the lease of "
                    + LeaseMessages.name(lease) + " ran out, but it is protected (`AURA_PROTECTED`), so I left it "
                    + "running. Delete it yourself when it is no longer needed."));
            return;
        }
        if (!leases.claim(lease, jobId)) {
            return; // another reaper has it, or it was extended a moment ago
        }
        Lease claimed = leases.of(lease.instanceId()).orElse(lease);
        Instance instance;
        try {
            instance = aura.instance(lease.instanceId(), Priority.BACKGROUND);
        } catch (AuraApiException e) {
            if (e.isNotFound()) {
                gone(lease);
                return;
            }
            Log.warnf("Lease of %s ran out, but Aura could not be asked (%s); the next sweep tries again",
                    lease.instanceId(), e.getMessage());
            leases.release(claimed);
            return;
        }
        if (instance.status().isBeingDeleted()) {
            // An earlier run of this job sent the DELETE (or someone deleted it): make sure it is watched once.
            watchOnce(lease, instance, jobId, LeaseMessages.card(lease));
            leases.end(lease.instanceId(), "reaped");
            return;
        }
        Accepted accepted;
        try {
            accepted = aura.delete(lease.instanceId(), Priority.BACKGROUND);
        } catch (AuraApiException e) {
            if (e.isNotFound()) {
                gone(lease);
                return;
            }
            Log.warnf("Lease of %s ran out, but Aura refused the delete (%s); the next sweep tries again",
                    lease.instanceId(), e.getMessage());
            leases.release(claimed);
            return;
        }
        audit.record(owner, "delete", lease.instanceId(), "lease-ran-out", accepted.requestId());
        Card card = showDeleting(lease, instance);
        watchOnce(lease, instance, jobId, card);
        leases.end(lease.instanceId(), "reaped");
    }

    private Card showDeleting(Lease lease, Instance instance) {
        InstanceCard shown = new InstanceCard(instance.name(), instance.id(), instance.type(), instance.cloudProvider(),
                instance.region(), instance.memory(), "destroying", null, null, null);
        Reply content = shown.render("⌛ The lease of *" + Markdown.escape(lease.name())
                + "* ran out: deleting it", "<@" + lease.ownerId() + ">'s lease ended " + LeaseLength.when(
                        lease.expiresAt()) + ".");
        Card card = LeaseMessages.card(lease);
        return card.inChannel() ? notifier.updateCard(card, content)
                : notifier.postCard(new ReplyTarget(lease.channelId(), lease.ownerId(), null), content);
    }

    private void watchOnce(Lease lease, Instance instance, String jobId, Card card) {
        if (ledger.create("lease-watch#" + lease.instanceId(), Map.of("job", jobId), time.now().plus(Duration.ofHours(2)))) {
            watches.start(jobId, new Requester("-", lease.ownerId(), lease.channelId()), instance.id(), instance.name(),
                    card, new WatchStarter.Target(WatchOperation.DELETE, "destroying", vault.secretName(instance.id()),
                            null, "its lease ran out", null, lease.ownerId()));
        }
    }

    /** Deleted by someone else already: the lease ends quietly, and a secret left behind is retired. */
    private void gone(Lease lease) {
        leases.end(lease.instanceId(), "gone");
        try {
            vault.retireSecret(lease.instanceId());
        } catch (RuntimeException e) {
            Log.warnf("Could not retire the secret of deleted %s: %s", lease.instanceId(), e.getMessage());
        }
    }
}
