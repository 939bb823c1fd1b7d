package io.aurachatops.jobs.runtime.sqs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.Awaits;
import io.aurachatops.support.EmulatorCalls;
import io.aurachatops.support.InjectEmulator;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.SlackRequests;
import io.aurachatops.support.SlackStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A job that runs longer than the queue's visibility timeout (1 s here; ElasticMQ's default is 30 s) is held
 * by its receiver, so SQS does not hand it to a second worker: one create, one card.
 */
@QuarkusTest
@WithTestResource(ShortVisibilityQueue.class)
class SqsHoldTest {

    @InjectWireMock
    WireMockServer wireMock;

    @InjectEmulator
    EmulatorServer emulator;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @Test
    void aJobLongerThanTheVisibilityTimeoutRunsOnce() throws Exception {
        wireMock.resetAll();
        SlackStubs.happy(wireMock);
        // Storing the password takes 4 s: four times the queue's visibility timeout.
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.CreateSecret"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{}")
                        .withFixedDelay(4000)));
        String body = SlackRequests.commandBody("create held-1 --type professional-db --cloud-provider gcp "
                + "--region europe-west1 --memory 2GB", "UOPER1", "CALLOWED", wireMock.baseUrl() + "/hooks/held");
        String ts = SlackRequests.timestampNow();
        HttpResponse<String> ack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(commands.toURI())
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", SlackRequests.sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ack.statusCode());
        Awaits.request(wireMock, "/api/chat.postMessage", b -> b.contains("thread_ts") && b.contains("held-1")
                && b.contains("is running"), Duration.ofSeconds(40));
        Thread.sleep(2000);
        assertEquals(1, EmulatorCalls.countNamed(emulator.emulator(), "held-1"), "one instance");
        long cards = wireMock.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
                .map(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8))
                .filter(b -> !b.contains("thread_ts") && b.contains("held-1")).count();
        assertEquals(1, cards, "one card: the job ran once");
        // A second delivery of the same create would have looked for its own earlier attempt's secret.
        assertEquals(0, wireMock.findAll(postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("secretsmanager.DescribeSecret"))).size(), "delivered once");
    }
}
