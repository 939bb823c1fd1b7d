package io.aurachatops.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.aurachatops.sandbox.AuraEmulator;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.ElasticMqResource;
import io.aurachatops.support.EmulatorCalls;
import io.aurachatops.support.EmulatorResource;
import io.aurachatops.support.FunctionZip;
import io.aurachatops.support.TimeSource;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * target/function.zip as the managed runtime runs it, in the lambda profile: a signed command is
 * acknowledged (with the signing secret loaded lazily from the bot secret), and SQS events carrying its
 * jobs create the instance and follow it to a ✅ card.
 */
class FunctionZipIT {

    static final String SIGNING_SECRET = "it-signing-secret-from-the-bot-secret";
    static final String BOT_SECRET = "aura-chatops/bot";
    static final String SETTINGS = "/aura-chatops/settings";

    static EmulatorServer emulator;
    static WireMockServer wireMock;
    static SQSRestServer elasticMq;
    static String sqsEndpoint;
    static String queueUrl;

    @TempDir
    static Path unzipped;

    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void servers() throws Exception {
        emulator = EmulatorServer.start(EmulatorResource.FAST, TimeSource.SYSTEM);
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        elasticMq = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        sqsEndpoint = "http://127.0.0.1:" + elasticMq.waitUntilStarted().localAddress().getPort();
        try (SqsClient sqs = ElasticMqResource.client(sqsEndpoint)) {
            queueUrl = sqs.createQueue(r -> r.queueName("aura-jobs")).queueUrl();
        }
        ObjectNode secret = new ObjectMapper().createObjectNode().put("SLACK_SIGNING_SECRET", SIGNING_SECRET)
                .put("SLACK_BOT_TOKEN", "xoxb-from-the-bot-secret").put("AURA_CLIENT_ID", "sandbox-client")
                .put("AURA_CLIENT_SECRET", "sandbox-client-secret");
        wireMock.stubFor(amz("GetSecretValue").willReturn(amzJson(
                new ObjectMapper().createObjectNode().put("Name", BOT_SECRET).put("SecretString", secret.toString()).toString())));
        wireMock.stubFor(amz("DescribeSecret").willReturn(amzJson("{\"Name\":\"" + BOT_SECRET + "\"}")));
        wireMock.stubFor(amz("CreateSecret").willReturn(amzJson("{}")));
        // The run-time settings parameter, as the stack writes it (used by the cold-start bench).
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("AmazonSSM.GetParameter")).willReturn(amzJson(
                new ObjectMapper().createObjectNode().set("Parameter", new ObjectMapper().createObjectNode()
                        .put("Name", SETTINGS).put("Type", "String").put("Value", new ObjectMapper().createObjectNode()
                                .put("AURA_BOT_SECRETS_ID", BOT_SECRET).put("AURA_BOT_OPERATORS", "UOPER1")
                                .put("AURA_TENANT_ID", AuraEmulator.platformTenantId()).toString())).toString())));
        wireMock.stubFor(post("/api/chat.postMessage").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.1\"}")));
        wireMock.stubFor(post("/api/chat.update").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true}")));
        wireMock.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(ok()));
        // Priming warms the ack path's Slack client with api.test, which needs no token.
        wireMock.stubFor(post("/api/api.test").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true}")));
    }

    @AfterAll
    static void stop() {
        emulator.close();
        wireMock.stop();
        elasticMq.stopAndWait();
    }

    /** As deployed: the bot secret's name and the roles come from the settings parameter, not from -D. */
    static Map<String, String> deployedEnvironment(boolean prime) {
        Map<String, String> p = lambdaEnvironment(prime);
        p.remove("aura.bot.secrets-id");
        p.remove("aura.bot.operators");
        p.put("aura.settings.parameter", SETTINGS);
        p.put("aws.endpointUrlSsm", wireMock.baseUrl());
        return p;
    }

    static Map<String, String> lambdaEnvironment(boolean prime) {
        Map<String, String> p = new HashMap<>();
        p.put("quarkus.profile", "lambda");
        p.put("aura.api-url", emulator.baseUrl());
        p.put("aura.tenant-id", AuraEmulator.platformTenantId());
        p.put("aura.bot.secrets-id", BOT_SECRET);
        p.put("aura.bot.operators", "UOPER1");
        p.put("aura.jobs.queue-url", queueUrl);
        // One process here, so the in-process ledger is truthful; the scale benchmark uses DynamoDB (moto).
        p.put("aura.ledger.required", "false");
        p.put("aura.poll-interval", "1s");
        p.put("aura.prime-at-startup", Boolean.toString(prime));
        p.put("slack.api-url", wireMock.baseUrl() + "/api/");
        p.put("aws.region", "eu-west-1");
        p.put("aws.accessKeyId", "it");
        p.put("aws.secretAccessKey", "it");
        p.put("aws.endpointUrlSqs", sqsEndpoint);
        p.put("aws.endpointUrlSecretsManager", wireMock.baseUrl());
        return p;
    }

    @Test
    void acknowledgesACommandAndItsSqsJobsCreateTheInstance() throws Exception {
        long before = botSecretReads();
        try (FunctionZip function = FunctionZip.start(Path.of("target/function.zip"), unzipped, lambdaEnvironment(true))) {
            function.initMillis();
            assertEquals(before, botSecretReads(), "the bot secret must not be read during INIT");

            FunctionZip.Invocation ack = function.invoke(httpEvent("create zip-db --type professional-db "
                    + "--cloud-provider gcp --region europe-west1 --memory 2GB"));
            JsonNode response = json.readTree(ack.output());
            assertEquals(200, response.path("statusCode").asInt(), function.log());
            assertTrue(response.path("body").asText().contains("Working on `/aura create`"), ack.output());

            try (SqsClient sqs = ElasticMqResource.client(sqsEndpoint)) {
                boolean running = false;
                for (int round = 0; round < 30 && !running; round++) {
                    List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(2)
                            .maxNumberOfMessages(10).messageSystemAttributeNames(
                                    MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
                    for (Message message : messages) {
                        JsonNode result = json.readTree(function.invoke(sqsEvent(message)).output());
                        assertEquals(0, result.path("batchItemFailures").size(), result.toString());
                        sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                    }
                    running = wireMock.getAllServeEvents().stream()
                            .filter(e -> e.getRequest().getUrl().equals("/api/chat.postMessage"))
                            .map(e -> URLDecoder.decode(e.getRequest().getBodyAsString(), StandardCharsets.UTF_8))
                            .anyMatch(b -> b.contains("thread_ts") && b.contains("zip-db") && b.contains("is running"));
                }
                assertTrue(running, "no ✅ card; function output:\n" + function.log());
            }
            assertEquals(1, secretsStored("zip-db"));
            assertEquals(before + 1, botSecretReads(), "the bot secret is read once, then cached");
        }
    }

    /**
     * {@code /aura create} alone on a cold function: the ack path opens the form with the bot token from the
     * secret (read then, never in INIT), and the SQS job fills it with the tenant's choices.
     */
    @Test
    void theCreateFormOpensInTheAckPathOfAColdFunctionAndItsJobFillsIt() throws Exception {
        stubViews(0);
        try (FunctionZip function = FunctionZip.start(Path.of("target/function.zip"), unzipped, lambdaEnvironment(true))) {
            function.initMillis();
            FunctionZip.Invocation ack = function.invoke(httpEvent("create", "7.7.cold"));
            JsonNode response = json.readTree(ack.output());
            assertEquals(200, response.path("statusCode").asInt(), function.log());
            assertEquals("", response.path("body").asText(), "the form is the answer: " + ack.output());
            var opened = wireMock.findAll(postRequestedFor(urlEqualTo("/api/views.open")).withRequestBody(
                    containing("7.7.cold")));
            assertEquals(1, opened.size(), "views.open from the ack path");
            assertEquals("Bearer xoxb-from-the-bot-secret", opened.get(0).getHeader("Authorization"));
            try (SqsClient sqs = ElasticMqResource.client(sqsEndpoint)) {
                // The queue is shared with the other tests here: run what it holds until the form is filled.
                for (int round = 0; round < 10 && wireMock.findAll(postRequestedFor(urlEqualTo("/api/views.update")))
                        .isEmpty(); round++) {
                    Message job = receiveOne(sqs);
                    function.invoke(sqsEvent(job));
                    sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(job.receiptHandle()));
                }
            }
            String filled = URLDecoder.decode(wireMock.findAll(postRequestedFor(urlEqualTo("/api/views.update")))
                    .get(0).getBodyAsString(), StandardCharsets.UTF_8);
            assertTrue(filled.contains("V0COLD") && filled.contains("professional-db"), filled);
        }
    }

    /** Slack's views.open and views.update, answering after {@code delayMillis} (Slack's own time). */
    static void stubViews(int delayMillis) {
        wireMock.stubFor(post("/api/views.open").willReturn(aResponse().withFixedDelay(delayMillis)
                .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"view\":{\"id\":\"V0COLD\","
                        + "\"hash\":\"h1\"}}")));
        wireMock.stubFor(post("/api/views.update").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true,\"view\":{\"id\":\"V0COLD\",\"hash\":\"h2\"}}")));
    }

    /**
     * kill -9 of the worker after the password was stored and before the card and the watch: the message comes
     * back, a fresh process finds the instance by its secret and finishes the card. One instance, one secret.
     */
    @Test
    void aWorkerKilledAfterStoringThePasswordIsFinishedByTheNextOne() throws Exception {
        // The card is slow to post, so the process can be killed between the secret and the watch.
        wireMock.stubFor(post("/api/chat.postMessage").atPriority(1).withRequestBody(containing("crash-db"))
                .inScenario("crash").whenScenarioStateIs(STARTED).willReturn(aResponse().withFixedDelay(20_000)
                        .withHeader("Content-Type", "application/json").withBody("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"2.2\"}")));
        wireMock.stubFor(amz("DescribeSecret").atPriority(1).withRequestBody(containing("\"aura/"))
                .inScenario("crash").whenScenarioStateIs(STARTED).willReturn(aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"__type\":\"ResourceNotFoundException\",\"message\":\"not found\"}")));
        wireMock.stubFor(amz("CreateSecret").atPriority(1).withRequestBody(containing("crash-db")).inScenario("crash")
                .whenScenarioStateIs(STARTED).willReturn(amzJson("{}")).willSetStateTo("stored"));
        try (SqsClient sqs = ElasticMqResource.client(sqsEndpoint)) {
            try (FunctionZip first = FunctionZip.start(Path.of("target/function.zip"), unzipped, lambdaEnvironment(false))) {
                first.initMillis();
                first.invoke(httpEvent("create crash-db --type professional-db --cloud-provider gcp "
                        + "--region europe-west1 --memory 2GB"));
                Message command = receiveOne(sqs);
                Thread worker = new Thread(() -> {
                    try {
                        first.invoke(sqsEvent(command));
                    } catch (Exception | AssertionError killed) {
                        // the process is killed mid-invocation
                    }
                });
                worker.start();
                awaitRequest("/api/chat.postMessage", "crash-db");
                assertEquals(1, secretsStored("crash-db"), "killed after the password was stored");
                first.kill();
                worker.join();
                // Its visibility timeout lapses: SQS hands the message out again.
                sqs.changeMessageVisibility(r -> r.queueUrl(queueUrl).receiptHandle(command.receiptHandle())
                        .visibilityTimeout(0));
            }
            try (FunctionZip second = FunctionZip.start(Path.of("target/function.zip"), unzipped, lambdaEnvironment(false))) {
                second.initMillis();
                boolean running = false;
                for (int round = 0; round < 30 && !running; round++) {
                    for (Message message : sqs.receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(2)
                            .maxNumberOfMessages(10).messageSystemAttributeNames(
                                    MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages()) {
                        second.invoke(sqsEvent(message));
                        sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                    }
                    running = slackPosts().anyMatch(b -> b.contains("thread_ts") && b.contains("crash-db")
                            && b.contains("is running"));
                }
                assertTrue(running, "the card was never finished; output:\n" + second.log());
            }
        }
        assertTrue(slackPosts().anyMatch(b -> b.contains("crash-db") && b.contains("Picked up again")));
        assertEquals(1, EmulatorCalls.countNamed(emulator.emulator(), "crash-db"), "one instance");
        assertEquals(1, secretsStored("crash-db"), "one secret");
    }

    private static Message receiveOne(SqsClient sqs) {
        for (int round = 0; round < 10; round++) {
            List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).waitTimeSeconds(2).maxNumberOfMessages(1)
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
            if (!messages.isEmpty()) {
                return messages.get(0);
            }
        }
        throw new AssertionError("no job was queued");
    }

    private static void awaitRequest(String path, String containing) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (wireMock.getAllServeEvents().stream().anyMatch(e -> e.getRequest().getUrl().equals(path)
                    && URLDecoder.decode(e.getRequest().getBodyAsString(), StandardCharsets.UTF_8).contains(containing))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no request to " + path + " with " + containing);
    }

    private static long botSecretReads() {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                equalTo("secretsmanager.GetSecretValue"))).size();
    }

    /** The secrets stored for instances of this name. */
    private static long secretsStored(String name) {
        return wireMock.findAll(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
                equalTo("secretsmanager.CreateSecret"))).stream().filter(r -> r.getBodyAsString().contains(name)).count();
    }

    private static java.util.stream.Stream<String> slackPosts() {
        return wireMock.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals("/api/chat.postMessage"))
                .map(e -> URLDecoder.decode(e.getRequest().getBodyAsString(), StandardCharsets.UTF_8));
    }

    static String httpEvent(String text) {
        return httpEvent(text, null);
    }

    /** A signed slash command as API Gateway delivers it; with a trigger id, as Slack sends for every command. */
    static String httpEvent(String text, String triggerId) {
        String body = "team_id=T1&channel_id=C1&user_id=UOPER1&command=%2Faura"
                + (triggerId == null ? "" : "&trigger_id=" + triggerId) + "&text="
                + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url="
                + java.net.URLEncoder.encode(wireMock.baseUrl() + "/hooks/zip", StandardCharsets.UTF_8);
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String signature = new com.slack.api.app_backend.SlackSignature.Generator(SIGNING_SECRET).generate(ts, body);
        ObjectMapper json = new ObjectMapper();
        ObjectNode event = json.createObjectNode().put("version", "2.0").put("routeKey", "POST /slack/commands")
                .put("rawPath", "/slack/commands").put("isBase64Encoded", true)
                .put("body", Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)));
        event.putObject("headers").put("content-type", "application/x-www-form-urlencoded")
                .put("x-slack-request-timestamp", ts).put("x-slack-signature", signature);
        event.putObject("requestContext").putObject("http").put("method", "POST").put("path", "/slack/commands");
        return event.toString();
    }

    static String sqsEvent(Message message) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode event = json.createObjectNode();
        ObjectNode record = event.putArray("Records").addObject();
        record.put("messageId", message.messageId()).put("receiptHandle", message.receiptHandle())
                .put("body", message.body()).put("eventSource", "aws:sqs");
        record.putObject("attributes").put("ApproximateReceiveCount",
                message.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
        record.putObject("messageAttributes");
        return event.toString();
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder amz(String operation) {
        return post("/").withHeader("X-Amz-Target", equalTo("secretsmanager." + operation));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder amzJson(String body) {
        return aResponse().withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }
}
