package io.aurachatops.jobs;

import java.time.Duration;

/** Where the ingress hands work to the worker. Enqueueing is the only thing the ingress does beyond checking. */
public interface JobQueue {

    void submit(Job job, Duration delay);

    default void submit(Job job) {
        submit(job, Duration.ZERO);
    }
}
