package io.aurachatops.leases;

import io.aurachatops.jobs.ButtonAction;
import io.aurachatops.jobs.ButtonClickJob;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;

/** The reminder's Delete button: the lease ends now, and the instance goes the way an expired lease's goes. */
@ApplicationScoped
public class EndLeaseButton implements ButtonAction {

    private final LeaseClicks clicks;
    private final Leases leases;
    private final LeaseEnds ends;
    private final Notifier notifier;

    public EndLeaseButton(LeaseClicks clicks, Leases leases, LeaseEnds ends, Notifier notifier) {
        this.clicks = clicks;
        this.leases = leases;
        this.ends = ends;
        this.notifier = notifier;
    }

    @Override
    public java.util.Set<String> actionIds() {
        return java.util.Set.of(LeaseMessages.END_ACTION);
    }

    @Override
    public void clicked(ButtonClickJob click) {
        clicks.admit(click, LeaseMessages.END, "delete").ifPresent(lease -> {
            var ended = leases.expireNow(lease.instanceId());
            if (ended.isEmpty()) {
                clicks.tell(click, LeaseMessages.name(lease) + " changed meanwhile; its card shows where it stands.");
                return;
            }
            notifier.updateCard(click.card(), Reply.of("🗑️ <@" + click.clickerId() + "> ended the lease of "
                    + LeaseMessages.name(lease) + "; it is being deleted."));
            ends.reap(ended.get(), click.jobId());
        });
    }
}
