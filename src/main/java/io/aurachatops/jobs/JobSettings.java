package io.aurachatops.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where jobs go ({@code AURA_JOBS_QUEUE_URL}) and how often SQS delivers one before it gives up. */
@ConfigMapping(prefix = "aura.jobs")
public interface JobSettings {

    /** The SQS queue for jobs; unset means the in-process queue. */
    Optional<String> queueUrl();

    /** {@code AURA_JOBS_MAX_RECEIVES}: the queue's {@code maxReceiveCount}; on the last receive a failure is final. */
    @WithDefault("3")
    int maxReceives();

    /** {@code AURA_JOBS_POLL_SQS}: whether this process receives from the queue itself (the local server does; Lambda does not). */
    @WithDefault("true")
    boolean pollSqs();

    /** {@code AURA_JOBS_REQUIRE_QUEUE}: refuse to start without a queue (on Lambda, in-process jobs would freeze). */
    @WithDefault("false")
    boolean requireQueue();
}
