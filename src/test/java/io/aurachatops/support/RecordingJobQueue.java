package io.aurachatops.support;

import io.aurachatops.jobs.Job;
import io.aurachatops.jobs.JobCodec;
import io.aurachatops.jobs.JobQueue;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only decorator: keeps the wire form of every queued job, so that tests can read what queues carry. */
@Decorator
@Priority(10)
public class RecordingJobQueue implements JobQueue {

    public static final List<String> MESSAGES = new CopyOnWriteArrayList<>();

    @Inject
    @Delegate
    JobQueue delegate;

    @Inject
    JobCodec codec;

    @Override
    public void submit(Job job, Duration delay) {
        MESSAGES.add(codec.encode(job));
        delegate.submit(job, delay);
    }
}
