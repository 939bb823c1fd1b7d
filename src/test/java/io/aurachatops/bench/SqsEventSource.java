package io.aurachatops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aurachatops.support.FunctionZip;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * One of the SQS event source mapping's concurrent pollers, feeding one worker environment: receives up to
 * BatchSize messages, invokes the function with them as one event, and deletes every message the answer
 * does not list in {@code batchItemFailures}; the failed ones become visible again after the queue's
 * visibility timeout. A function error or a timeout fails the whole batch, so nothing is deleted.
 */
final class SqsEventSource implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LambdaEnvironment environment;
    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final int batchSize;
    private final Thread thread;
    private volatile boolean stopped;

    SqsEventSource(LambdaEnvironment environment, SqsClient sqs, String queueUrl, String queueArn, int batchSize,
            String name) {
        this.environment = environment;
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.batchSize = batchSize;
        this.thread = new Thread(this::poll, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void poll() {
        while (!stopped) {
            try {
                List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(batchSize)
                        .waitTimeSeconds(1).messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                        .messageAttributeNames("All")).messages();
                if (!messages.isEmpty()) {
                    deliver(messages);
                }
            } catch (Exception e) {
                if (!stopped) {
                    System.out.println(thread.getName() + ": " + e);
                }
            }
        }
    }

    private void deliver(List<Message> messages) throws Exception {
        FunctionZip.Invocation answer = environment.invoke(event(messages), messages.stream().map(Message::body).toList());
        Set<String> failed = answer == null || answer.timedOut() ? null : failures(answer.output());
        if (failed == null) {
            return; // the whole batch comes back after the visibility timeout
        }
        List<DeleteMessageBatchRequestEntry> done = messages.stream().filter(m -> !failed.contains(m.messageId()))
                .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build())
                .toList();
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(done));
        }
    }

    /** The ids in batchItemFailures, or null when the answer is no batch response (the invocation failed). */
    private static Set<String> failures(String output) {
        try {
            JsonNode answer = JSON.readTree(output);
            if (answer == null || !answer.path("batchItemFailures").isArray()) {
                return null;
            }
            Set<String> ids = new HashSet<>();
            answer.path("batchItemFailures").forEach(f -> ids.add(f.path("itemIdentifier").asText()));
            return ids;
        } catch (Exception e) {
            return null;
        }
    }

    /** The event Lambda builds from a batch, with attributes and message attributes (a not-before must survive). */
    private String event(List<Message> messages) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message message : messages) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId()).put("receiptHandle", message.receiptHandle())
                    .put("body", message.body()).put("md5OfBody", message.md5OfBody()).put("eventSource", "aws:sqs")
                    .put("eventSourceARN", queueArn).put("awsRegion", "eu-west-1");
            ObjectNode attributes = record.putObject("attributes");
            message.attributesAsStrings().forEach(attributes::put);
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            message.messageAttributes().forEach((name, value) -> messageAttributes.set(name, attribute(value)));
        }
        return event.toString();
    }

    private static ObjectNode attribute(MessageAttributeValue value) {
        ObjectNode node = JSON.createObjectNode();
        node.put("stringValue", value.stringValue()).put("dataType", value.dataType());
        node.putArray("stringListValues");
        node.putArray("binaryListValues");
        return node;
    }

    @Override
    public void close() {
        stopped = true;
        environment.close();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
