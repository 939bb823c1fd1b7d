package io.aurachatops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.audit.AuditLog;
import io.aurachatops.jobs.BatchItem;
import io.aurachatops.jobs.CostSavingChunkJob;
import io.aurachatops.jobs.Job;
import io.aurachatops.aura.PauseClock;
import io.aurachatops.ledger.InProcessLedger;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.support.FakeAura;
import io.aurachatops.support.FakeTime;
import io.aurachatops.support.TestWatchSettings;
import io.aurachatops.jobs.JobQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A chunk of a cost-saving run with a fake Aura whose budget runs out after a given number of calls. */
class CostSavingChunksTest {

    final FakeTime time = new FakeTime();
    final InProcessLedger ledger = new InProcessLedger(time);
    final List<Job> queued = new ArrayList<>();
    final JobQueue queue = (job, delay) -> queued.add(job);
    final FakeAura aura = new FakeAura();
    final CostSavingChunks chunks = new CostSavingChunks(aura, ledger, () -> queue, new TestWatchSettings(),
            new AuditLog(() -> new RunSettings(Map.of()), () -> null), time, new PauseClock(ledger, time));

    @Test
    void aChunkThatRunsOutOfTimeContinuesWhereItStoppedAndPausesEachInstanceOnce() {
        List<BatchItem> items = IntStream.range(0, 10).mapToObj(i -> {
            aura.statuses.put("id-" + i, "running");
            return new BatchItem("id-" + i, "dev-" + i, null, null, "todo", null);
        }).toList();
        ledger.create("run", Map.of("chunks", "1"), time.now().plus(Duration.ofHours(1)));
        CostSavingChunkJob job = new CostSavingChunkJob("j", "run", "pause", 0, items, null);

        aura.callsLeft = 7; // a status check and a pause per instance: the budget ends in the fourth one
        chunks.run(job);
        CostSavingChunkJob continued = (CostSavingChunkJob) queued.get(queued.size() - 1);
        assertEquals(3, aura.pauses.size());
        assertEquals(3, continued.items().stream().filter(i -> i.outcome().equals("pending")).count());

        // The same message delivered again (the continuation was queued, but the original was not deleted):
        aura.callsLeft = Integer.MAX_VALUE;
        aura.statuses.replaceAll((id, s) -> "running"); // Aura still shows running for a moment
        chunks.run(job);
        chunks.run(continued);
        assertEquals(10, aura.pauses.size(), "each instance is paused once: " + aura.pauses);
        assertEquals(10, aura.pauses.stream().distinct().count());
    }

    @Test
    void aChunkReportsToTheLedgerOnceEverythingSettled() {
        aura.statuses.put("a", "running");
        aura.statuses.put("b", "paused");
        ledger.create("run", Map.of("chunks", "1"), time.now().plus(Duration.ofHours(1)));
        chunks.run(new CostSavingChunkJob("j", "run", "pause", 0, List.of(
                new BatchItem("a", "dev-a", null, null, "todo", null),
                new BatchItem("b", "dev-b", null, null, "todo", null)), null));
        assertTrue(ledger.read("run").orElseThrow().get("chunk-0") == null, "a pause still settles");
        aura.statuses.put("a", "paused");
        chunks.run((CostSavingChunkJob) queued.get(queued.size() - 1));
        String report = ledger.read("run").orElseThrow().get("chunk-0");
        assertTrue(report.contains("\"instanceId\":\"a\"") && report.contains("\"done\""), report);
        assertTrue(report.contains("already paused"), report);
    }

    @Test
    void theNightlySummaryWarnsAboutAnInstanceThatAuraIsAboutToResumeAfterThirtyDaysPaused() {
        aura.statuses.put("a", "running");
        ledger.create("run-1", Map.of("chunks", "1"), time.now().plus(Duration.ofHours(1)));
        chunks.run(new CostSavingChunkJob("j1", "run-1", "pause", 0, List.of(
                new BatchItem("a", "dev-a", null, null, "todo", null)), null));
        aura.statuses.put("a", "paused");
        time.advance(Duration.ofDays(28));
        ledger.create("run-28", Map.of("chunks", "1"), time.now().plus(Duration.ofHours(1)));
        chunks.run(new CostSavingChunkJob("j28", "run-28", "pause", 0, List.of(
                new BatchItem("a", "dev-a", null, null, "todo", null)), null));
        String report = ledger.read("run-28").orElseThrow().get("chunk-0");
        assertTrue(report.contains("already paused") && report.contains("resumes an instance paused for 30 days"),
                report);
    }
}
