package io.aurachatops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.support.ElasticMqResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The template's SQS queues in a local SQS (ElasticMQ), with their VisibilityTimeout and redrive policy, so
 * a failing job is retried and dead-lettered on the deployed schedule. Binds each {@code Ref} to its URL.
 */
final class LocalQueues {

    private LocalQueues() {
    }

    static void create(SamTemplate template, String endpoint) throws Exception {
        List<String> queues = new ArrayList<>(template.resourcesOfType("AWS::SQS::Queue"));
        // Dead-letter queues first: a redrive policy names an existing queue's ARN.
        queues.sort((a, b) -> Boolean.compare(template.properties(a).containsKey("RedrivePolicy"),
                template.properties(b).containsKey("RedrivePolicy")));
        Map<String, String> arns = new HashMap<>();
        try (SqsClient sqs = ElasticMqResource.client(endpoint)) {
            for (String queue : queues) {
                Map<String, Object> properties = template.properties(queue);
                Map<QueueAttributeName, String> attributes = new HashMap<>();
                if (properties.get("VisibilityTimeout") != null) {
                    attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, template.resolve(properties.get("VisibilityTimeout")));
                }
                Map<String, Object> redrive = SamTemplate.map(properties.get("RedrivePolicy"));
                if (!redrive.isEmpty()) {
                    String target = (String) ((List<?>) SamTemplate.map(redrive.get("deadLetterTargetArn")).get("Fn::GetAtt"))
                            .get(0);
                    attributes.put(QueueAttributeName.REDRIVE_POLICY, new ObjectMapper().createObjectNode()
                            .put("deadLetterTargetArn", arns.get(target))
                            .put("maxReceiveCount", template.resolve(redrive.get("maxReceiveCount"))).toString());
                }
                String url = sqs.createQueue(r -> r.queueName(queue).attributes(attributes)).queueUrl();
                arns.put(queue, sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
                        .attributes().get(QueueAttributeName.QUEUE_ARN));
                template.bindRef(queue, url);
            }
        }
    }
}
