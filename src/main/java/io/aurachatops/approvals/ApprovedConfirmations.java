package io.aurachatops.approvals;

import io.aurachatops.command.CommandContext;
import io.aurachatops.jobs.Job;
import io.aurachatops.jobs.JobQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.util.function.Function;

/**
 * An approved delete, restore or overwrite still posts its confirmation card, but needs no second click: the
 * approver's Approve stands for Confirm. The confirmation is queued as their click, so it is checked as one
 * (their role now, the token, one decision per card).
 */
@ApplicationScoped
public class ApprovedConfirmations {

    private final Provider<JobQueue> queue;

    public ApprovedConfirmations(Provider<JobQueue> queue) {
        this.queue = queue;
    }

    /**
     * Who confirms the card: "Any admin may confirm within 10 minutes", or, for an approved request, the
     * approver at once (the buttons stay, in case their confirmation is refused).
     */
    public String whoConfirms(CommandContext context) {
        return context.command().arg(Approvals.APPROVER_ARG).map(approver -> "Approved by <@" + approver
                + ">, so it is confirmed in their name now.").orElse("Any admin may confirm within 10 minutes.");
    }

    /** If {@code context} runs an approved request, queues {@code confirmedBy} the approver. */
    public void confirmIfApproved(CommandContext context, Function<String, Job> confirmedBy) {
        context.command().arg(Approvals.APPROVER_ARG).ifPresent(approver -> queue.get().submit(
                confirmedBy.apply(approver)));
    }
}
