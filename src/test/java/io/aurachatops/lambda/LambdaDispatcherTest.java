package io.aurachatops.lambda;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aurachatops.command.Requester;
import io.aurachatops.jobs.CommandJob;
import io.aurachatops.jobs.JobCodec;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.SlackRequests;
import io.aurachatops.support.WireMockResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** API Gateway HTTP API (v2) events through the Lambda mock event server into the dispatcher. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class LambdaDispatcherTest {

    final ObjectMapper json = new ObjectMapper();

    @jakarta.inject.Inject
    JobCodec codec;

    @InjectWireMock
    WireMockServer wireMock;

    @Test
    void answersASignedBase64EventThroughTheSameIngress() throws Exception {
        String body = SlackRequests.commandBody("frobnicate", "UADMIN1", "CALLOWED", wireMock.baseUrl() + "/hooks/l1");
        String ts = SlackRequests.timestampNow();
        JsonNode response = invoke(event("/slack/commands", body, ts, SlackRequests.sign(ts, body), true));
        assertEquals(200, response.path("statusCode").asInt());
        JsonNode answer = json.readTree(response.path("body").asText());
        assertEquals("ephemeral", answer.path("response_type").asText());
        assertTrue(answer.path("text").asText().contains("I don't know the command `frobnicate`"));
    }

    @Test
    void rejectsAForgedEventWith401() throws Exception {
        String body = SlackRequests.commandBody("list", "UADMIN1", "CALLOWED", wireMock.baseUrl() + "/hooks/l2");
        String ts = SlackRequests.timestampNow();
        JsonNode response = invoke(event("/slack/commands", body, ts, SlackRequests.sign(ts, body + "x"), true));
        assertEquals(401, response.path("statusCode").asInt());
        assertEquals("", response.path("body").asText());
    }

    @Test
    void acceptsAPlainBodyToo() throws Exception {
        String body = SlackRequests.commandBody("get", "UADMIN1", "CALLOWED", wireMock.baseUrl() + "/hooks/l3");
        String ts = SlackRequests.timestampNow();
        JsonNode response = invoke(event("/slack/commands", body, ts, SlackRequests.sign(ts, body), false));
        assertEquals(200, response.path("statusCode").asInt());
        assertTrue(response.path("body").asText().contains("Missing"));
    }

    @Test
    void reportsExactlyThePoisonedMessageOfAnSqsBatch() throws Exception {
        wireMock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/hooks/.*"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.ok()));
        String job = codec.encode(new CommandJob("job-ok", "2026-01-05T09:00:00Z", "help", java.util.Map.of(),
                new Requester("T0TEAM", "UADMIN1", "CALLOWED"), wireMock.baseUrl() + "/hooks/sqs-help"));
        ObjectNode event = json.createObjectNode();
        ArrayNode records = event.putArray("Records");
        record(records, "msg-good", job);
        record(records, "msg-poison", "{\"v\":1,\"kind\":\"command\",\"job\":\"not a job\"}");
        record(records, "msg-garbage", "%%% not even json");
        JsonNode response = invoke(event.toString());
        java.util.List<String> failed = new java.util.ArrayList<>();
        response.path("batchItemFailures").forEach(f -> failed.add(f.path("itemIdentifier").asText()));
        assertEquals(java.util.List.of("msg-poison", "msg-garbage"), failed);
        assertEquals(1, wireMock.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/hooks/sqs-help"))).size());
    }

    @Test
    void answersTheSchedulersTick() throws Exception {
        JsonNode response = invoke("{\"job\":\"tick\"}");
        assertTrue(response.path("tick").asText().contains("no cost-saving policy"), response.toString());
    }

    @Test
    void rejectsAnUnknownEventClearly() {
        String out = given().contentType("application/json").body("{\"hello\":\"world\"}").when().post().then()
                .extract().asString();
        assertTrue(out.contains("Unsupported Lambda event"), out);
    }

    private void record(ArrayNode records, String id, String body) {
        ObjectNode record = records.addObject();
        record.put("messageId", id);
        record.put("receiptHandle", "rh-" + id);
        record.put("body", body);
        record.putObject("attributes").put("ApproximateReceiveCount", "1");
        record.putObject("messageAttributes");
        record.put("eventSource", "aws:sqs");
        record.put("eventSourceARN", "arn:aws:sqs:eu-west-1:123456789012:aura-jobs");
    }

    private JsonNode invoke(String event) throws Exception {
        String out = given().contentType("application/json").body(event).when().post().then().statusCode(200)
                .extract().asString();
        return json.readTree(out);
    }

    private String event(String path, String body, String ts, String signature, boolean base64) {
        ObjectNode event = json.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "POST " + path);
        event.put("rawPath", path);
        ObjectNode headers = event.putObject("headers");
        headers.put("content-type", "application/x-www-form-urlencoded");
        headers.put("x-slack-request-timestamp", ts);
        headers.put("x-slack-signature", signature);
        event.putObject("requestContext").putObject("http").put("method", "POST").put("path", path);
        event.put("isBase64Encoded", base64);
        event.put("body", base64 ? Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) : body);
        return event.toString();
    }
}
