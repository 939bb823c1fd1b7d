package io.aurachatops.aura.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.aura.Priority;
import io.aurachatops.support.FakeTime;
import io.aurachatops.support.JobDeadline;
import io.aurachatops.support.OutOfTimeException;
import io.aurachatops.support.TimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {

    private static final long MINUTE = Duration.ofSeconds(60).toNanos();
    private static final long TEN_SECONDS = Duration.ofSeconds(10).toNanos();

    @Test
    void neverExceedsTheMinuteOrTheBurstWindow() throws Exception {
        FakeTime time = new FakeTime();
        RequestBudget budget = RequestBudget.perMinute(100, time);
        Random random = new Random(42);
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            if (random.nextInt(10) == 0) {
                time.advance(Duration.ofMillis(random.nextInt(15_000)));
            }
            budget.acquire(random.nextBoolean() ? Priority.INTERACTIVE : Priority.BACKGROUND);
            grants.add(time.nanoTime());
        }
        assertTrue(maxInWindow(grants, MINUTE) <= 100, "per minute: " + maxInWindow(grants, MINUTE));
        assertTrue(maxInWindow(grants, TEN_SECONDS) <= 16, "per 10 s: " + maxInWindow(grants, TEN_SECONDS));
    }

    @Test
    void aTightLoopFillsBothWindowsExactly() throws Exception {
        FakeTime time = new FakeTime();
        RequestBudget budget = RequestBudget.perMinute(100, time);
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            budget.acquire(Priority.BACKGROUND);
            grants.add(time.nanoTime());
        }
        // The burst cap (100 / 6 = 16 per 10 s) binds first: six bursts make 96 a minute.
        assertEquals(96, maxInWindow(grants, MINUTE));
        assertEquals(16, maxInWindow(grants, TEN_SECONDS));
    }

    @Test
    void theMinuteCapBindsWhenBurstsAreSpreadOut() throws Exception {
        FakeTime time = new FakeTime();
        RequestBudget budget = new RequestBudget(10, Duration.ofSeconds(60), 10, Duration.ofSeconds(10), time);
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            budget.acquire(Priority.BACKGROUND);
            grants.add(time.nanoTime());
        }
        assertEquals(10, maxInWindow(grants, MINUTE));
    }

    @Test
    void sustainedLoadRunsAtTheConfiguredRate() throws Exception {
        FakeTime time = new FakeTime();
        RequestBudget budget = RequestBudget.perMinute(60, time);
        for (int i = 0; i < 181; i++) {
            budget.acquire(Priority.BACKGROUND);
        }
        // 181 requests at 60 a minute need three full windows after the first.
        assertTrue(time.elapsed().compareTo(Duration.ofMinutes(3)) >= 0, "elapsed " + time.elapsed());
        assertTrue(time.elapsed().compareTo(Duration.ofMinutes(3).plusSeconds(10)) <= 0, "elapsed " + time.elapsed());
    }

    @Test
    void holdsEveryoneBackAfterA429() throws Exception {
        FakeTime time = new FakeTime();
        RequestBudget budget = RequestBudget.perMinute(100, time);
        budget.acquire(Priority.INTERACTIVE);
        budget.holdFor(Duration.ofSeconds(7));
        budget.acquire(Priority.INTERACTIVE);
        assertTrue(time.elapsed().compareTo(Duration.ofSeconds(7)) >= 0, "elapsed " + time.elapsed());
    }

    @Test
    void aShorterHoldDoesNotShortenALongerOne() throws Exception {
        FakeTime time = new FakeTime();
        RequestBudget budget = RequestBudget.perMinute(100, time);
        budget.holdFor(Duration.ofSeconds(30));
        budget.holdFor(Duration.ofSeconds(1));
        budget.acquire(Priority.INTERACTIVE);
        assertTrue(time.elapsed().compareTo(Duration.ofSeconds(30)) >= 0, "elapsed " + time.elapsed());
    }

    @Test
    void interactiveWaitersGoAheadOfBackgroundOnes() throws Exception {
        // Real time with short windows: one grant per second, so thread start-up on a busy machine cannot reorder.
        RequestBudget budget = new RequestBudget(1, Duration.ofSeconds(1), 1, Duration.ofSeconds(1), TimeSource.SYSTEM);
        budget.acquire(Priority.BACKGROUND);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch backgroundWaiting = new CountDownLatch(2);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String name = "background-" + i;
            threads.add(start(() -> {
                backgroundWaiting.countDown();
                acquire(budget, Priority.BACKGROUND);
                order.add(name);
            }));
        }
        assertTrue(backgroundWaiting.await(5, TimeUnit.SECONDS));
        Thread.sleep(50);
        threads.add(start(() -> {
            acquire(budget, Priority.INTERACTIVE);
            order.add("interactive");
        }));
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(3, order.size());
        assertEquals("interactive", order.get(0));
    }

    private static Thread start(Runnable r) {
        Thread t = new Thread(r);
        t.start();
        return t;
    }

    private static void acquire(RequestBudget budget, Priority priority) {
        try {
            budget.acquire(priority);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most grants inside any half-open window of the given length. */
    static int maxInWindow(List<Long> grants, long window) {
        int max = 0;
        int from = 0;
        for (int to = 0; to < grants.size(); to++) {
            while (grants.get(to) - grants.get(from) >= window) {
                from++;
            }
            max = Math.max(max, to - from + 1);
        }
        return max;
    }

    @Test
    void refusesARequestThatCouldNotFinishBeforeTheJobsDeadlineAndCountsNothing() throws Exception {
        FakeTime time = new FakeTime();
        RequestBudget budget = RequestBudget.perMinute(6, time).withRequestAllowance(Duration.ofSeconds(10));
        JobDeadline.within(time, Duration.ofSeconds(15), () -> {
            acquireQuietly(budget);
            // The burst window (one per 10 s) makes the next wait 10 s; 10 s + the 10 s allowance > 15 s left.
            long before = time.nanoTime();
            assertThrows(OutOfTimeException.class, () -> budget.acquire(Priority.INTERACTIVE));
            assertEquals(before, time.nanoTime(), "it must refuse at once, not wait first");
        });
        time.advance(Duration.ofSeconds(10));
        JobDeadline.within(time, Duration.ofSeconds(15), () -> acquireQuietly(budget));
        assertEquals(Long.MAX_VALUE, JobDeadline.nanosLeft(time), "the deadline ends with its job");
    }

    @Test
    void withoutADeadlineItWaitsAsBefore() throws Exception {
        FakeTime time = new FakeTime();
        RequestBudget budget = RequestBudget.perMinute(6, time).withRequestAllowance(Duration.ofSeconds(10));
        budget.acquire(Priority.BACKGROUND);
        budget.acquire(Priority.BACKGROUND);
        assertTrue(time.elapsed().compareTo(Duration.ofSeconds(10)) >= 0, time.elapsed().toString());
    }

    private static void acquireQuietly(RequestBudget budget) {
        try {
            budget.acquire(Priority.INTERACTIVE);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
