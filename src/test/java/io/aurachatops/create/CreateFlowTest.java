package io.aurachatops.create;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.JobQueue;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.Awaits;
import io.aurachatops.support.EmulatorCalls;
import io.aurachatops.support.EmulatorResource;
import io.aurachatops.support.InjectEmulator;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.LogCapture;
import io.aurachatops.support.RecordingJobQueue;
import io.aurachatops.support.RecordingLedger;
import io.aurachatops.support.TempFiles;
import io.aurachatops.support.SlackRequests;
import io.aurachatops.support.SlackStubs;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /aura create end to end: signed command, the emulator as Aura, WireMock as Slack and as Secrets Manager
 * (through the real SDK client), the in-process queue and the watch.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class CreateFlowTest {

    static final String OPERATOR = "UOPER1";
    static final String CHANNEL = "CALLOWED";
    static final List<String> PASSWORDS = new CopyOnWriteArrayList<>();
    static final List<String> SLACK_TRAFFIC = new CopyOnWriteArrayList<>();
    static final Instant TESTS_BEGAN = Instant.now();
    static LogCapture logs;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @InjectWireMock
    WireMockServer wireMock;

    @InjectEmulator
    EmulatorServer emulator;

    @Inject
    JobQueue queue;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @BeforeAll
    static void captureLogs() {
        logs = LogCapture.install();
    }

    @AfterAll
    static void thePasswordWentNowhereButTheVault() {
        logs.uninstall();
        assertFalse(PASSWORDS.isEmpty(), "the tests saw no password at all");
        assertFalse(RecordingLedger.WRITES.isEmpty() || SLACK_TRAFFIC.isEmpty(), "nothing to grep: the checks are void");
        for (String password : PASSWORDS) {
            assertFalse(logs.all().contains(password), "a password reached the log");
            for (String message : RecordingJobQueue.MESSAGES) {
                assertFalse(message.contains(password), "a password reached a job message");
            }
            for (String write : RecordingLedger.WRITES) {
                assertFalse(write.contains(password), "a password reached the ledger");
            }
            for (String body : SLACK_TRAFFIC) {
                assertFalse(body.contains(password), "a password reached Slack");
            }
            assertFalse(TempFiles.writtenSince(TESTS_BEGAN).anyMatch(text -> text.contains(password)),
                    "a password reached a temporary file");
        }
    }

    @BeforeEach
    void stubs() {
        wireMock.resetAll();
        SlackStubs.happy(wireMock);
        wireMock.stubFor(secrets("CreateSecret").willReturn(amzJson(200, "{\"ARN\":\"arn:x\",\"Name\":\"n\"}")));
        wireMock.stubFor(secrets("DescribeSecret").willReturn(amzJson(400,
                "{\"__type\":\"ResourceNotFoundException\",\"message\":\"Secrets Manager can't find the specified secret.\"}")));
    }

    @Test
    void aSignedCreateEndsWithARunningCardAndTheSecretStored() throws Exception {
        HttpResponse<String> ack = send("create flow-db --type Professional-DB --cloud-provider gcp --region europe-west1 --memory 2 GB");
        assertEquals(200, ack.statusCode());
        assertTrue(json.readTree(ack.body()).path("text").asText().contains("Working on `/aura create`"));

        String thread = awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("flow-db"));
        assertTrue(thread.contains("<@" + OPERATOR + ">") && thread.contains("is running"), thread);

        String id = instanceIdOf("flow-db");
        String finalCard = lastSlack("chat.update", b -> b.contains("flow-db"));
        assertTrue(finalCard.contains("✅"), finalCard);
        assertTrue(finalCard.contains("neo4j+s://" + id + ".databases.neo4j.io"), finalCard);
        assertTrue(finalCard.contains("aura/" + id), finalCard);
        assertTrue(finalCard.contains("aws secretsmanager get-secret-value --secret-id aura/" + id
                + " --query SecretString --output text"), finalCard);

        JsonNode createSecret = json.readTree(onlySecretCall("CreateSecret").getRequest().getBodyAsString());
        assertEquals("aura/" + id, createSecret.path("Name").asText());
        assertEquals(SecretsManagerVaultTokens.of(id), createSecret.path("ClientRequestToken").asText());
        JsonNode value = json.readTree(createSecret.path("SecretString").asText());
        String password = value.path("NEO4J_PASSWORD").asText();
        PASSWORDS.add(password);
        assertEquals(32, password.length());
        assertEquals("flow-db", value.path("AURA_INSTANCE_NAME").asText());
        for (ServeEvent event : wireMock.getAllServeEvents()) {
            if (!event.getRequest().getUrl().equals("/")) {
                assertFalse(event.getRequest().getBodyAsString().contains(password), "the password reached Slack");
            }
        }
        assertEquals(1, namesInEmulator().stream().filter("flow-db"::equals).count());
    }

    @Test
    void invalidRequestsAreAnsweredWithChoicesAndNeverCreateAnything() throws Exception {
        int before = namesInEmulator().size();
        assertReply("create x --type enterprise-db", "not allowed here");
        assertReply("create x --type professional-db --cloud-provider gcp --region mars-north1 --memory 2GB",
                "`europe-west1` (Belgium)");
        assertReply("create x --type professional-db --cloud-provider gcp --region europe-west1 --memory 32GB",
                "above the limit of 16GB");
        assertReply("create x --type free-db --region europe-west1", "`free-db` takes no `--region`");
        assertReply("create orders-graph --type free-db", "already exists");
        assertEquals(before, namesInEmulator().size());
        assertTrue(wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/chat.postMessage"))).isEmpty());
    }

    @Test
    void operatorsOnlyAndTheAnswerNamesTheRole() throws Exception {
        int before = namesInEmulator().size();
        assertReply("create y --type free-db", "UNOBODY", "needs the operator role");
        assertTrue(logs.all().contains("audit user=UNOBODY channel=CALLOWED verb=create instance=y outcome=refused:needs-operator"),
                "the refusal is audited");
        assertEquals(before, namesInEmulator().size());
    }

    @Test
    void aVaultOutageEndsWithTheInstanceDeletedAndAClearMessage() throws Exception {
        wireMock.stubFor(secrets("CreateSecret").willReturn(amzJson(500,
                "{\"__type\":\"InternalServiceError\",\"message\":\"An error occurred on the server side.\"}")));
        send("create vault-down --type professional-db --cloud-provider gcp --region europe-west1 --memory 2GB");
        String thread = awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("vault-down"));
        assertTrue(thread.contains("could not store its password") || thread.contains("credentials could not be stored"),
                thread);
        assertTrue(thread.contains("has been deleted"), thread);
        assertFalse(namesInEmulator().contains("vault-down"));
        collectPasswords();
    }

    @Test
    void aMangledAnswerToACreateIsLookedUpAndTheInstanceWithoutAPasswordIsDeleted() throws Exception {
        emulator.emulator().garbleNextCreate(202, "<html><body>Accepted</body></html>");
        send("create mangled-1 --type professional-db --cloud-provider gcp --region europe-west1 --memory 2GB");
        String thread = awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("mangled-1"));
        assertTrue(thread.contains("created the instance anyway") && thread.contains("has been deleted"), thread);
        assertFalse(namesInEmulator().contains("mangled-1"), "no instance may stay alive without its password");
        assertTrue(secretCalls("CreateSecret").isEmpty(), "nothing to store: the password never arrived");
    }

    @Test
    void anAnswerWithoutAPasswordIsTreatedAsLostToo() throws Exception {
        emulator.emulator().garbleNextCreate(202, "{\"data\":{\"name\":\"mangled-2\"}}");
        send("create mangled-2 --type professional-db --cloud-provider gcp --region europe-west1 --memory 2GB");
        String thread = awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("mangled-2"));
        assertTrue(thread.contains("has been deleted"), thread);
        assertFalse(namesInEmulator().contains("mangled-2"));
        assertTrue(secretCalls("CreateSecret").isEmpty(), "no secret with a null password, and none named aura/null");
    }

    @Test
    void aReplayedSignedCreateRunsOnce() throws Exception {
        String body = SlackRequests.commandBody("create replayed-1 --type professional-db --cloud-provider gcp "
                + "--region europe-west1 --memory 2GB", OPERATOR, CHANNEL, wireMock.baseUrl() + "/hooks/replay");
        String ts = SlackRequests.timestampNow();
        int postsBefore = emulator.emulator().requestCount("POST", "/v1/instances");
        HttpRequest signed = HttpRequest.newBuilder(commands.toURI())
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", SlackRequests.sign(ts, body)).POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        assertEquals(200, http.send(signed, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, http.send(signed, HttpResponse.BodyHandlers.ofString()).statusCode(), "a replay is not forged");
        awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("replayed-1") && b.contains("is running"));
        Thread.sleep(1000);
        assertEquals(1, namesInEmulator().stream().filter("replayed-1"::equals).count(), "one instance, not two");
        assertEquals(postsBefore + 1, emulator.emulator().requestCount("POST", "/v1/instances"), "Aura was asked once");
    }

    @Test
    void twoPeopleCreatingTheSameNameAtOnceMakeOneInstanceAndTheSecondIsTold() throws Exception {
        String text = "create same-name-1 --type professional-db --cloud-provider gcp --region europe-west1 --memory 2GB";
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> sendQuietly(text, OPERATOR, "/hooks/twin-a"));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> sendQuietly(text, "UADMIN1", "/hooks/twin-b"));
        assertEquals(200, first.get().statusCode());
        assertEquals(200, second.get().statusCode());
        awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("same-name-1") && b.contains("is running"));
        String told = "";
        for (int i = 0; i < 100 && !told.contains("started moments ago") && !told.contains("already exists"); i++) {
            Thread.sleep(100);
            told = wireMock.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/hooks/twin-"))
                    .map(e -> e.getRequest().getBodyAsString()).collect(java.util.stream.Collectors.joining("\n"));
        }
        assertTrue(told.contains("started moments ago") || told.contains("already exists"), told);
        assertEquals(1, namesInEmulator().stream().filter("same-name-1"::equals).count(), "one instance, not two");
    }

    private HttpResponse<String> sendQuietly(String text, String user, String hook) {
        try {
            return send(text, user, hook);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRedeliveredJobWhoseInstanceHasNoSecretDeletesIt() throws Exception {
        Instant queuedAt = Instant.now().minusSeconds(1);
        String id = createDirectly("lost-pass");
        queue.submit(redelivery("lost-pass", queuedAt));
        String thread = awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("lost-pass"));
        assertTrue(thread.contains("password lost") || thread.contains("password was lost"), thread);
        assertTrue(thread.contains("has been deleted"), thread);
        assertEquals(Optional.empty(), emulator.emulator().statusOf(id));
    }

    @Test
    void aSecretsManagerHiccupDuringRecoveryIsRetriedAndLeavesNoOrphan() throws Exception {
        // Every DescribeSecret fails (the SDK's own retries included) until the job has been tried once.
        String states = "hiccup";
        wireMock.stubFor(secrets("DescribeSecret").inScenario(states).whenScenarioStateIs(STARTED)
                .willReturn(amzJson(500, "{\"__type\":\"InternalServiceError\",\"message\":\"boom\"}"))
                .willSetStateTo("2"));
        wireMock.stubFor(secrets("DescribeSecret").inScenario(states).whenScenarioStateIs("2")
                .willReturn(amzJson(500, "{\"__type\":\"InternalServiceError\",\"message\":\"boom\"}"))
                .willSetStateTo("3"));
        wireMock.stubFor(secrets("DescribeSecret").inScenario(states).whenScenarioStateIs("3")
                .willReturn(amzJson(500, "{\"__type\":\"InternalServiceError\",\"message\":\"boom\"}"))
                .willSetStateTo("calm"));
        wireMock.stubFor(secrets("DescribeSecret").inScenario(states).whenScenarioStateIs("calm")
                .willReturn(amzJson(400, "{\"__type\":\"ResourceNotFoundException\",\"message\":\"not found\"}")));
        Instant queuedAt = Instant.now().minusSeconds(120);
        String id = createDirectly("hiccup-db");
        queue.submit(redelivery("hiccup-db", queuedAt.plusSeconds(115)));
        String thread = awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("hiccup-db"));
        assertTrue(thread.contains("has been deleted"), thread);
        assertEquals(Optional.empty(), emulator.emulator().statusOf(id), "no instance alive without its password");
    }

    @Test
    void aRedeliveredJobWhoseSecretExistsCarriesOnWithoutASecondCreate() throws Exception {
        Instant queuedAt = Instant.now().minusSeconds(1);
        String id = createDirectly("safe-pass");
        wireMock.stubFor(secrets("DescribeSecret").withRequestBody(matchingJsonPath("$.SecretId", equalTo("aura/" + id)))
                .willReturn(amzJson(200, "{\"Name\":\"aura/" + id + "\"}")));
        queue.submit(redelivery("safe-pass", queuedAt));
        String thread = awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("safe-pass"));
        assertTrue(thread.contains("is running"), thread);
        String firstCard = awaitSlack("chat.postMessage", b -> !b.contains("thread_ts") && b.contains("safe-pass"));
        assertTrue(firstCard.contains("Picked up again"), firstCard);
        assertEquals(1, namesInEmulator().stream().filter("safe-pass"::equals).count());
        assertTrue(secretCalls("CreateSecret").isEmpty());
    }

    @Test
    void inAChannelTheBotCannotPostInTheCardComesPrivately() throws Exception {
        wireMock.stubFor(post("/api/chat.postMessage").willReturn(slackOk("{\"ok\":false,\"error\":\"not_in_channel\"}")));
        String hook = "/hooks/" + UUID.randomUUID();
        send("create private-card --type professional-db --cloud-provider gcp --region europe-west1 --memory 2GB",
                OPERATOR, hook);
        String first = awaitRequest(hook, b -> b.contains("Invite me"));
        assertTrue(first.contains("\"response_type\":\"ephemeral\""), first);
        String last = awaitRequest(hook, b -> b.contains("is running"));
        assertTrue(last.contains("✅"), last);
        assertTrue(last.contains("\"replace_original\":true"), "a later state replaces the private card: " + last);
        long posts = wireMock.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(hook)).count();
        assertTrue(posts <= 5, "response_url allows five posts; used " + posts);
        collectPasswords();
    }

    @Test
    void aRateLimitedCardUpdateIsSentAgainAfterRetryAfterSoTheCardEndsFinal() throws Exception {
        wireMock.stubFor(post("/api/chat.update").atPriority(1).withRequestBody(containing("ratelimited-card"))
                .inScenario("slack-429").whenScenarioStateIs(STARTED).willSetStateTo("calm")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        send("create ratelimited-card --type professional-db --cloud-provider gcp --region europe-west1 --memory 2GB");
        awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("ratelimited-card"));
        List<String> updates = wireMock.findAll(postRequestedFor(urlEqualTo("/api/chat.update"))).stream()
                .map(r -> java.net.URLDecoder.decode(r.getBodyAsString(), java.nio.charset.StandardCharsets.UTF_8))
                .filter(b -> b.contains("ratelimited-card")).toList();
        assertTrue(updates.size() >= 2 && updates.get(0).equals(updates.get(1)), "the refused update was sent again");
        assertTrue(updates.get(updates.size() - 1).contains("is running"), "the card ends final");
        collectPasswords();
    }

    @Test
    void aCloneIsMadeLikeACreateAndAnUnexportableSnapshotIsRefusedBeforeAura() throws Exception {
        send("clone orders-graph orders-copy");
        String thread = awaitSlack("chat.postMessage", b -> b.contains("thread_ts") && b.contains("orders-copy"));
        assertTrue(thread.contains("is running"), thread);
        String card = awaitSlack("chat.postMessage", b -> !b.contains("thread_ts") && b.contains("orders-copy"));
        assertTrue(card.contains("A copy of `5e3a91cf`"), "the card names the source: " + card);
        assertTrue(secretCalls("CreateSecret").stream().anyMatch(e -> e.getRequest().getBodyAsString()
                .contains("orders-copy")), "the clone's password went to the vault");
        collectPasswords();

        String snapshot = EmulatorCalls.completedSnapshot(emulator.emulator(), "5e3a91cf");
        emulator.emulator().makeUnexportable(snapshot);
        int posts = emulator.emulator().requestCount("POST", "/v1/instances");
        assertReply("clone orders-graph orders-copy-2 --snapshot " + snapshot, "cannot");
        assertEquals(posts, emulator.emulator().requestCount("POST", "/v1/instances"), "Aura was not asked");
        assertFalse(namesInEmulator().contains("orders-copy-2"));
    }

    // --- helpers --------------------------------------------------------------------------------

    private CommandJob redelivery(String name, Instant queuedAt) {
        return new CommandJob(UUID.randomUUID().toString(), queuedAt.toString(), "create", Map.of("name", name,
                "type", "professional-db", "cloud-provider", "gcp", "region", "europe-west1", "memory", "2GB"),
                new Requester("T0TEAM", OPERATOR, CHANNEL), wireMock.baseUrl() + "/hooks/" + UUID.randomUUID());
    }

    /** Creates an instance behind the bot's back, as a crashed earlier attempt would have. */
    private String createDirectly(String name) throws Exception {
        JsonNode created = EmulatorCalls.create(emulator.emulator(), name);
        PASSWORDS.add(created.path("password").asText());
        return created.path("id").asText();
    }

    private List<String> namesInEmulator() throws Exception {
        return EmulatorCalls.instances(emulator.emulator()).stream().map(n -> n.path("name").asText()).toList();
    }

    private String instanceIdOf(String name) throws Exception {
        return EmulatorCalls.instances(emulator.emulator()).stream().filter(n -> n.path("name").asText().equals(name))
                .findFirst().orElseThrow().path("id").asText();
    }

    private void collectPasswords() throws Exception {
        for (ServeEvent event : secretCalls("CreateSecret")) {
            JsonNode body = json.readTree(event.getRequest().getBodyAsString());
            PASSWORDS.add(json.readTree(body.path("SecretString").asText()).path("NEO4J_PASSWORD").asText());
        }
    }

    /** Everything sent to Slack (its API and response URLs) during a test, to grep for passwords at the end. */
    @AfterEach
    void keepSlackTraffic() {
        wireMock.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> r.getUrl().startsWith("/api/") || r.getUrl().startsWith("/hooks/"))
                .forEach(r -> SLACK_TRAFFIC.add(r.getBodyAsString()));
    }

    private void assertReply(String text, String expected) throws Exception {
        assertReply(text, OPERATOR, expected);
    }

    private void assertReply(String text, String user, String expected) throws Exception {
        String hook = "/hooks/" + UUID.randomUUID();
        send(text, user, hook);
        String reply = awaitRequest(hook, b -> true);
        assertTrue(reply.contains(expected), reply);
    }

    private HttpResponse<String> send(String text) throws Exception {
        return send(text, OPERATOR);
    }

    private HttpResponse<String> send(String text, String user) throws Exception {
        return send(text, user, "/hooks/" + UUID.randomUUID());
    }

    private HttpResponse<String> send(String text, String user, String hookPath) throws Exception {
        String body = SlackRequests.commandBody(text, user, CHANNEL, wireMock.baseUrl() + hookPath);
        String ts = SlackRequests.timestampNow();
        return http.send(HttpRequest.newBuilder(commands.toURI())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", SlackRequests.sign(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String awaitSlack(String method, Predicate<String> match) throws Exception {
        return awaitRequest("/api/" + method, match);
    }

    private String awaitRequest(String path, Predicate<String> match) throws Exception {
        return Awaits.request(wireMock, path, match, java.time.Duration.ofSeconds(30));
    }

    private String lastSlack(String method, Predicate<String> match) {
        // Serve events are newest first.
        return wireMock.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/api/" + method))
                .map(e -> URLDecoder.decode(e.getRequest().getBodyAsString(), StandardCharsets.UTF_8)).filter(match)
                .findFirst().orElseThrow();
    }

    private List<ServeEvent> secretCalls(String operation) {
        return wireMock.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/"))
                .filter(e -> ("secretsmanager." + operation).equals(e.getRequest().getHeader("X-Amz-Target"))).toList();
    }

    private ServeEvent onlySecretCall(String operation) {
        List<ServeEvent> calls = secretCalls(operation);
        assertEquals(1, calls.size(), operation + " calls");
        return calls.get(0);
    }

    private static MappingBuilder secrets(String operation) {
        return post("/").withHeader("X-Amz-Target", equalTo("secretsmanager." + operation));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder amzJson(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder slackOk(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** The token the vault derives, computed the same way, so that the test reads as a contract. */
    static final class SecretsManagerVaultTokens {
        static String of(String instanceId) {
            return UUID.nameUUIDFromBytes(("aura-chatops:" + instanceId).getBytes(StandardCharsets.UTF_8)).toString();
        }
    }
}
