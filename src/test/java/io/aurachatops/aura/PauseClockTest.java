package io.aurachatops.aura;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.ledger.InProcessLedger;
import io.aurachatops.support.FakeTime;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Aura's 30-day rules: warnings only near the limit, only for pauses the bot made, and none after a resume. */
class PauseClockTest {

    final FakeTime time = new FakeTime();
    final PauseClock clock = new PauseClock(new InProcessLedger(time), time);

    @Test
    void aPausedFreeInstanceIsWarnedAboutItsDeletionInItsLastWeek() {
        clock.paused("f1");
        time.advance(Duration.ofDays(22));
        assertTrue(clock.warning("f1", "free-db", "paused").isEmpty(), "eight days left: no warning yet");
        time.advance(Duration.ofDays(2));
        String warning = clock.warning("f1", "free-db", "paused").orElseThrow();
        assertTrue(warning.contains("Aura deletes a Free instance") && warning.contains("<!date^"), warning);
        assertTrue(clock.warning("f1", "free-db", "running").isEmpty(), "only a paused instance is at risk");
    }

    @Test
    void anotherPausedInstanceIsWarnedAboutAurasAutomaticResumeInItsLastThreeDays() {
        clock.paused("p1");
        time.advance(Duration.ofDays(26));
        assertTrue(clock.warning("p1", "professional-db", "paused").isEmpty());
        time.advance(Duration.ofDays(1).plusHours(1));
        assertTrue(clock.warning("p1", "professional-db", "paused").orElseThrow().contains("resumes an instance paused"));
    }

    @Test
    void aResumeEndsThePauseAndANewPauseStartsTheThirtyDaysAgain() {
        clock.paused("p1");
        time.advance(Duration.ofDays(28));
        clock.resumed("p1");
        assertTrue(clock.warning("p1", "professional-db", "paused").isEmpty(), "no record of a current pause");
        clock.paused("p1");
        assertTrue(clock.warning("p1", "professional-db", "paused").isEmpty(), "day 0 of a new pause");
        assertTrue(clock.warning("unknown", "free-db", "paused").equals(Optional.empty()), "paused elsewhere: unknown");
    }
}
