package io.aurachatops.jobs.runtime.sqs;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.SlackRequests;
import io.aurachatops.support.SlackStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * 200 signed commands at once through the server on SQS, with a one-second visibility timeout (ElasticMQ's
 * default is 30 s): every one is answered, and exactly once.
 */
@QuarkusTest
@WithTestResource(BusyShortVisibilityQueue.class)
class SqsConcurrencyTest {

    static final int COMMANDS = 200;

    @InjectWireMock
    WireMockServer wireMock;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @Test
    void twoHundredCommandsAtOnceAreEachAnsweredExactlyOnce() throws Exception {
        wireMock.resetAll();
        SlackStubs.happy(wireMock);
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> acks = new ArrayList<>();
        for (int i = 0; i < COMMANDS; i++) {
            String body = SlackRequests.commandBody("tenants", "UOPER1", "CALLOWED", wireMock.baseUrl() + "/hooks/c" + i);
            String ts = SlackRequests.timestampNow();
            acks.add(http.sendAsync(HttpRequest.newBuilder(commands.toURI()).header("X-Slack-Request-Timestamp", ts)
                    .header("X-Slack-Signature", SlackRequests.sign(ts, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> ack : acks) {
            assertEquals(200, ack.get().statusCode());
        }

        long deadline = System.currentTimeMillis() + 90_000;
        while (answered().size() < COMMANDS && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(3_000); // a redelivery would answer again within a few visibility timeouts
        Map<String, Long> answers = answered();
        assertEquals(COMMANDS, answers.size(), "every command is answered");
        List<String> twice = answers.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertTrue(twice.isEmpty(), "answered more than once: " + twice);
        assertTrue(wireMock.findAll(postRequestedFor(urlPathMatching("/hooks/c0"))).get(0).getBodyAsString()
                .contains("platform"), "an answer is the list of tenants");
    }

    /** How many messages each response URL received. */
    private Map<String, Long> answered() {
        return wireMock.findAll(postRequestedFor(urlPathMatching("/hooks/c[0-9]+"))).stream()
                .map(LoggedRequest::getUrl).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
