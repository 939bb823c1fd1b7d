package io.aurachatops.jobs.runtime;

import io.aurachatops.jobs.Job;
import io.aurachatops.jobs.JobCodec;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.JobTimeSettings;
import io.aurachatops.support.Lazy;
import java.time.Instant;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Typed;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs jobs in this process, delayed jobs by due time. Jobs still queued when the process stops are lost;
 * a deployment that must keep them uses SQS.
 */
@ApplicationScoped
@Typed(InProcessJobQueue.class)
public class InProcessJobQueue implements JobQueue {

    private static final int THREADS = 4;

    /** Before the second, third, … attempt of a job that failed: as SQS would redeliver it, but sooner. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final JobCodec codec;
    private final DeliveredJobs jobs;
    private final JobTimeSettings timing;
    private final Lazy<ScheduledThreadPoolExecutor> executor = Lazy.of(InProcessJobQueue::newExecutor);

    public InProcessJobQueue(JobCodec codec, DeliveredJobs jobs, JobTimeSettings timing) {
        this.codec = codec;
        this.jobs = jobs;
        this.timing = timing;
    }

    @Override
    public void submit(Job job, Duration delay) {
        String message = codec.encode(job);
        schedule(message, 1, delay);
    }

    private void schedule(String message, int attempt, Duration delay) {
        executor.get().schedule(() -> run(message, attempt), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Runs it as a queue delivery: a job that failed before its effects were recorded runs again. */
    private void run(String message, int attempt) {
        DeliveredJobs.Outcome outcome;
        try {
            outcome = jobs.run("in-process", message, attempt, null, Instant.now(), timing.jobTimeBudget());
        } catch (RuntimeException e) {
            Log.errorf(e, "A job failed outside its own error handling");
            outcome = DeliveredJobs.Outcome.RETRY;
        }
        if (outcome == DeliveredJobs.Outcome.RETRY && attempt < jobs.maxAttempts()) {
            schedule(message, attempt + 1, RETRY_AFTER.multipliedBy(attempt));
        }
    }

    private static ScheduledThreadPoolExecutor newExecutor() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "aura-job-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return new ScheduledThreadPoolExecutor(THREADS, threads);
    }

    void onStop(@Observes ShutdownEvent event) {
        ScheduledThreadPoolExecutor current = executor.ifBuilt();
        if (current != null) {
            int pending = current.getQueue().size();
            current.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            current.shutdown();
            try {
                current.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (pending > 0) {
                Log.warnf("Stopping with %d queued jobs; in-process jobs do not survive a restart", pending);
            }
        }
    }
}
