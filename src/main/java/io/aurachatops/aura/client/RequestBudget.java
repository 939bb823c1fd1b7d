package io.aurachatops.aura.client;

import io.aurachatops.aura.Priority;
import io.aurachatops.support.JobDeadline;
import io.aurachatops.support.OutOfTimeException;
import io.aurachatops.support.TimeSource;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The process-wide limit on requests to Aura: at most {@code perWindow} in any sliding window and at most
 * {@code perBurst} in any shorter burst window. Waiters are served by priority, then in arrival order, and a
 * 429 holds everyone back until its {@code Retry-After} has passed. A waiter whose request could not finish
 * before its job's deadline ({@link JobDeadline}) is refused at once instead of being served too late.
 */
public final class RequestBudget {

    private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private int perWindow;
    private final long windowNanos;
    private int perBurst;
    private final long burstNanos;
    private final TimeSource time;
    private long requestNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Long> grants = new ArrayDeque<>();
    private final PriorityQueue<Ticket> waiting = new PriorityQueue<>(
            Comparator.comparing(Ticket::priority).thenComparingLong(Ticket::order));
    private long nextOrder;
    private long heldUntil;
    private boolean held;

    public RequestBudget(int perWindow, Duration window, int perBurst, Duration burstWindow, TimeSource time) {
        if (perWindow < 1 || perBurst < 1) {
            throw new IllegalArgumentException("A request budget needs at least one request per window");
        }
        this.perWindow = perWindow;
        this.windowNanos = window.toNanos();
        this.perBurst = Math.min(perBurst, perWindow);
        this.burstNanos = burstWindow.toNanos();
        this.time = time;
    }

    /** Aura's own shape: a 60 s window, and a sixth of it in any 10 s. */
    public static RequestBudget perMinute(int limit, TimeSource time) {
        return new RequestBudget(limit, Duration.ofSeconds(60), Math.max(1, limit / 6), Duration.ofSeconds(10), time);
    }

    /** A new limit for {@link #perMinute} budgets (the settings changed); requests already counted stay counted. */
    public void limitTo(int perMinute) {
        lock.lock();
        try {
            if (perMinute != perWindow) {
                perWindow = Math.max(1, perMinute);
                perBurst = Math.max(1, perWindow / 6);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** How long one request may take once sent: it must fit before the job's deadline too. */
    public RequestBudget withRequestAllowance(Duration allowance) {
        this.requestNanos = allowance.toNanos();
        return this;
    }

    /**
     * Blocks until this request may be sent, and counts it.
     *
     * @throws OutOfTimeException if the wait plus the request would pass the job's deadline; nothing is counted
     */
    public void acquire(Priority priority) throws InterruptedException {
        lock.lockInterruptibly();
        Ticket ticket = new Ticket(priority, nextOrder++);
        waiting.add(ticket);
        changed.signalAll();
        try {
            while (true) {
                long left = JobDeadline.nanosLeft(time);
                if (waiting.peek() == ticket) {
                    long now = time.nanoTime();
                    long wait = nanosUntilFree(now);
                    if (Math.max(wait, 0) + requestNanos > left) {
                        throw new OutOfTimeException("An Aura request would wait " + Math.max(wait, 0) / 1_000_000
                                + " ms for the budget; the job has " + Math.max(left, 0) / 1_000_000 + " ms left",
                                Duration.ofNanos(Math.max(wait, 0)));
                    }
                    if (wait <= 0) {
                        grants.addLast(now);
                        waiting.poll();
                        changed.signalAll();
                        return;
                    }
                    time.await(changed, wait);
                } else if (requestNanos > left) {
                    throw new OutOfTimeException("The job's deadline passed while waiting for the Aura request budget");
                } else {
                    time.await(changed, IDLE_WAIT_NANOS);
                }
            }
        } catch (InterruptedException | OutOfTimeException e) {
            waiting.remove(ticket);
            changed.signalAll();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** After a 429: nobody sends before {@code delay} has passed. */
    public void holdFor(Duration delay) {
        lock.lock();
        try {
            long until = time.nanoTime() + delay.toNanos();
            if (!held || until - heldUntil > 0) {
                heldUntil = until;
                held = true;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private long nanosUntilFree(long now) {
        while (!grants.isEmpty() && now - grants.peekFirst() >= windowNanos) {
            grants.pollFirst();
        }
        long wait = held ? heldUntil - now : 0;
        if (grants.size() >= perWindow) {
            wait = Math.max(wait, grants.peekFirst() + windowNanos - now);
        }
        if (grants.size() >= perBurst) {
            Iterator<Long> newestFirst = grants.descendingIterator();
            long grant = 0;
            for (int i = 0; i < perBurst; i++) {
                grant = newestFirst.next();
            }
            wait = Math.max(wait, grant + burstNanos - now);
        }
        return wait;
    }

    private record Ticket(Priority priority, long order) {
    }
}
