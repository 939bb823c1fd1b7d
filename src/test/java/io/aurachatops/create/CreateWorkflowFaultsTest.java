package io.aurachatops.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.InstanceRequest;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.ParsedCommand;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.ledger.InProcessLedger;
import io.aurachatops.leases.Leases;
import io.aurachatops.support.TestLeaseSettings;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.support.FakeAura;
import io.aurachatops.support.FakeTime;
import io.aurachatops.support.FakeVault;
import io.aurachatops.support.RecordingNotifier;
import io.aurachatops.support.TestWatchSettings;
import io.aurachatops.vault.InstanceCredentials;
import io.aurachatops.watch.WatchSettings;
import io.aurachatops.watch.WatchStarter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two faults at once, with fakes: the vault is down and the queue refuses the clean-up job. */
class CreateWorkflowFaultsTest {

    final FakeTime time = new FakeTime();
    final FakeAura aura = new FakeAura();
    final FakeVault vault = new FakeVault();
    final RecordingNotifier notifier = new RecordingNotifier();
    final JobQueue refusingQueue = (job, delay) -> {
        throw new IllegalStateException("the queue refused the message");
    };
    final WatchSettings watch = new TestWatchSettings();
    final CreateWorkflow workflow = new CreateWorkflow(aura, vault, notifier, () -> refusingQueue,
            new WatchStarter(() -> refusingQueue, watch, time), time,
            new AuditLog(() -> new RunSettings(Map.of()), () -> notifier), () -> Duration.ofSeconds(20),
            new InProcessLedger(time), new Leases(new InProcessLedger(time), time, new TestLeaseSettings()),
            java.util.List.of());
    final CommandContext context = new CommandContext(new ParsedCommand("create", Map.of("name", "twofold")),
            new Requester("T1", "U1", "C1"), "job-1", time.now(), new ReplyTarget("C1", "U1", null));

    @Test
    void theInstanceIsDeletedDirectlyOnceAuraAllowsItAndUntilThenTheJobFails() {
        vault.down = true;

        // First delivery: Aura is still creating it, so it cannot be deleted yet; the job must fail, not end.
        assertThrows(IllegalStateException.class, () -> workflow.create(context, new InstanceRequest("twofold", "t",
                "professional-db", "gcp", "europe-west1", "4GB", "5")));
        String id = aura.statuses.keySet().iterator().next();
        assertEquals("creating", aura.statuses.get(id));
        assertTrue(notifier.finished.isEmpty(), "no final card while the instance is still alive");

        // The message comes back minutes later; by then the instance is running and the vault still down.
        aura.statuses.put(id, "running");
        time.advance(Duration.ofMinutes(6));
        workflow.resume(context, new InstanceSummary(id, "twofold", "t", "gcp", Instant.EPOCH.toString()));

        assertEquals(java.util.List.of(id), aura.deletes, "deleted once, without the queue");
        assertEquals(1, notifier.finished.size());
        String card = notifier.finished.get(0).summary() + notifier.finished.get(0).footnote();
        assertTrue(card.contains("Aura accepted its deletion"), card);
        assertFalse((notifier.updates + "" + notifier.finished).contains(FakeAura.PASSWORD));
    }

    @Test
    void aYoungInstanceOfTheSameNameWhoseSecretNamesAnotherJobIsNeitherResumedNorDeleted() {
        aura.statuses.put("other001", "running");
        vault.store(new InstanceCredentials("other001", "twofold", "t", "neo4j+s://other001", "neo4j", "pw", "U2",
                "job-of-someone-else"));

        workflow.resume(context, new InstanceSummary("other001", "twofold", "t", "gcp", time.now().toString()));

        assertTrue(aura.deletes.isEmpty(), "someone else's instance is never deleted");
        assertTrue(notifier.finished.isEmpty() && notifier.updates.isEmpty(), "and never shown as ours");
        assertTrue(notifier.replies.get(0).summary().contains("created moments ago by another request"),
                notifier.replies.get(0).summary());
    }
}
