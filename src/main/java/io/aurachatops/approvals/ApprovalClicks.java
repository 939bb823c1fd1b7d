package io.aurachatops.approvals;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.Role;
import io.aurachatops.access.RoleResolver;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.ButtonAction;
import io.aurachatops.jobs.ButtonClickJob;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Approve and Deny on an approval card. Checked at click time: a genuine token for this channel; Approve only by
 * an admin who is not the requester, Deny by an admin or the requester; and only while the request is pending.
 * Every refusal is answered privately and audited. An approval queues the very command that was asked for.
 */
@ApplicationScoped
public class ApprovalClicks implements ButtonAction {

    private final Approvals approvals;
    private final RoleResolver roles;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Provider<JobQueue> queue;
    private final TimeSource time;

    public ApprovalClicks(Approvals approvals, RoleResolver roles, Notifier notifier, AuditLog audit,
            Provider<JobQueue> queue, TimeSource time) {
        this.approvals = approvals;
        this.roles = roles;
        this.notifier = notifier;
        this.audit = audit;
        this.queue = queue;
        this.time = time;
    }

    @Override
    public Set<String> actionIds() {
        return Set.of(Approvals.APPROVE_ACTION, Approvals.DENY_ACTION);
    }

    @Override
    public void clicked(ButtonClickJob click) {
        boolean approve = click.actionId().equals(Approvals.APPROVE_ACTION);
        String verb = approve ? "approve" : "deny";
        Requester clicker = click.clicker();
        Optional<ConfirmationTokens.Grant> grant = approvals.verify(click.value(), approve ? Approvals.APPROVE
                : Approvals.DENY, click.card().channelId());
        Optional<Approvals.Request> request = grant.flatMap(g -> approvals.read(g.instanceId()));
        if (request.isEmpty()) {
            refuse(click, clicker, verb, null, "refused:invalid-token", "This approval is no longer open: it expired, "
                    + "or the button was not made for this channel. Run the command again if it is still needed.");
            return;
        }
        Approvals.Request asked = request.get();
        String requester = asked.requester().userId();
        if (!asked.state().equals(Approvals.PENDING)) {
            refuse(click, clicker, verb, asked, "refused:" + asked.state(), "This request was already " + asked.state()
                    + (asked.by() == null ? "" : " by <@" + asked.by() + ">") + "; a decision is final.");
            return;
        }
        boolean admin = roles.resolve(click.clickerId()).role().covers(Role.ADMIN);
        if (approve && click.clickerId().equals(requester)) {
            refuse(click, clicker, verb, asked, "refused:self-approval", "You asked for this, so another admin has to "
                    + "approve it. You can still deny it.");
            return;
        }
        if (!admin && !(click.clickerId().equals(requester) && !approve)) {
            refuse(click, clicker, verb, asked, "refused:needs-admin", approve ? "Only an admin can approve this."
                    : "Only an admin or <@" + requester + ">, who asked, can deny this.");
            return;
        }
        if (!approvals.decide(asked, approve ? "approved" : "denied", click.clickerId())) {
            String now = approvals.read(asked.id()).map(Approvals.Request::state).orElse("closed");
            refuse(click, clicker, verb, asked, "refused:" + now, "Someone decided a moment before you: this request "
                    + "is " + now + ".");
            return;
        }
        String command = Markdown.escape(asked.command());
        Approvals.cardOf(asked).or(() -> Optional.of(click.card())).ifPresent(card -> notifier.updateCard(card,
                Reply.of(approve ? "✅ `" + command + "` asked by <@" + requester + ">, approved by <@"
                        + click.clickerId() + ">. Running it now: its card follows, or <@" + requester
                        + "> is told why it could not run."
                        : "❌ `" + command + "` asked by <@" + requester + ">, denied by <@" + click.clickerId()
                                + ">. Nothing was done.")));
        audit.record(clicker, asked.verb(), asked.args().getOrDefault("instance", asked.args().get("name")),
                (approve ? "approved" : "denied") + ":requested-by-" + requester, null);
        if (approve) {
            Map<String, String> args = new HashMap<>(asked.args());
            args.put(Approvals.APPROVAL_ARG, asked.id());
            args.put(Approvals.APPROVER_ARG, click.clickerId());
            // No reply URL: the card's is the approver's, and the command's private answers are the requester's.
            queue.get().submit(new CommandJob(asked.id() + "-approved", time.now().toString(), asked.verb(), args,
                    asked.requester(), null));
        }
    }

    private void refuse(ButtonClickJob click, Requester clicker, String verb, Approvals.Request request, String outcome,
            String text) {
        audit.record(clicker, verb, request == null ? null : request.args().getOrDefault("instance",
                request.args().get("name")), outcome, null);
        notifier.reply(click.replyTarget(),
                Reply.of(text));
    }
}
