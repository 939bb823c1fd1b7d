package io.aurachatops.jobs.runtime;

import io.aurachatops.jobs.Job;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.jobs.JobSettings;
import io.aurachatops.jobs.runtime.sqs.SqsJobQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.time.Duration;

/** The {@link JobQueue} everyone uses: SQS when {@code AURA_JOBS_QUEUE_URL} is set, else in-process. */
@ApplicationScoped
public class JobQueueRouter implements JobQueue {

    private final boolean sqs;
    private final Provider<SqsJobQueue> sqsQueue;
    private final Provider<InProcessJobQueue> local;

    public JobQueueRouter(JobSettings settings, Provider<SqsJobQueue> sqsQueue, Provider<InProcessJobQueue> local) {
        this.sqs = settings.queueUrl().filter(u -> !u.isBlank()).isPresent();
        this.sqsQueue = sqsQueue;
        this.local = local;
    }

    @Override
    public void submit(Job job, Duration delay) {
        if (sqs) {
            sqsQueue.get().submit(job, delay);
        } else {
            local.get().submit(job, delay);
        }
    }
}
