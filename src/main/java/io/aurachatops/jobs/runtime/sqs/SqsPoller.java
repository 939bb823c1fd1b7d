package io.aurachatops.jobs.runtime.sqs;

import io.aurachatops.jobs.runtime.DeliveredJobs;
import io.aurachatops.jobs.JobSettings;
import io.aurachatops.jobs.JobTimeSettings;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * For the local server with {@code AURA_JOBS_QUEUE_URL}: receives jobs from SQS itself (on Lambda the event
 * source mapping does this). It receives only as many messages as it has free workers, so none waits in a
 * buffer while its visibility runs out; it holds each message while its job runs (extending the visibility);
 * and it deletes a message only after its job ran, otherwise SQS delivers it again.
 */
@ApplicationScoped
public class SqsPoller {

    static final int WORKERS = 4;
    /** A running job's message stays invisible this long, renewed every third of it. */
    static final Duration HOLD = Duration.ofSeconds(60);

    private final Semaphore free = new Semaphore(WORKERS);
    private final SqsClients sqs;
    private final DeliveredJobs jobs;
    private final JobSettings settings;
    private final JobTimeSettings timing;
    private volatile boolean running;
    private ExecutorService workers;
    private ScheduledExecutorService holds;
    private Thread receiver;

    public SqsPoller(SqsClients sqs, DeliveredJobs jobs, JobSettings settings, JobTimeSettings timing) {
        this.timing = timing;
        this.sqs = sqs;
        this.jobs = jobs;
        this.settings = settings;
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.queueUrl().filter(u -> !u.isBlank()).isEmpty() || !settings.pollSqs()) {
            return;
        }
        running = true;
        workers = Executors.newFixedThreadPool(WORKERS, r -> daemon(r, "aura-sqs-job"));
        holds = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "aura-sqs-hold"));
        receiver = daemon(this::receiveLoop, "aura-sqs-receiver");
        receiver.start();
        Log.infof("Receiving jobs from SQS queue %s", settings.queueUrl().get());
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (holds != null) {
            holds.shutdownNow();
        }
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void receiveLoop() {
        String queueUrl = settings.queueUrl().orElseThrow();
        while (running) {
            int permits = 0;
            try {
                free.acquire();
                permits = 1 + free.drainPermits();
                int wanted = Math.min(10, permits);
                List<Message> messages = sqs.get().receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(wanted)
                        .waitTimeSeconds(2).messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)
                        .messageAttributeNames("All")).messages();
                free.release(permits - messages.size());
                permits = 0;
                for (Message message : messages) {
                    workers.submit(() -> {
                        try {
                            handle(queueUrl, message);
                        } finally {
                            free.release();
                        }
                    });
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                free.release(permits);
                if (running) {
                    Log.warnf("Receiving from SQS failed (%s); trying again", e.getClass().getSimpleName());
                    pause();
                }
            }
        }
    }

    private void handle(String queueUrl, Message message) {
        hold(queueUrl, message);
        ScheduledFuture<?> renewal = holds.scheduleAtFixedRate(() -> hold(queueUrl, message), HOLD.toMillis() / 3,
                HOLD.toMillis() / 3, TimeUnit.MILLISECONDS);
        try {
            run(queueUrl, message);
        } finally {
            renewal.cancel(false);
        }
    }

    /** Keeps the message invisible while its job runs, so that SQS does not hand it to someone else. */
    private void hold(String queueUrl, Message message) {
        try {
            sqs.get().changeMessageVisibility(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle())
                    .visibilityTimeout((int) HOLD.toSeconds()));
        } catch (RuntimeException e) {
            Log.warnf("Could not extend the visibility of message %s (%s)", message.messageId(),
                    e.getClass().getSimpleName());
        }
    }

    private void run(String queueUrl, Message message) {
        int receives = Integer.parseInt(message.attributes().getOrDefault(
                MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
        Instant notBefore = message.messageAttributes().containsKey(SqsJobQueue.NOT_BEFORE)
                ? Instant.parse(message.messageAttributes().get(SqsJobQueue.NOT_BEFORE).stringValue()) : null;
        if (jobs.run(message.messageId(), message.body(), receives, notBefore, Instant.now(), timing.jobTimeBudget())
                == DeliveredJobs.Outcome.DONE) {
            sqs.get().deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
