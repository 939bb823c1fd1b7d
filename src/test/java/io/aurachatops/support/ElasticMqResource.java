package io.aurachatops.support;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/** Everything of {@link EmulatorResource}, plus ElasticMQ in process as SQS, with the jobs queue. */
public class ElasticMqResource extends EmulatorResource {

    public static final String QUEUE = "aura-jobs";

    private SQSRestServer sqs;

    @Override
    public Map<String, String> start() {
        sqs = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        String endpoint = "http://127.0.0.1:" + sqs.waitUntilStarted().localAddress().getPort();
        System.setProperty("aws.endpointUrlSqs", endpoint);
        Map<String, String> config = new HashMap<>(super.start());
        try (SqsClient client = client(endpoint)) {
            config.put("aura.jobs.queue-url", client.createQueue(r -> r.queueName(QUEUE).attributes(queueAttributes()))
                    .queueUrl());
        }
        return config;
    }

    /** The queue's attributes; ElasticMQ's defaults unless a subclass says otherwise. */
    protected Map<QueueAttributeName, String> queueAttributes() {
        return Map.of();
    }

    /** A client of its own, for tests that put messages on the queue directly. */
    public static SqsClient client(String endpoint) {
        return SqsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(URI.create(endpoint)).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x"))).build();
    }

    @Override
    public void stop() {
        super.stop();
        if (sqs != null) {
            sqs.stopAndWait();
        }
    }
}
