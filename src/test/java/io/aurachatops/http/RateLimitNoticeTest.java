package io.aurachatops.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.SlackRequests;
import io.aurachatops.support.WireMockResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One 429 asking for an hour: the command waits (two minutes at most) and its requester is told why and until
 * when, once. A profile of its own, because the hold stops every Aura request of this application.
 */
@QuarkusTest
@TestProfile(RateLimitNoticeTest.OwnApplication.class)
@WithTestResource(WireMockResource.class)
class RateLimitNoticeTest {

    public static class OwnApplication implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aura.job-time-budget", "40s");
        }
    }

    @InjectWireMock
    WireMockServer wireMock;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @Test
    void aLongRetryAfterIsExplainedToTheRequesterWithWhenItEnds() throws Exception {
        wireMock.stubFor(post("/oauth/token").willReturn(ok().withHeader("Content-Type", "application/json").withBody(
                "{\"access_token\":\"aura-access-token-429\",\"expires_in\":3600,\"token_type\":\"bearer\"}")));
        wireMock.stubFor(get("/v1/tenants").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withHeader("Content-Type", "application/json").withBody("{\"errors\":[{\"message\":\"Too many requests\","
                        + "\"reason\":\"rate-limit-exceeded\"}]}")));
        wireMock.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(ok()));
        String hook = wireMock.baseUrl() + "/hooks/" + UUID.randomUUID();

        String body = SlackRequests.commandBody("tenants", "UADMIN1", "CALLOWED", hook);
        String ts = SlackRequests.timestampNow();
        HttpResponse<String> ack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(commands.toURI())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", SlackRequests.sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ack.statusCode());

        String notice = new ObjectMapper().readTree(awaitPost(URI.create(hook).getPath()).getBodyAsString())
                .path("text").asText();
        assertTrue(notice.contains("Aura asked the bot to slow down"), notice);
        assertTrue(notice.contains("<!date^") && notice.contains("(in 2 min)"), "says when it carries on: " + notice);
        Thread.sleep(3_000);
        assertEquals(1, wireMock.findAll(postRequestedFor(urlEqualTo(URI.create(hook).getPath()))).size(),
                "told once, and nothing else said while it waits");
        assertEquals(1, wireMock.findAll(getRequestedFor(urlEqualTo("/v1/tenants"))).size(),
                "no request is sent to Aura during the hold");
    }

    private LoggedRequest awaitPost(String path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<LoggedRequest> found = wireMock.findAll(postRequestedFor(urlEqualTo(path)));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing reached " + path);
    }
}
