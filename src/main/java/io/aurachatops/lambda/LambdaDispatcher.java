package io.aurachatops.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aurachatops.slack.SlackIngress;
import io.aurachatops.slack.SlackRequest;
import io.aurachatops.slack.SlackResponse;
import io.quarkus.logging.Log;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The single Lambda entry point. It recognises the event's shape and hands it to the same services the local
 * server uses. For now it serves API Gateway HTTP API (v2) events for the Slack endpoints.
 */
@Named("dispatcher")
public class LambdaDispatcher implements RequestStreamHandler {

    private final SlackIngress ingress;
    private final ObjectMapper json;

    public LambdaDispatcher(SlackIngress ingress, ObjectMapper json) {
        this.ingress = ingress;
        this.json = json;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = json.readTree(input);
        if (event == null || !event.path("requestContext").path("http").isObject()) {
            String keys = event == null ? "nothing" : String.join(",", (Iterable<String>) event::fieldNames);
            Log.errorf("Unsupported Lambda event with fields [%s]", keys);
            throw new IllegalArgumentException("Unsupported Lambda event: expected an API Gateway HTTP API (v2) event");
        }
        json.writeValue(output, http(event));
    }

    private ObjectNode http(JsonNode event) {
        String path = event.path("rawPath").asText(event.path("requestContext").path("http").path("path").asText(""));
        SlackRequest request = new SlackRequest(headers(event.path("headers")), body(event));
        SlackResponse response;
        if (path.endsWith("/slack/commands")) {
            response = ingress.command(request);
        } else if (path.endsWith("/slack/interactions")) {
            response = ingress.interaction(request);
        } else {
            response = new SlackResponse(404, null);
        }
        ObjectNode out = json.createObjectNode();
        out.put("statusCode", response.status());
        out.put("isBase64Encoded", false);
        if (response.hasBody()) {
            out.putObject("headers").put("content-type", "application/json; charset=utf-8");
            out.put("body", response.json());
        } else {
            out.put("body", "");
        }
        return out;
    }

    /** API Gateway base64-encodes form bodies; the signature covers the decoded bytes. */
    private static byte[] body(JsonNode event) {
        String body = event.path("body").asText("");
        if (event.path("isBase64Encoded").asBoolean(false)) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(JsonNode node) {
        Map<String, String> headers = new HashMap<>();
        node.fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        return headers;
    }
}
