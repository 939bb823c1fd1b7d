package io.aurachatops.leases;

import io.aurachatops.audit.AuditLog;
import io.aurachatops.jobs.ButtonAction;
import io.aurachatops.jobs.ButtonClickJob;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;

/** The reminder's Extend button: adds {@code AURA_LEASE_EXTEND_BY} to the lease. */
@ApplicationScoped
public class ExtendLeaseButton implements ButtonAction {

    private final LeaseClicks clicks;
    private final Leases leases;
    private final LeaseSettings settings;
    private final Notifier notifier;
    private final AuditLog audit;

    public ExtendLeaseButton(LeaseClicks clicks, Leases leases, LeaseSettings settings, Notifier notifier,
            AuditLog audit) {
        this.clicks = clicks;
        this.leases = leases;
        this.settings = settings;
        this.notifier = notifier;
        this.audit = audit;
    }

    @Override
    public java.util.Set<String> actionIds() {
        return java.util.Set.of(LeaseMessages.EXTEND_ACTION);
    }

    @Override
    public void clicked(ButtonClickJob click) {
        clicks.admit(click, LeaseMessages.EXTEND, "extend").ifPresent(lease -> {
            Leases.Extension extension = leases.extend(lease.instanceId(), settings.extendBy());
            if (extension.lease().isEmpty()) {
                clicks.tell(click, LeaseMessages.name(lease) + " " + extension.refusal() + ".");
                return;
            }
            audit.record(click.clicker(), "extend", lease.instanceId(), "extended", null);
            notifier.updateCard(click.card(), Reply.of("✅ The lease of " + LeaseMessages.name(lease) + " now runs out "
                    + LeaseLength.when(extension.lease().get().expiresAt()) + ", extended by <@" + click.clickerId()
                    + ">."));
        });
    }
}
