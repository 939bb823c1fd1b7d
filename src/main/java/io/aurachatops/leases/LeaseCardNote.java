package io.aurachatops.leases;

import io.aurachatops.watch.CardNote;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** A leased instance's card says, to the end of its create, when the bot deletes it. */
@ApplicationScoped
public class LeaseCardNote implements CardNote {

    private final Leases leases;

    public LeaseCardNote(Leases leases) {
        this.leases = leases;
    }

    @Override
    public Optional<String> about(String instanceId) {
        return leases.of(instanceId).filter(Lease::active).map(lease -> "⌛ Leased: I delete it "
                + LeaseLength.when(lease.expiresAt()) + " unless it is extended (`/aura extend`).");
    }
}
