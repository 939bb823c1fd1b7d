package io.aurachatops.jobs.runtime.sqs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.JobCodec;
import io.aurachatops.jobs.JobSettings;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.Awaits;
import io.aurachatops.support.ElasticMqResource;
import io.aurachatops.support.EmulatorCalls;
import io.aurachatops.support.InjectEmulator;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.RecordingJobQueue;
import io.aurachatops.support.SlackRequests;
import io.aurachatops.support.SlackStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The server with AURA_JOBS_QUEUE_URL: ack → SQS (ElasticMQ) → worker → emulator and Secrets Manager → watch via SQS → ✅. */
@QuarkusTest
@WithTestResource(ElasticMqResource.class)
class SqsFlowTest {

    final ObjectMapper json = new ObjectMapper();

    @InjectWireMock
    WireMockServer wireMock;

    @InjectEmulator
    EmulatorServer emulator;

    @Inject
    JobSettings settings;

    @Inject
    JobCodec codec;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @BeforeEach
    void stubs() {
        wireMock.resetAll();
        SlackStubs.happy(wireMock);
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.CreateSecret"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{}")));
    }

    @Test
    void aCommandTravelsThroughSqsToARunningCard() throws Exception {
        String body = SlackRequests.commandBody("create via-sqs --type professional-db --cloud-provider gcp "
                + "--region europe-west1 --memory 2GB", "UOPER1", "CALLOWED", wireMock.baseUrl() + "/hooks/s1");
        String ts = SlackRequests.timestampNow();
        HttpResponse<String> ack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(commands.toURI())
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", SlackRequests.sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ack.statusCode());
        String thread = await("/api/chat.postMessage", b -> b.contains("thread_ts") && b.contains("via-sqs"));
        assertTrue(thread.contains("is running"), thread);
        assertTrue(RecordingJobQueue.MESSAGES.stream().anyMatch(m -> m.contains("\"kind\":\"watch\"")
                && m.contains("via-sqs")), "a watch went through the queue");
        assertEquals(1, count("via-sqs"));
    }

    @Test
    void theSameJobDeliveredTwiceCreatesOneInstance() throws Exception {
        CommandJob job = new CommandJob(UUID.randomUUID().toString(), Instant.now().toString(), "create",
                Map.of("name", "twice", "type", "professional-db", "cloud-provider", "gcp", "region", "europe-west1",
                        "memory", "2GB"), new Requester("T0TEAM", "UOPER1", "CALLOWED"), wireMock.baseUrl() + "/hooks/t");
        String message = codec.encode(job);
        String endpoint = System.getProperty("aws.endpointUrlSqs");
        try (SqsClient sqs = ElasticMqResource.client(endpoint)) {
            sqs.sendMessage(r -> r.queueUrl(settings.queueUrl().orElseThrow()).messageBody(message));
            await("/api/chat.postMessage", b -> b.contains("thread_ts") && b.contains("twice") && b.contains("is running"));
            // Secrets Manager now holds the secret the first delivery stored.
            wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.DescribeSecret"))
                    .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1")
                            .withBody("{\"Name\":\"aura/x\"}")));
            sqs.sendMessage(r -> r.queueUrl(settings.queueUrl().orElseThrow()).messageBody(message));
            await("/api/chat.postMessage", b -> b.contains("Picked up again") && b.contains("twice"));
        }
        assertEquals(1, count("twice"));
    }

    private long count(String name) throws Exception {
        return EmulatorCalls.countNamed(emulator.emulator(), name);
    }

    private String await(String path, Predicate<String> match) throws Exception {
        return Awaits.request(wireMock, path, match, Duration.ofSeconds(30));
    }
}
