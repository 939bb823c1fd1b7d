package io.aurachatops.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.access.ConfirmationTokens;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.Job;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.WatchJob;
import io.aurachatops.jobs.WatchOperation;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Reply;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.support.FakeAura;
import io.aurachatops.support.FakeTime;
import io.aurachatops.support.FakeVault;
import io.aurachatops.support.RecordingNotifier;
import io.aurachatops.support.TestWatchSettings;
import io.aurachatops.vault.InstanceCredentials;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Watches with a fake Aura and a fake clock: what the last card of each ending says and offers. */
class WatchRunnerTest {

    final FakeTime time = new FakeTime();
    final FakeAura aura = new FakeAura();
    final RecordingNotifier notifier = new RecordingNotifier();
    final List<Job> queued = new ArrayList<>();
    final JobQueue queue = (job, delay) -> queued.add(job);
    final ConfirmationTokens tokens = new ConfirmationTokens(() -> "signing-secret");
    final FakeVault vault = new FakeVault();
    final WatchRunner runner = new WatchRunner(aura, notifier, () -> queue, new TestWatchSettings(), time,
            new AuditLog(() -> new RunSettings(Map.of()), () -> notifier), vault, new StuckCreates(tokens,
                    time, () -> new RunSettings(Map.of())), java.util.List.of(), new InstanceActions(tokens, aura, time, 16),
            java.util.List.of());

    @Test
    void aCreateStuckPastItsDeadlineEndsWithItsCostAndDeleteAndKeepButtons() {
        aura.statuses.put("abcd1234", "creating");
        WatchJob job = createWatch();
        time.advance(Duration.ofMinutes(31));

        runner.run(job);

        assertTrue(queued.isEmpty(), "the watch ends: " + queued);
        Reply card = notifier.finished.get(0);
        assertTrue(card.summary().contains("still `creating` after 30 min"), card.summary());
        assertTrue(card.footnote().contains("about $0.36 an hour ($9 a day)"), card.footnote());
        assertEquals(List.of(ConfirmationTokens.DELETE_CONFIRM, ConfirmationTokens.DELETE_CANCEL), card.buttons().stream().map(Button::actionId)
                .toList());
        String token = card.buttons().get(0).value();
        assertTrue(tokens.verify(token, "C1", time.now().plus(Duration.ofHours(23))).isPresent(),
                "an admin can still delete it the next day");
        assertEquals("abcd1234", tokens.verify(token, "C1", time.now()).orElseThrow().instanceId());
    }

    @Test
    void aCreateThatIsRunningWhenTheDeadlinePassesStillEndsRunning() {
        aura.statuses.put("abcd1234", "running");
        WatchJob job = createWatch();
        time.advance(Duration.ofMinutes(31));

        runner.run(job);

        assertTrue(notifier.finished.get(0).summary().contains("is running"), notifier.finished.get(0).summary());
        assertTrue(notifier.finished.get(0).buttons().stream().allMatch(b -> b.actionId().startsWith(
                InstanceActions.PREFIX)), "not the stuck card's Delete and Keep: only the running instance's actions");
    }

    @Test
    void aCreateWhoseLookUpFailsAtTheDeadlineIsStillOfferedForDeletion() {
        aura.callsLeft = 0;
        WatchJob job = createWatch();
        time.advance(Duration.ofMinutes(31));

        try {
            runner.run(job);
        } catch (RuntimeException outOfTime) {
            // the budget ran out: the job is run again later, as the worker would
        }
        aura.callsLeft = Integer.MAX_VALUE;
        aura.statuses.put("abcd1234", "creating");
        runner.run(job);

        assertEquals(1, notifier.finished.size());
        assertEquals(2, notifier.finished.get(0).buttons().size());
    }

    @Test
    void anInstanceThatTurnsDestroyingDuringAPauseHasItsSecretRetired() {
        aura.statuses.put("abcd1234", "destroying");
        vault.store(new InstanceCredentials("abcd1234", "graph-demo", "t", "uri", "neo4j", "pw", "U1", "job-0"));

        runner.run(watch(WatchOperation.PAUSE, "pausing", time.now()));

        assertEquals(Set.of("abcd1234"), vault.scheduledForDeletion);
        assertTrue(notifier.finished.get(0).summary().contains("`destroying`"), notifier.finished.get(0).summary());
        assertTrue(queued.isEmpty());
    }

    @Test
    void anInstanceThatDisappearsWhileWatchedHasItsSecretRetired() {
        vault.store(new InstanceCredentials("abcd1234", "graph-demo", "t", "uri", "neo4j", "pw", "U1", "job-0"));
        time.advance(Duration.ofMinutes(2)); // past the grace in which a new instance may still answer 404

        runner.run(watch(WatchOperation.CREATE, "creating", time.now().minus(Duration.ofMinutes(2))));

        assertEquals(Set.of("abcd1234"), vault.scheduledForDeletion);
        assertTrue(notifier.finished.get(0).summary().contains("disappeared"), notifier.finished.get(0).summary());
    }

    /** A watch of graph-demo ({@code abcd1234}) that started at {@code started} and gives up 30 minutes later. */
    private WatchJob watch(WatchOperation operation, String status, Instant started) {
        return new WatchJob("job-1", operation, "abcd1234", "graph-demo", new Requester("T1", "U1", "C1"),
                Card.inChannel("C1", "1.0", null), "aura/abcd1234", "read", null, started.toString(),
                started.plus(Duration.ofMinutes(30)).toString(), 0, status, false, null, null, null, null);
    }

    private WatchJob createWatch() {
        return watch(WatchOperation.CREATE, "creating", time.now());
    }
}
