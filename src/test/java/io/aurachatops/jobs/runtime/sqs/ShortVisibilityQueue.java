package io.aurachatops.jobs.runtime.sqs;

import io.aurachatops.support.ElasticMqResource;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** A jobs queue whose messages come back after one second unless the receiver holds them. */
public class ShortVisibilityQueue extends ElasticMqResource {

    @Override
    protected Map<QueueAttributeName, String> queueAttributes() {
        return Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "1");
    }
}
