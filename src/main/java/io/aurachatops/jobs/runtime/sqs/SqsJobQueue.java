package io.aurachatops.jobs.runtime.sqs;

import io.aurachatops.jobs.Job;
import io.aurachatops.jobs.JobCodec;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.JobSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Jobs on SQS, as the same versioned JSON the in-process queue carries. Delays use {@code DelaySeconds};
 * a longer wait than SQS's 900 s is sent with the longest delay and a not-before attribute, and the
 * receiver sends it on again until it is due.
 */
@ApplicationScoped
@Typed(SqsJobQueue.class)
public class SqsJobQueue implements JobQueue {

    public static final String NOT_BEFORE = "not-before";
    static final long MAX_DELAY_SECONDS = 900;

    private final SqsClients sqs;
    private final JobCodec codec;
    private final JobSettings settings;

    public SqsJobQueue(SqsClients sqs, JobCodec codec, JobSettings settings) {
        this.sqs = sqs;
        this.codec = codec;
        this.settings = settings;
    }

    @Override
    public void submit(Job job, Duration delay) {
        long seconds = Math.max(0, (delay.toMillis() + 999) / 1000);
        String body = codec.encode(job);
        String queueUrl = settings.queueUrl().orElseThrow();
        if (seconds <= MAX_DELAY_SECONDS) {
            sqs.get().sendMessage(r -> r.queueUrl(queueUrl).messageBody(body).delaySeconds((int) seconds));
            return;
        }
        String due = Instant.now().plus(delay).toString();
        sqs.get().sendMessage(r -> r.queueUrl(queueUrl).messageBody(body).delaySeconds((int) MAX_DELAY_SECONDS)
                .messageAttributes(Map.of(NOT_BEFORE, MessageAttributeValue.builder().dataType("String")
                        .stringValue(due).build())));
    }
}
