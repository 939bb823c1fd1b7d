package io.aurachatops.lambda;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
