package io.aurachatops.leases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.command.CommandException;
import io.aurachatops.ledger.InProcessLedger;
import io.aurachatops.support.FakeTime;
import io.aurachatops.support.TestLeaseSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Lease lengths, and the compare-and-set rules that make an extend and a reaper (or two reapers) exclusive. */
class LeasesTest {

    final FakeTime time = new FakeTime();
    final Leases leases = new Leases(new InProcessLedger(time), time, new TestLeaseSettings());

    @Test
    void lengthsAreMinutesHoursOrDaysWithinTheMaximum() {
        assertEquals(Duration.ofHours(8), leases.length("8h"));
        assertEquals(Duration.ofDays(2), leases.length("2D"));
        assertEquals(Duration.ofMinutes(90), leases.length("90m"));
        String tooLong = assertThrows(CommandException.class, () -> leases.length("8d")).getMessage();
        assertTrue(tooLong.contains("at most 7d") && tooLong.contains("AURA_LEASE_MAX"), tooLong);
        String notOne = assertThrows(CommandException.class, () -> leases.length("soon*")).getMessage();
        assertTrue(notOne.contains("`90m`, `8h` or `2d`") && notOne.contains("soon∗"), notOne);
        assertThrows(CommandException.class, () -> leases.length("5m"));
        assertEquals("1d 4h", LeaseLength.describe(Duration.ofHours(28)));
    }

    @Test
    void aSecondStartForTheSameInstanceKeepsTheFirst() {
        Lease first = leases.start("a1", "ci-run", "t", "U1", "C1", "1.0", Duration.ofHours(8));
        time.advance(Duration.ofMinutes(5));
        Lease again = leases.start("a1", "ci-run", "t", "U1", "C1", "2.0", Duration.ofHours(8));
        assertEquals(first.expiresAt(), again.expiresAt());
        assertEquals("1.0", leases.of("a1").orElseThrow().cardTs());
        assertEquals(1, leases.running().size());
    }

    @Test
    void ofTwoReapersHoldingTheSameReadExactlyOneClaimsAndItMayClaimAgain() {
        leases.start("a1", "ci-run", "t", "U1", "C1", null, Duration.ofHours(1));
        time.advance(Duration.ofMinutes(61));
        Lease seenByBoth = leases.of("a1").orElseThrow();
        assertTrue(leases.claim(seenByBoth, "job-A"));
        assertFalse(leases.claim(seenByBoth, "job-B"), "the stale read loses the compare-and-set");
        Lease now = leases.of("a1").orElseThrow();
        assertFalse(leases.claim(now, "job-B"), "a fresh read shows job-A's claim");
        assertTrue(leases.claim(now, "job-A"), "a redelivery of job-A continues its own claim");
    }

    @Test
    void anExtendBeforeTheReaperWinsAndTheReaperThenLeavesTheLeaseAlone() {
        leases.start("a1", "ci-run", "t", "U1", "C1", null, Duration.ofHours(1));
        time.advance(Duration.ofMinutes(61));
        Lease seenByReaper = leases.of("a1").orElseThrow();
        assertTrue(leases.extend("a1", Duration.ofHours(4)).lease().isPresent());
        assertFalse(leases.claim(seenByReaper, "job-A"));
        assertFalse(leases.claim(leases.of("a1").orElseThrow(), "job-A"), "not due any more");
        assertEquals(time.now().plus(Duration.ofHours(4)), leases.of("a1").orElseThrow().expiresAt());
    }

    @Test
    void aClaimedLeaseCannotBeExtendedAndAnExtendIsBoundByTheMaximum() {
        leases.start("a1", "ci-run", "t", "U1", "C1", null, Duration.ofDays(6));
        String refusal = leases.extend("a1", Duration.ofDays(2)).refusal();
        assertTrue(refusal.contains("longer than 7d"), refusal);
        time.advance(Duration.ofDays(6));
        assertTrue(leases.claim(leases.of("a1").orElseThrow(), "job-A"));
        assertTrue(leases.extend("a1", Duration.ofHours(1)).refusal().contains("already being deleted"));
    }

    @Test
    void anEndedLeaseIsNotRunningAndAReleasedOneIsActiveAgain() {
        leases.start("a1", "one", "t", "U1", "C1", null, Duration.ofHours(1));
        leases.start("a2", "two", "t", "U1", "C1", null, Duration.ofHours(1));
        time.advance(Duration.ofHours(2));
        Lease claimed = leases.of("a1").orElseThrow();
        assertTrue(leases.claim(claimed, "job-A"));
        leases.release(leases.of("a1").orElseThrow());
        assertTrue(leases.of("a1").orElseThrow().active());
        leases.end("a2", "reaped");
        assertEquals(1, leases.running().size());
        assertEquals("a1", leases.running().get(0).instanceId());
        assertTrue(leases.find("two").isEmpty());
        assertEquals("a1", leases.find("one").orElseThrow().instanceId());
    }
}
