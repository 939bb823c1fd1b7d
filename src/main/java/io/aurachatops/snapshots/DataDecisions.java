package io.aurachatops.snapshots;

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
import io.aurachatops.jobs.DataDecisionJob;
import io.aurachatops.jobs.JobHandler;
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
import java.util.Optional;

/**
 * A click on a restore or overwrite card. Acts only for a valid, unexpired token for this channel, clicked by
 * someone who is admin at that moment, on an instance that is not protected, once per card: the first
 * confirmation is recorded in the ledger, and a cancelled card stays cancelled.
 */
@ApplicationScoped
public class DataDecisions implements JobHandler<DataDecisionJob> {

    private final ConfirmationTokens tokens;
    private final ConfirmationClicks clicks;
    private final AuraGateway aura;
    private final ProtectedInstances protectedInstances;
    private final Notifier notifier;
    private final WatchStarter watches;
    private final AuditLog audit;
    private final TimeSource time;
    private final Ledger ledger;

    @SuppressWarnings("java:S107") // one collaborator per rule a restore or an overwrite must pass
    public DataDecisions(ConfirmationTokens tokens, ConfirmationClicks clicks, AuraGateway aura,
            ProtectedInstances protectedInstances, Notifier notifier, WatchStarter watches, AuditLog audit,
            TimeSource time, Ledger ledger) {
        this.tokens = tokens;
        this.clicks = clicks;
        this.aura = aura;
        this.protectedInstances = protectedInstances;
        this.notifier = notifier;
        this.watches = watches;
        this.audit = audit;
        this.time = time;
        this.ledger = ledger;
    }

    @Override
    public Class<DataDecisionJob> kind() {
        return DataDecisionJob.class;
    }

    @Override
    public void run(DataDecisionJob job) {
        // The token says what the card confirms: a restore token never passes as an overwrite, nor the reverse.
        boolean overwrite = job.token() != null && job.token().startsWith("o1.");
        String verb = overwrite ? "overwrite" : "restore";
        ConfirmationClicks.Click click = new ConfirmationClicks.Click(verb, job.jobId(), job.confirm(), job.token(),
                job.clickerId(), job.teamId(), job.card());
        Optional<ConfirmationTokens.Grant> grant = clicks.admit(click, overwrite
                ? tokens.verifyOverwrite(job.token(), job.card().channelId(), time.now())
                : tokens.verifyRestore(job.token(), job.card().channelId(), time.now()));
        if (grant.isEmpty()) {
            return;
        }
        // The first confirmation wins; the same click delivered again is the same job, and goes on.
        String first = ledger.read(ConfirmationClicks.confirmedKey(verb, job.token())).map(r -> r.get("job"))
                .orElse(job.jobId());
        if (!first.equals(job.jobId())) {
            clicks.tell(click, "This " + verb + " was already confirmed; its card shows how it went.");
            return;
        }
        confirm(job, verb, new Requester(job.teamId(), job.clickerId(), job.card().channelId()), grant.get());
    }

    private void confirm(DataDecisionJob job, String verb, Requester clicker, ConfirmationTokens.Grant grant) {
        boolean overwrite = verb.equals("overwrite");
        Accepted accepted;
        Instance instance;
        try {
            instance = aura.instance(grant.instanceId(), Priority.INTERACTIVE);
            if (protectedInstances.covers(instance.id(), instance.name())) {
                audit.record(clicker, verb, instance.id(), "refused:protected", null);
                tell(job, "`" + Markdown.escape(instance.name()) + "` is protected (`AURA_PROTECTED`): the bot never "
                        + "overwrites its data.");
                return;
            }
            accepted = overwrite ? aura.overwrite(instance.id(), grant.sourceId(), grant.snapshotId(), Priority.INTERACTIVE)
                    : aura.restore(instance.id(), grant.snapshotId(), Priority.INTERACTIVE);
        } catch (AuraApiException e) {
            audit.record(clicker, verb, grant.instanceId(), "refused:" + e.status(), e.requestId().orElse(null));
            // The card ends here, without buttons: this confirmation is spent.
            notifier.updateCard(job.card(), Reply.of("❌ The " + verb + " of `" + Markdown.escape(grant.instanceId())
                    + "` did not start: " + AuraProblems.explain(e) + " Run `/aura " + verb + "` again once that is "
                    + "fixed."));
            return;
        }
        audit.record(clicker, verb, instance.id(), "accepted", accepted.requestId());
        String status = accepted.instance() == null || accepted.instance().status() == null
                ? (overwrite ? "overwriting" : "restoring") : accepted.instance().status().value();
        String from = overwrite ? "the data of `" + Markdown.escape(grant.sourceId()) + "`"
                + (grant.snapshotId() == null ? "" : ", snapshot `" + Markdown.escape(grant.snapshotId()) + "`")
                : "snapshot `" + Markdown.escape(grant.snapshotId()) + "`";
        Card card = notifier.updateCard(job.card(), Reply.of("♻️ " + (overwrite ? "Overwriting" : "Restoring") + " *"
                + Markdown.escape(instance.name()) + "* with " + from + ", confirmed by <@" + job.clickerId() + ">"));
        Requester requester = new Requester(job.teamId(), grant.requesterId(), grant.channelId());
        watches.start(job.jobId(), requester, instance.id(), instance.name(), card,
                WatchStarter.Target.of(overwrite ? WatchOperation.OVERWRITE : WatchOperation.RESTORE, status));
    }

    private void tell(DataDecisionJob job, String text) {
        notifier.reply(new ReplyTarget(job.card().channelId(), job.clickerId(), job.card().responseUrl()), Reply.of(text));
    }
}
