package io.aurachatops.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.aurachatops.sandbox.EmulatorSettings;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WireMock on loopback playing Slack's Web API, response_url hooks under {@code /hooks/…}, and Secrets
 * Manager holding the bot secret. Every request is kept with the moment it arrived, for latency figures.
 */
final class SlackFake implements AutoCloseable {

    static final String SIGNING_SECRET = "bench-signing-secret-from-the-bot-secret";

    /** One request the functions made, with its body URL-decoded when it was a form. */
    record Post(Instant at, String path, String body) {
    }

    private final WireMockServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();

    SlackFake(String botSecretName) {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new PostedTs()));
        server.addMockServiceRequestListener((request, response) -> {
            String body = request.getBodyAsString();
            String type = String.valueOf(request.getHeader("Content-Type"));
            posts.add(new Post(Instant.now(), request.getUrl(),
                    type.contains("form-urlencoded") ? URLDecoder.decode(body, StandardCharsets.UTF_8) : body));
        });
        server.start();
        ObjectMapper json = new ObjectMapper();
        ObjectNode secret = json.createObjectNode().put("SLACK_SIGNING_SECRET", SIGNING_SECRET)
                .put("SLACK_BOT_TOKEN", "xoxb-bench-bot-token").put("AURA_CLIENT_ID", EmulatorSettings.SANDBOX_CLIENT_ID)
                .put("AURA_CLIENT_SECRET", EmulatorSettings.SANDBOX_CLIENT_SECRET);
        server.stubFor(amz("GetSecretValue").willReturn(amzJson(json.createObjectNode().put("Name", botSecretName)
                .put("SecretString", secret.toString()).toString())));
        server.stubFor(amz("DescribeSecret").willReturn(amzJson("{\"Name\":\"" + botSecretName + "\"}")));
        server.stubFor(amz("CreateSecret").willReturn(amzJson("{}")));
        server.stubFor(post(urlPathMatching("/api/.*")).atPriority(10).willReturn(slackJson("{\"ok\":true}")));
        server.stubFor(post("/api/chat.postMessage").willReturn(slackJson("{}").withTransformers(PostedTs.NAME)));
        server.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(ok()));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    String hook(String name) {
        return server.baseUrl() + "/hooks/" + name;
    }

    /** Requests to this path (e.g. {@code /api/chat.postMessage} or {@code /hooks/list}), oldest first. */
    List<Post> posts(String path) {
        return posts.stream().filter(p -> p.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder amz(String operation) {
        return post("/").withHeader("X-Amz-Target", equalTo("secretsmanager." + operation));
    }

    private static ResponseDefinitionBuilder amzJson(String body) {
        return aResponse().withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
    }

    private static ResponseDefinitionBuilder slackJson(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** chat.postMessage answers as Slack does: the channel it was posted to and a ts of its own, for chat.update. */
    static final class PostedTs implements ResponseDefinitionTransformerV2 {
        static final String NAME = "slack-posted-ts";
        private final AtomicLong next = new AtomicLong();

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String channel = formField(event.getRequest().getBodyAsString(), "channel");
            String ts = Instant.now().getEpochSecond() + "." + String.format("%06d", next.incrementAndGet());
            String body = new ObjectMapper().createObjectNode().put("ok", true).put("channel", channel).put("ts", ts)
                    .toString();
            return ResponseDefinitionBuilder.like(event.getResponseDefinition()).but().withBody(body).build();
        }

        private static String formField(String form, String name) {
            for (String pair : form.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
                }
            }
            return "";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
