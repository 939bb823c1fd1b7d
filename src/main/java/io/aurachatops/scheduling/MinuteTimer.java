package io.aurachatops.scheduling;

import io.aurachatops.approvals.Approvals;
import io.aurachatops.leases.LeaseSweep;
import io.aurachatops.schedule.PauseNotice;
import io.aurachatops.support.TimeSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The local server's every-minute work, which on Lambda the 5-minute tick does: the lease sweep, the notice
 * before a nightly pause, and the expiry of approvals nobody decided. Both are recorded in the ledger, so overlapping windows do nothing twice.
 */
@ApplicationScoped
public class MinuteTimer {

    static final Duration WINDOW = Duration.ofMinutes(2);

    private final LeaseSweep leases;
    private final PauseNotice notices;
    private final Approvals approvals;
    private final TimeSource time;

    public MinuteTimer(LeaseSweep leases, PauseNotice notices, Approvals approvals, TimeSource time) {
        this.approvals = approvals;
        this.leases = leases;
        this.notices = notices;
        this.time = time;
    }

    @Scheduled(every = "60s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMinute() {
        notices.announceDue(time.now(), WINDOW);
        leases.sweep(time.now());
        approvals.expireDue(time.now());
    }
}
