package io.aurachatops.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.LogCapture;
import io.aurachatops.support.SlackRequests;
import io.aurachatops.support.WireMockResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed slash commands through the real HTTP endpoint, the job queue, WireMock Aura and a WireMock Slack. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class SlackCommandFlowTest {

    static final String ADMIN = "UADMIN1";
    static final String CHANNEL = "CALLOWED";
    static final List<String> SECRETS = List.of(SlackRequests.SIGNING_SECRET, "xoxb-test-bot-token-0123456789",
            "test-aura-client-secret-0123456789", "aura-access-token-e2e");
    static LogCapture logs;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @InjectWireMock
    WireMockServer wireMock;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @TestHTTPResource("/slack/interactions")
    URL interactions;

    @BeforeAll
    static void captureLogs() {
        logs = LogCapture.install();
    }

    @AfterAll
    static void noSecretEverReachedALog() {
        logs.uninstall();
        for (String secret : SECRETS) {
            assertFalse(logs.all().contains(secret), "a secret reached the log");
        }
    }

    @BeforeEach
    void stubs() {
        wireMock.resetAll();
        wireMock.stubFor(post("/oauth/token").willReturn(json200(
                "{\"access_token\":\"aura-access-token-e2e\",\"expires_in\":3600,\"token_type\":\"bearer\"}")));
        wireMock.stubFor(get(urlPathEqualTo("/v1/instances")).willReturn(json200("{\"data\":["
                + "{\"id\":\"5e3a91cf\",\"name\":\"orders\",\"tenant_id\":\"t-1\",\"cloud_provider\":\"gcp\",\"created_at\":\"2025-11-03T09:14:27Z\"},"
                + "{\"id\":\"0a1b2c3d\",\"name\":\"analytics\",\"tenant_id\":\"t-1\",\"cloud_provider\":\"aws\",\"created_at\":\"2025-12-01T10:00:00Z\"},"
                + "{\"id\":\"77777777\",\"name\":\"twin\",\"tenant_id\":\"t-1\",\"cloud_provider\":\"aws\",\"created_at\":\"2025-12-01T10:00:00Z\"},"
                + "{\"id\":\"88888888\",\"name\":\"twin\",\"tenant_id\":\"t-2\",\"cloud_provider\":\"gcp\",\"created_at\":\"2025-12-02T10:00:00Z\"}]}")));
        for (String[] i : new String[][] {{"5e3a91cf", "orders", "running"}, {"0a1b2c3d", "analytics", "paused"},
                {"77777777", "twin", "running"}, {"88888888", "twin", "creating"}}) {
            wireMock.stubFor(get("/v1/instances/" + i[0]).willReturn(json200("{\"data\":{\"id\":\"" + i[0]
                    + "\",\"name\":\"" + i[1] + "\",\"status\":\"" + i[2] + "\",\"tenant_id\":\"t-1\",\"type\":\"professional-db\","
                    + "\"cloud_provider\":\"gcp\",\"region\":\"europe-west1\",\"memory\":\"4GB\",\"storage\":\"8GB\","
                    + "\"connection_url\":\"neo4j+s://" + i[0] + ".databases.neo4j.io\",\"created_at\":\"2025-11-03T09:14:27Z\"}}")));
        }
        wireMock.stubFor(get("/v1/tenants").willReturn(json200(
                "{\"data\":[{\"id\":\"t-1\",\"name\":\"acme-platform\"},{\"id\":\"t-2\",\"name\":\"acme-labs\"}]}")));
        wireMock.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(ok()));
    }

    @Test
    void signedListReachesSlackWithTheInstancesFromAura() throws Exception {
        String hook = hook();
        HttpResponse<String> ack = send("list", ADMIN, CHANNEL, hook);
        assertEquals(200, ack.statusCode());
        JsonNode ackJson = json.readTree(ack.body());
        assertEquals("ephemeral", ackJson.path("response_type").asText());
        assertTrue(ackJson.path("text").asText().contains("Working on `/aura list`"), ack.body());

        JsonNode names = awaitReply(hook);
        assertEquals("ephemeral", names.path("response_type").asText());
        assertEquals("4 instances:", names.path("text").asText());
        assertFalse(names.path("replace_original").asBoolean(), "the first answer is a new message");
        String first = names.path("blocks").toString();
        assertTrue(first.contains("*orders* `5e3a91cf` · gcp · created 2025-11-03"), first);
        assertTrue(first.contains("Fetching statuses"), first);

        JsonNode full = awaitReply(hook, 2).get(1);
        assertTrue(full.path("replace_original").asBoolean(), "the statuses replace the first answer");
        String blocks = full.path("blocks").toString();
        assertTrue(blocks.contains("*orders* `5e3a91cf` · gcp · created 2025-11-03 · 🟢 running"), blocks);
        assertTrue(blocks.contains("*analytics* `0a1b2c3d` · aws · created 2025-12-01 · ⏸️ paused"), blocks);
        Thread.sleep(300);
        assertEquals(2, wireMock.findAll(postRequestedFor(urlEqualTo(URI.create(hook).getPath()))).size(),
                "names once, statuses once");
    }

    @Test
    void anyoneInAnAllowedChannelMayRead() throws Exception {
        String hook = hook();
        assertEquals(200, send("tenants", "UNOBODY", CHANNEL, hook).statusCode());
        String blocks = awaitReply(hook).path("blocks").toString();
        assertTrue(blocks.contains("*acme-platform* `t-1`"), blocks);
        assertTrue(blocks.contains("*acme-labs* `t-2`"), blocks);
    }

    @Test
    void getFindsAnInstanceByName() throws Exception {
        String hook = hook();
        send("get orders", ADMIN, CHANNEL, hook);
        JsonNode reply = awaitReply(hook);
        assertEquals("*orders* `5e3a91cf`", reply.path("text").asText());
        assertTrue(reply.path("blocks").toString().contains("neo4j+s://5e3a91cf.databases.neo4j.io"));
    }

    @Test
    void getListsEveryInstanceThatSharesAName() throws Exception {
        String hook = hook();
        send("get twin", ADMIN, CHANNEL, hook);
        String text = awaitReply(hook).toString();
        assertTrue(text.contains("is the name of 2 instances"), text);
        assertTrue(text.contains("77777777") && text.contains("88888888"), text);
    }

    @Test
    void getSaysNotFoundClearly() throws Exception {
        wireMock.stubFor(get("/v1/instances/deadbeef").willReturn(aResponse().withStatus(404)
                .withBody("{\"errors\":[{\"message\":\"DB not found: deadbeef\",\"reason\":\"db-not-found\"}]}")));
        String hook = hook();
        send("get deadbeef", ADMIN, CHANNEL, hook);
        String text = awaitReply(hook).path("text").asText();
        assertTrue(text.contains("No instance has the id or name `deadbeef`"), text);
    }

    @Test
    void helpListsEveryVerbOfTheDesign() throws Exception {
        String hook = hook();
        send("help", "UNOBODY", CHANNEL, hook);
        String blocks = awaitReply(hook).path("blocks").toString();
        for (String usage : List.of("/aura help [verb]", "/aura tenants", "/aura list [--tenant-id T]",
                "/aura get <id|name>", "/aura create <name> [--type T]", "/aura pause <id|name>",
                "/aura resume <id|name>", "/aura resize <id|name> <memory>", "/aura delete <id|name>",
                "/aura snapshot <id|name>", "/aura snapshots <id|name> [--date YYYY-MM-DD]",
                "/aura restore <id|name> <snapshot-id>", "/aura clone <source> <new-name> [--snapshot S]",
                "/aura overwrite <target> --from <source> [--snapshot S]",
                "/aura schedule [run [--dry-run]]", "/aura keep-awake <id|name> [--until YYYY-MM-DD]")) {
            String escaped = usage.replace("<", "&lt;").replace(">", "&gt;");
            assertTrue(blocks.contains(escaped), () -> escaped + " missing from " + blocks);
        }
    }

    @Test
    void auraOutagesAreExplainedNotHidden() throws Exception {
        wireMock.stubFor(get("/v1/tenants").willReturn(aResponse().withStatus(503).withHeader("X-Request-Id", "req-503")));
        String hook = hook();
        send("tenants", ADMIN, CHANNEL, hook);
        String text = awaitReply(hook).path("text").asText();
        assertTrue(text.contains("Aura had a problem (HTTP 503)") && text.contains("req-503"), text);
    }

    @Test
    void forgedRequestGetsABare401() throws Exception {
        String body = SlackRequests.commandBody("list", ADMIN, CHANNEL, hook());
        HttpResponse<String> response = deliver(commands, body, SlackRequests.timestampNow(), "v0=" + "0".repeat(64));
        assertEquals(401, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void staleAndFutureRequestsGet401() throws Exception {
        String body = SlackRequests.commandBody("list", ADMIN, CHANNEL, hook());
        for (long offset : new long[] {-400, 400}) {
            String ts = Long.toString(System.currentTimeMillis() / 1000 + offset);
            assertEquals(401, deliver(commands, body, ts, SlackRequests.sign(ts, body)).statusCode());
        }
    }

    @Test
    void anotherWorkspaceGets401() throws Exception {
        String body = SlackRequests.commandBody("list", ADMIN, CHANNEL, hook()).replace("team_id=T0TEAM", "team_id=TOTHER");
        String ts = SlackRequests.timestampNow();
        assertEquals(401, deliver(commands, body, ts, SlackRequests.sign(ts, body)).statusCode());
    }

    @Test
    void badInputGetsA200WithTheRightForm() throws Exception {
        assertAnswer(send("", ADMIN, CHANNEL, hook()), "Tell me what to do");
        assertAnswer(send("frobnicate", ADMIN, CHANNEL, hook()), "I don't know the command `frobnicate`");
        assertAnswer(send("get", ADMIN, CHANNEL, hook()), "Usage: `/aura get &lt;id|name&gt;`");
        assertAnswer(send("list --tenant", ADMIN, CHANNEL, hook()), "has no flag `--tenant`");
        assertAnswer(send("get \"open", ADMIN, CHANNEL, hook()), "is not closed");
    }

    @Test
    void wrongChannelIsToldWhereTheBotWorks() throws Exception {
        assertAnswer(send("list", ADMIN, "CELSEWHERE", hook()), "I only act in <#CALLOWED>");
    }


    @Test
    void brokenFormEncodingIsAnsweredNotThrown() throws Exception {
        String body = "team_id=T0TEAM&user_id=UADMIN1&channel_id=CALLOWED&text=%ZZ&response_url=x";
        String ts = SlackRequests.timestampNow();
        HttpResponse<String> response = deliver(commands, body, ts, SlackRequests.sign(ts, body));
        assertAnswer(response, "could not read that request");
    }

    @Test
    void interactionsAreVerifiedToo() throws Exception {
        String body = "payload=" + java.net.URLEncoder.encode("{\"type\":\"block_actions\",\"team\":{\"id\":\"T0TEAM\"}}",
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(401, deliver(interactions, body, SlackRequests.timestampNow(), "v0=bad").statusCode());
        String ts = SlackRequests.timestampNow();
        assertEquals(200, deliver(interactions, body, ts, SlackRequests.sign(ts, body)).statusCode());
        String foreign = body.replace("T0TEAM", "TOTHER");
        String ts2 = SlackRequests.timestampNow();
        assertEquals(401, deliver(interactions, foreign, ts2, SlackRequests.sign(ts2, foreign)).statusCode());
    }

    private void assertAnswer(HttpResponse<String> response, String expected) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json.readTree(response.body());
        assertEquals("ephemeral", answer.path("response_type").asText());
        assertTrue(answer.path("text").asText().contains(expected), answer.path("text").asText());
    }

    private String hook() {
        return wireMock.baseUrl() + "/hooks/" + UUID.randomUUID();
    }

    private HttpResponse<String> send(String text, String user, String channel, String hook) throws Exception {
        String body = SlackRequests.commandBody(text, user, channel, hook);
        String ts = SlackRequests.timestampNow();
        return deliver(commands, body, ts, SlackRequests.sign(ts, body));
    }

    private HttpResponse<String> deliver(URL url, String body, String ts, String signature) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url.toURI())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The first {@code count} messages sent to the hook, in order. */
    private List<JsonNode> awaitReply(String hook, int count) throws Exception {
        String path = URI.create(hook).getPath();
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<LoggedRequest> found = wireMock.findAll(postRequestedFor(urlEqualTo(path)));
            if (found.size() >= count) {
                List<JsonNode> bodies = new java.util.ArrayList<>();
                for (LoggedRequest request : found.subList(0, count)) {
                    bodies.add(json.readTree(request.getBodyAsString()));
                }
                return bodies;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("fewer than " + count + " messages reached " + hook);
    }

    private JsonNode awaitReply(String hook) throws Exception {
        String path = URI.create(hook).getPath();
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            List<LoggedRequest> found = wireMock.findAll(postRequestedFor(urlEqualTo(path)));
            if (!found.isEmpty()) {
                String body = found.get(0).getBodyAsString();
                for (String secret : SECRETS) {
                    assertFalse(body.contains(secret), "a secret reached Slack");
                }
                return json.readTree(body);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No reply reached " + path);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json200(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
