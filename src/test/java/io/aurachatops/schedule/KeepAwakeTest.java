package io.aurachatops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.audit.AuditLog;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceStatus;
import io.aurachatops.aura.PauseClock;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.BatchItem;
import io.aurachatops.jobs.CostSavingChunkJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.ledger.InProcessLedger;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.settings.SettingsParameterSettings;
import io.aurachatops.support.FakeAura;
import io.aurachatops.support.FakeTime;
import io.aurachatops.support.TestWatchSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keep-awake against the chunk that pauses: exactly the chosen instance, for exactly the nights asked for. */
class KeepAwakeTest {

    /** Starts on Monday 2026-01-05, 09:00 UTC; the policy pauses at 20:00 and resumes at 07:00 UTC every day. */
    final FakeTime time = new FakeTime();
    final InProcessLedger ledger = new InProcessLedger(time);
    final FakeAura aura = new FakeAura();
    final RunSettings settings = new RunSettings(Map.of(RunSettings.AUTOPAUSE_MATCH, "*", RunSettings.AUTOPAUSE_CRON,
            "0 0 20 ? * *", RunSettings.AUTORESUME_CRON, "0 0 7 ? * *"));
    final PolicyHolder policies = new PolicyHolder(() -> settings, new SettingsParameterSettings() {
        @Override
        public Optional<String> parameter() {
            return Optional.empty();
        }

        @Override
        public Duration ttl() {
            return Duration.ofMinutes(5);
        }
    });
    final KeepAwake keepAwake = new KeepAwake(policies, ledger, time);
    final JobQueue queue = (job, delay) -> { };
    final CostSavingChunks chunks = new CostSavingChunks(aura, ledger, () -> queue, new TestWatchSettings(),
            new AuditLog(() -> settings, () -> null), time, new PauseClock(ledger, time));

    @Test
    void aKeptInstanceIsSkippedTonightOnlyAndItsNeighbourIsPaused() {
        keepAwake.grant(instance("kept"), new Requester("T", "U1", "C1"), Optional.empty());

        assertEquals(List.of("other"), pauseNight("2026-01-05T20:00:00Z"), "tonight: only the other one");
        aura.statuses.put("other", "running");
        assertEquals(List.of("kept", "other"), pauseNight("2026-01-06T20:00:00Z"), "the night after: both");
    }

    @Test
    void untilADayCoversEveryNightUpToItAndThenLapses() {
        String granted = keepAwake.grant(instance("kept"), new Requester("T", "U1", "C1"),
                Optional.of(LocalDate.parse("2026-01-07"))).summary();
        assertTrue(granted.contains("3 nights"), granted);
        assertEquals(List.of("other"), pauseNight("2026-01-05T20:00:00Z"));
        assertEquals(List.of("other"), pauseNight("2026-01-06T20:00:00Z"));
        assertEquals(List.of("other"), pauseNight("2026-01-07T20:00:00Z"));
        assertEquals(List.of("kept", "other"), pauseNight("2026-01-08T20:00:00Z"));
        assertEquals(java.util.Set.of(), KeepAwake.keptIds(ledger));
    }

    /** Runs a pause chunk over both instances at that slot; returns what it paused, and resumes them again. */
    private List<String> pauseNight(String slot) {
        aura.statuses.put("kept", "running");
        aura.statuses.put("other", "running");
        aura.pauses.clear();
        time.advance(Duration.between(time.now(), Instant.parse(slot)));
        String run = "run-" + slot;
        ledger.create(run, Map.of("chunks", "1"), time.now().plus(Duration.ofHours(1)));
        chunks.run(new CostSavingChunkJob("j-" + slot, run, "pause", 0, List.of(
                new BatchItem("kept", "kept", null, null, "todo", null),
                new BatchItem("other", "other", null, null, "todo", null)), null));
        List<String> paused = List.copyOf(aura.pauses);
        time.advance(Duration.ofHours(11)); // to the morning's resume
        return paused.stream().sorted().toList();
    }

    private Instance instance(String id) {
        return new Instance(id, id, "t", InstanceStatus.of("running"), "professional-db", "gcp", "europe-west1", "4GB",
                "8GB", null, "2026-01-01T00:00:00Z");
    }

    @Test
    void untilADayWithNoPauseLeftIsRefusedAndOneNightUntilSaysTheDay() {
        String refused = org.junit.jupiter.api.Assertions.assertThrows(io.aurachatops.command.CommandException.class,
                () -> {
                    time.advance(Duration.ofHours(12)); // Monday 21:00, after Monday's pause
                    keepAwake.grant(instance("kept"), new Requester("T", "U1", "C1"),
                            Optional.of(LocalDate.parse("2026-01-05")));
                }).getMessage();
        assertTrue(refused.contains("No cost-saving pause falls on or before 2026-01-05")
                && refused.contains("--until 2026-01-06"), refused);
        String one = keepAwake.grant(instance("kept"), new Requester("T", "U1", "C1"),
                Optional.of(LocalDate.parse("2026-01-06"))).summary();
        assertTrue(one.contains("stays awake until 2026-01-06") && one.contains("Tue 6 Jan 20:00"), one);
    }
}
