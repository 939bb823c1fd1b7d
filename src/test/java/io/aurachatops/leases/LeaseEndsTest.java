package io.aurachatops.leases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.access.ProtectedInstances;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.jobs.Job;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.LeaseJob;
import io.aurachatops.jobs.WatchJob;
import io.aurachatops.jobs.WatchOperation;
import io.aurachatops.ledger.InProcessLedger;
import io.aurachatops.reply.Reply;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.support.FakeAura;
import io.aurachatops.support.FakeTime;
import io.aurachatops.support.FakeVault;
import io.aurachatops.support.RecordingNotifier;
import io.aurachatops.support.TestLeaseSettings;
import io.aurachatops.support.TestWatchSettings;
import io.aurachatops.vault.InstanceCredentials;
import io.aurachatops.watch.WatchStarter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sweep and the reaper with fakes: exactly once, extended survives, protected stays, busy waits. */
class LeaseEndsTest {

    final FakeTime time = new FakeTime();
    final FakeAura aura = new FakeAura();
    final FakeVault vault = new FakeVault();
    final RecordingNotifier notifier = new RecordingNotifier();
    final List<Job> queued = new ArrayList<>();
    final JobQueue queue = (job, delay) -> queued.add(job);
    final InProcessLedger ledger = new InProcessLedger(time);
    final Leases leases = new Leases(ledger, time, new TestLeaseSettings());
    final ConfirmationTokens tokens = new ConfirmationTokens(() -> "test-signing-secret");
    final LeaseSweep sweep = new LeaseSweep(leases, new TestLeaseSettings(), () -> queue);
    final LeaseEnds ends = new LeaseEnds(leases, aura, new ProtectedInstances(List.of("prod-*")), notifier,
            new WatchStarter(() -> queue, new TestWatchSettings(), time), vault,
            new AuditLog(() -> new RunSettings(Map.of()), () -> notifier), ledger, time, tokens,
            new TestLeaseSettings());

    @Test
    void twoSweepsAndTheirReapersDeleteAnExpiredInstanceExactlyOnce() {
        lease("a1", "ci-run", Duration.ofHours(2));
        time.advance(Duration.ofHours(2).plusMinutes(1));

        sweep.sweep(time.now());
        sweep.sweep(time.now());
        List<LeaseJob> reapers = jobs(LeaseJob.REAP);
        assertEquals(2, reapers.size(), "two sweeps at once each queue a reaper");
        reapers.forEach(ends::run);
        reapers.forEach(ends::run); // and each is delivered twice

        assertEquals(List.of("a1"), aura.deletes, "deleted once");
        List<WatchJob> watches = queued.stream().filter(WatchJob.class::isInstance).map(WatchJob.class::cast).toList();
        assertEquals(1, watches.size(), "watched once, so one final card and one secret retirement");
        assertEquals(WatchOperation.DELETE, watches.get(0).operation());
        assertEquals("its lease ran out", watches.get(0).reason());
        assertTrue(leases.running().isEmpty());
        String card = notifier.updates.get(notifier.updates.size() - 1).summary();
        assertTrue(card.contains("lease of *ci-run* ran out"), card);
    }

    @Test
    void aLeaseExtendedAfterTheSweepSurvives() {
        lease("a1", "ci-run", Duration.ofHours(2));
        time.advance(Duration.ofHours(3));
        sweep.sweep(time.now());
        assertTrue(leases.extend("a1", Duration.ofHours(4)).lease().isPresent());

        jobs(LeaseJob.REAP).forEach(ends::run);

        assertTrue(aura.deletes.isEmpty());
        assertEquals("running", aura.statuses.get("a1"));
        assertTrue(leases.of("a1").orElseThrow().active());
    }

    @Test
    void aProtectedInstanceIsNeverReapedAndItsOwnerIsTold() {
        lease("p1", "prod-orders", Duration.ofHours(1));
        time.advance(Duration.ofHours(2));
        sweep.sweep(time.now());
        jobs(LeaseJob.REAP).forEach(ends::run);

        assertTrue(aura.deletes.isEmpty());
        assertTrue(leases.running().isEmpty(), "the lease ends, so the next sweep does not ask again");
        assertTrue(said().contains("it is protected"), said());
    }

    @Test
    void aBusyInstanceIsHandedBackAndReapedByALaterSweep() {
        lease("b1", "busy-one", Duration.ofHours(1));
        aura.statuses.put("b1", "creating"); // FakeAura answers a delete of a creating instance with 409
        time.advance(Duration.ofHours(2));
        sweep.sweep(time.now());
        jobs(LeaseJob.REAP).forEach(ends::run);
        assertTrue(aura.deletes.isEmpty());
        assertTrue(leases.of("b1").orElseThrow().active(), "released for the next sweep");

        aura.statuses.put("b1", "running");
        queued.clear();
        sweep.sweep(time.now());
        jobs(LeaseJob.REAP).forEach(ends::run);
        assertEquals(List.of("b1"), aura.deletes);
    }

    @Test
    void anInstanceAlreadyGoneEndsItsLeaseAndRetiresItsSecret() {
        lease("g1", "gone-one", Duration.ofHours(1));
        vault.store(new InstanceCredentials("g1", "gone-one", "t", "neo4j+s://g1", "neo4j", "pw", "U1", "job-0"));
        aura.statuses.remove("g1");
        time.advance(Duration.ofHours(2));
        sweep.sweep(time.now());
        jobs(LeaseJob.REAP).forEach(ends::run);

        assertTrue(leases.running().isEmpty());
        assertTrue(vault.scheduledForDeletion.contains("g1"));
        assertTrue(aura.deletes.isEmpty());
    }

    @Test
    void theOwnerIsRemindedOnceWithWorkingExtendAndDeleteButtons() {
        lease("r1", "remind-me", Duration.ofHours(8));
        time.advance(Duration.ofHours(6));
        sweep.sweep(time.now());
        assertTrue(jobs(LeaseJob.REMIND).isEmpty(), "not yet: two hours left");

        time.advance(Duration.ofMinutes(61));
        sweep.sweep(time.now());
        sweep.sweep(time.now());
        List<LeaseJob> reminders = jobs(LeaseJob.REMIND);
        assertEquals(1, reminders.size(), "one reminder per expiry, however many sweeps");
        reminders.forEach(ends::run);

        Reply reminder = notifier.replies.get(notifier.replies.size() - 1);
        assertTrue(reminder.summary().contains("<@U1>") && reminder.summary().contains("*remind-me*"), reminder.summary());
        assertEquals(List.of(LeaseMessages.EXTEND_ACTION, LeaseMessages.END_ACTION),
                reminder.buttons().stream().map(b -> b.actionId()).toList());
        assertTrue(tokens.verifyAction(reminder.buttons().get(0).value(), LeaseMessages.EXTEND, "C1", time.now())
                .isPresent());
        assertFalse(tokens.verifyAction(reminder.buttons().get(0).value(), LeaseMessages.END, "C1", time.now())
                .isPresent(), "an Extend token does not pass for Delete");
        assertFalse(tokens.verifyAction(reminder.buttons().get(0).value(), LeaseMessages.EXTEND, "C2", time.now())
                .isPresent(), "nor in another channel");
    }

    @Test
    void aShortLeaseIsRemindedHalfwayRatherThanAtOnce() {
        lease("s1", "short", Duration.ofMinutes(30));
        sweep.sweep(time.now());
        assertTrue(jobs(LeaseJob.REMIND).isEmpty());
        time.advance(Duration.ofMinutes(16));
        sweep.sweep(time.now());
        assertEquals(1, jobs(LeaseJob.REMIND).size());
    }

    private void lease(String id, String name, Duration length) {
        aura.statuses.put(id, "running");
        leases.start(id, name, "t", "U1", "C1", "1.0", length);
    }

    private List<LeaseJob> jobs(String action) {
        return queued.stream().filter(LeaseJob.class::isInstance).map(LeaseJob.class::cast)
                .filter(j -> j.action().equals(action)).toList();
    }

    private String said() {
        return notifier.replies.stream().map(Reply::summary).toList().toString();
    }
}
