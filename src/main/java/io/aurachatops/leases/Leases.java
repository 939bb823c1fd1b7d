package io.aurachatops.leases;

import io.aurachatops.ledger.Ledger;
import io.aurachatops.support.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The leases in the ledger: one record per leased instance, in the group {@code lease}. Every change is a
 * compare-and-set on the lease's version, so of an extend and a reaper (or two reapers) exactly one wins.
 */
@ApplicationScoped
public class Leases {

    static final String GROUP = "lease";
    /** An ended lease stays readable this long, so a late click or sweep finds it ended rather than absent. */
    static final Duration KEPT_AFTER = Duration.ofDays(7);

    private final Ledger ledger;
    private final TimeSource time;
    private final LeaseSettings settings;

    public Leases(Ledger ledger, TimeSource time, LeaseSettings settings) {
        this.ledger = ledger;
        this.time = time;
        this.settings = settings;
    }

    /** The length a create asks for, checked against {@code AURA_LEASE_MAX}. */
    public Duration length(String typed) {
        return LeaseLength.parse(typed, settings.max());
    }

    /** Records a new lease; a second start for the same instance (a redelivered create) keeps the first. */
    public Lease start(String instanceId, String name, String tenantId, String ownerId, String channelId, String cardTs,
            Duration length) {
        Instant now = time.now();
        Lease lease = new Lease(instanceId, name, tenantId, ownerId, channelId, cardTs, now, now.plus(length), 1,
                Lease.ACTIVE, null);
        if (!ledger.create(key(instanceId), lease.fields(), lease.expiresAt().plus(KEPT_AFTER), GROUP)) {
            return of(instanceId).orElse(lease);
        }
        return lease;
    }

    public Optional<Lease> of(String instanceId) {
        return ledger.read(key(instanceId)).map(Lease::of);
    }

    /** Leases still running (active, or being reaped), soonest expiry first. */
    public List<Lease> running() {
        return ledger.group(GROUP).stream().map(e -> Lease.of(e.fields())).filter(l -> !Lease.ENDED.equals(l.state()))
                .sorted(Comparator.comparing(Lease::expiresAt)).toList();
    }

    /** A running lease by instance id, or by name when exactly one running lease has it. */
    public Optional<Lease> find(String reference) {
        Optional<Lease> byId = of(reference).filter(l -> !Lease.ENDED.equals(l.state()));
        if (byId.isPresent()) {
            return byId;
        }
        List<Lease> named = running().stream().filter(l -> l.name().equals(reference)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The outcome of an extend: the lease as it now stands, or why not. */
    public record Extension(Optional<Lease> lease, String refusal) {
    }

    /** Adds {@code by} to the expiry (or to now, if it is already past), within {@code AURA_LEASE_MAX} from now. */
    public Extension extend(String instanceId, Duration by) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Lease> current = of(instanceId);
            if (current.isEmpty()) {
                return new Extension(Optional.empty(), "has no lease");
            }
            Lease lease = current.get();
            if (!lease.active()) {
                return new Extension(Optional.empty(), Lease.REAPING.equals(lease.state())
                        ? "is already being deleted: its lease ran out" : "has no running lease");
            }
            Instant now = time.now();
            Instant expiry = (lease.expiresAt().isAfter(now) ? lease.expiresAt() : now).plus(by);
            if (expiry.isAfter(now.plus(settings.max()))) {
                return new Extension(Optional.empty(), "would then live longer than " + LeaseLength.describe(settings.max())
                        + " from now, the most a lease may run (`AURA_LEASE_MAX`)");
            }
            Lease extended = lease.next(now, expiry, Lease.ACTIVE, null);
            if (swap(lease, extended)) {
                return new Extension(Optional.of(extended), null);
            }
        }
        return new Extension(Optional.empty(), "changed while I tried; try again");
    }

    /** Brings the expiry forward to now (the owner is done with it), so that it is reaped right away. */
    public Optional<Lease> expireNow(String instanceId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Lease> current = of(instanceId).filter(Lease::active);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Lease ended = current.get().next(current.get().since(), time.now(), Lease.ACTIVE, null);
            if (swap(current.get(), ended)) {
                return Optional.of(ended);
            }
        }
        return Optional.empty();
    }

    /** Claims a lease that ran out for this reaper job; true for exactly one job, and again for that same job. */
    public boolean claim(Lease lease, String jobId) {
        if (Lease.REAPING.equals(lease.state())) {
            return jobId.equals(lease.reaper());
        }
        return lease.active() && !lease.expiresAt().isAfter(time.now())
                && swap(lease, lease.next(lease.since(), lease.expiresAt(), Lease.REAPING, jobId));
    }

    /** Hands a claimed lease back (Aura was busy): the next sweep tries again. */
    public void release(Lease claimed) {
        swap(claimed, claimed.next(claimed.since(), claimed.expiresAt(), Lease.ACTIVE, null));
    }

    /** Ends a lease for good (its instance is deleted, gone, or protected); idempotent. */
    public void end(String instanceId, String why) {
        ledger.setOnce(key(instanceId), "ended", why);
    }

    /** Whether an owner reminder for this expiry is still to be sent; true once per lease expiry. */
    public boolean claimReminder(Lease lease) {
        return ledger.create("lease-reminder#" + lease.instanceId() + "#" + lease.expiresAt().getEpochSecond(),
                Map.of(), lease.expiresAt().plus(Duration.ofHours(1)));
    }

    private boolean swap(Lease from, Lease to) {
        return ledger.replace(key(from.instanceId()), "version", Long.toString(from.version()), to.fields(),
                to.expiresAt().plus(KEPT_AFTER));
    }

    private static String key(String instanceId) {
        return "lease#" + instanceId;
    }
}
