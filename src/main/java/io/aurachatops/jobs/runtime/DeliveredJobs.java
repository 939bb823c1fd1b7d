package io.aurachatops.jobs.runtime;

import io.aurachatops.jobs.Job;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.WatchJob;
import io.aurachatops.jobs.JobCodec;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.JobSettings;
import io.aurachatops.jobs.InvalidJobException;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.support.JobDeadline;
import io.aurachatops.support.TimeSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs a job as a queue delivered it (SQS, at least once): decodes it, honours a not-before time beyond
 * SQS's 15-minute delay cap, runs it, and reports whether the message may be deleted. On the last receive
 * a failure is final, and the requester is told. The job runs with a deadline a little before the time the
 * caller has left; a job that arrives with too little time left to start is queued again at once.
 */
@ApplicationScoped
public class DeliveredJobs {

    /** What to do with the message. */
    public enum Outcome {
        DONE,
        RETRY
    }

    /** Kept free at the end for the last Slack update and queueing the continuation. */
    static final Duration END_MARGIN = Duration.ofSeconds(3);
    /** Less than this left, and the job is handed to a fresh invocation instead of being started. */
    static final Duration MIN_START = Duration.ofSeconds(15);

    private final JobCodec codec;
    private final JobWorker worker;
    private final JobQueue queue;
    private final Notifier notifier;
    private final JobSettings settings;

    public DeliveredJobs(JobCodec codec, JobWorker worker, JobQueue queue, Notifier notifier, JobSettings settings) {
        this.codec = codec;
        this.worker = worker;
        this.queue = queue;
        this.notifier = notifier;
        this.settings = settings;
    }

    /** With {@code left}, the time this invocation (or the per-job budget) still allows. */
    public Outcome run(String messageId, String body, int receiveCount, Instant notBefore, Instant now, Duration left) {
        Job job;
        try {
            job = codec.decode(body);
        } catch (InvalidJobException e) {
            Log.errorf("Message %s is not a job this version can run (%s); leaving it for the dead-letter queue",
                    messageId, e.getMessage());
            return Outcome.RETRY;
        }
        if (notBefore != null && notBefore.isAfter(now)) {
            queue.submit(job, Duration.between(now, notBefore));
            return Outcome.DONE;
        }
        if (left.compareTo(MIN_START) < 0) {
            queue.submit(job);
            return Outcome.DONE;
        }
        try {
            JobDeadline.within(TimeSource.SYSTEM, left.minus(END_MARGIN), () -> worker.run(job));
            return Outcome.DONE;
        } catch (RuntimeException e) {
            boolean last = receiveCount >= settings.maxReceives();
            Log.errorf(e, "Job %s failed on receive %d of %d", job.jobId(), receiveCount, settings.maxReceives());
            if (last) {
                tellRequester(job);
            }
            return Outcome.RETRY;
        }
    }

    /** How often a job is tried before it fails for good (the queue's {@code maxReceiveCount}). */
    public int maxAttempts() {
        return settings.maxReceives();
    }

    private void tellRequester(Job job) {
        String text = "❌ This failed for good after " + settings.maxReceives() + " attempts. An admin can find the "
                + "details in the bot's log under job `" + job.jobId() + "`.";
        if (job instanceof CommandJob command) {
            notifier.reply(new ReplyTarget(command.requester().channelId(), command.requester().userId(),
                    command.responseUrl()), Reply.of("`/aura " + command.verb() + "`: " + text));
        } else if (job instanceof WatchJob watch) {
            Card card = watch.card();
            notifier.finishCard(card, Reply.of("*" + Markdown.escape(watch.instanceName()) + "*: " + text),
                    watch.requester().userId());
        }
    }
}
