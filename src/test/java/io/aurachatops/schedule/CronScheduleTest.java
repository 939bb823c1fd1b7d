package io.aurachatops.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Next runs and due slots in Europe/Berlin, across both daylight-saving changes of 2026. */
class CronScheduleTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    final CronSchedule evening = CronSchedule.parse("AURA_AUTOPAUSE_CRON", "0 0 20 ? * *", BERLIN);
    final CronSchedule early = CronSchedule.parse("AURA_AUTORESUME_CRON", "0 30 2 ? * *", BERLIN);

    @Test
    void eightPmStaysEightPmInBerlinAcrossTheSpringChange() {
        // 28 March is still CET (UTC+1); 29 March is CEST (UTC+2).
        assertEquals(Instant.parse("2026-03-28T19:00:00Z"), evening.nextAfter(Instant.parse("2026-03-28T12:00:00Z"))
                .orElseThrow().toInstant());
        assertEquals(Instant.parse("2026-03-29T18:00:00Z"), evening.nextAfter(Instant.parse("2026-03-28T19:00:00Z"))
                .orElseThrow().toInstant());
    }

    @Test
    void eightPmStaysEightPmAcrossTheAutumnChange() {
        assertEquals(Instant.parse("2026-10-24T18:00:00Z"), evening.nextAfter(Instant.parse("2026-10-24T12:00:00Z"))
                .orElseThrow().toInstant());
        assertEquals(Instant.parse("2026-10-25T19:00:00Z"), evening.nextAfter(Instant.parse("2026-10-24T18:00:00Z"))
                .orElseThrow().toInstant());
    }

    @Test
    void dueSlotsOfAFiveMinuteTickFindTheSlotOnce() {
        Instant slot = Instant.parse("2026-03-29T18:00:00Z");
        assertEquals(List.of(slot), evening.dueIn(slot.minusSeconds(300), slot));
        assertEquals(List.of(), evening.dueIn(slot, slot.plusSeconds(300)));
        assertEquals(List.of(), evening.dueIn(slot.minusSeconds(600), slot.minusSeconds(300)));
    }

    @Test
    void aSlotInTheSkippedSpringHourComesAtTheNextValidTimeAndTheWeekStillCountsSevenNights() {
        // 02:30 does not exist in Berlin on 29 March 2026.
        List<Instant> week = early.dueIn(Instant.parse("2026-03-26T00:00:00Z"), Instant.parse("2026-04-02T00:00:00Z"));
        assertTrue(week.size() == 6 || week.size() == 7, week.toString());
        assertEquals(7, evening.dueIn(Instant.parse("2026-03-26T00:00:00Z"), Instant.parse("2026-04-02T00:00:00Z")).size());
    }

    @Test
    void explainsABadExpressionByItsVariable() {
        PolicyException e = assertThrows(PolicyException.class,
                () -> CronSchedule.parse("AURA_AUTOPAUSE_CRON", "every evening", BERLIN));
        assertTrue(e.getMessage().startsWith("AURA_AUTOPAUSE_CRON is not a Quartz cron expression"), e.getMessage());
    }
}
