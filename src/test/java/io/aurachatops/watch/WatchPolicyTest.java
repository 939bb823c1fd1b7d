package io.aurachatops.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aurachatops.jobs.WatchOperation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WatchPolicyTest {

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant DEADLINE = START.plus(Duration.ofMinutes(30));
    static final Duration INTERVAL = Duration.ofSeconds(10);

    private static Duration at(Duration elapsed) {
        return WatchPolicy.nextDelay(WatchOperation.CREATE, INTERVAL, START, DEADLINE, START.plus(elapsed));
    }

    @Test
    void pollsAtTheIntervalWhileTheOperationIsYoung() {
        assertEquals(INTERVAL, at(Duration.ZERO));
        assertEquals(INTERVAL, at(Duration.ofSeconds(119)));
    }

    @Test
    void slowsDownOnlyAfterTheTypicalDuration() {
        assertEquals(Duration.ofSeconds(20), at(Duration.ofMinutes(2)));
        assertEquals(Duration.ofSeconds(40), at(Duration.ofMinutes(6)));
    }

    @Test
    void neverWaitsLongerThanAMinuteOrPastTheDeadline() {
        assertEquals(Duration.ofSeconds(60), WatchPolicy.nextDelay(WatchOperation.CREATE, Duration.ofSeconds(30), START,
                DEADLINE, START.plus(Duration.ofMinutes(10))));
        assertEquals(Duration.ofSeconds(5), at(Duration.ofMinutes(30).minusSeconds(5)));
        assertEquals(Duration.ZERO, at(Duration.ofMinutes(31)));
    }
}
