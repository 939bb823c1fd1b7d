package io.aurachatops.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.aurachatops.reply.Notifier;
import io.aurachatops.sandbox.ConsoleNotifier;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The sandbox profile runs the whole loop with no account: emulator, console notifier, sandbox defaults. */
@QuarkusTest
@TestProfile(SandboxModeTest.Sandbox.class)
class SandboxModeTest {

    /** The sandbox profile on a free port, so that its self-pointing Aura URL is right. */
    public static class Sandbox implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "sandbox";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            int port = freePort();
            try {
                return Map.of("quarkus.http.test-port", Integer.toString(port),
                        "aura.api-url", "http://localhost:" + port + "/sandbox/aura",
                        "aura.sandbox.vault-dir", Files.createTempDirectory("vault").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final String SANDBOX_SECRET = "sandbox-signing-secret-not-for-production";

    final HttpClient http = HttpClient.newHttpClient();

    @Inject
    Notifier notifier;

    @TestHTTPResource("/slack/commands")
    URL commands;

    @TestHTTPResource("/sandbox/vault")
    URL vault;

    @Inject
    io.aurachatops.access.AccessPolicy access;

    @Test
    void everyLocalUserIsAdminWhenNoRolesAreConfigured() {
        org.junit.jupiter.api.Assertions.assertEquals(io.aurachatops.access.Role.ADMIN, access.directRole("UANYONE42"));
    }

    @Test
    void slackIsTheConsole() {
        assertInstanceOf(ConsoleNotifier.class, ClientProxy.unwrap(notifier));
    }

    @Test
    void theBuiltInDefaultsAndEmulatorAnswerAList() throws Exception {
        try (ReplyHook hook = new ReplyHook()) {
            HttpResponse<String> ack = signed(commands, "team_id=TSANDBOX&channel_id=CSANDBOX&user_id=ULOCAL"
                    + "&command=%2Faura&text=list&response_url=" + URLEncoder.encode(hook.url(), StandardCharsets.UTF_8));
            assertEquals(200, ack.statusCode());
            JsonNode json = new ObjectMapper().readTree(hook.next());
            assertEquals("2 instances in tenant `9f3c2a10-5b7e-4d21-8c4f-1a2b3c4d5e6f`:", json.path("text").asText());
            assertTrue(json.path("blocks").toString().contains("*orders-graph* `5e3a91cf`"));
        }
    }

    @TestHTTPResource("/slack/interactions")
    URL interactions;

    @Test
    void theCreateFormOpensOnTheConsoleAndASubmissionCreatesAsInSlack() throws Exception {
        try (ReplyHook hook = new ReplyHook()) {
            HttpResponse<String> ack = signed(commands, "team_id=TSANDBOX&channel_id=CSANDBOX&user_id=ULOCAL"
                    + "&command=%2Faura&text=create&trigger_id=0.0.sandbox&response_url="
                    + URLEncoder.encode(hook.url(), StandardCharsets.UTF_8));
            assertEquals(200, ack.statusCode());
            assertEquals("", ack.body(), "the form is the answer, shown on the console");

            // What infra/local/aura-slash submit sends: the view's state, and its own reply URL for the card.
            String submission = "{\"type\":\"view_submission\",\"user\":{\"id\":\"ULOCAL\"},\"team\":{\"id\":"
                    + "\"TSANDBOX\"},\"view\":{\"id\":\"VSANDBOX\",\"callback_id\":\"aura_create\",\"state\":{\"values\":{"
                    + "\"name\":{\"name\":{\"value\":\"form-made\"}},"
                    + select("type", "professional-db") + "," + select("cloud", "gcp") + ","
                    + select("region", "europe-west1") + "," + select("memory", "2GB") + ","
                    + "\"channel\":{\"channel\":{\"selected_conversation\":\"CSANDBOX\"}}}}},\"response_urls\":[{"
                    + "\"block_id\":\"channel\",\"action_id\":\"channel\",\"channel_id\":\"CSANDBOX\","
                    + "\"response_url\":\"" + hook.url() + "\"}]}";
            HttpResponse<String> submitted = signed(interactions, "payload="
                    + URLEncoder.encode(submission, StandardCharsets.UTF_8));
            assertEquals(200, submitted.statusCode());
            assertEquals("", submitted.body(), "a valid form closes");
            String card = hook.next();
            assertTrue(card != null && card.contains("Creating *form-made*") && card.contains("europe-west1"),
                    String.valueOf(card));
        }
    }

    /** A local response_url, as the aura-slash helper opens one: what the bot posts there, in order. */
    static final class ReplyHook implements AutoCloseable {
        private final LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
        private final HttpServer server;

        ReplyHook() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/r", exchange -> {
                replies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/r";
        }

        /** The next message, or null after 20 s. */
        String next() throws InterruptedException {
            return replies.poll(20, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static String select(String block, String value) {
        return "\"" + block + "\":{\"aura_modal_" + block + "\":{\"selected_option\":{\"value\":\"" + value + "\"}}}";
    }

    private HttpResponse<String> signed(URL url, String body) throws Exception {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String signature = new com.slack.api.app_backend.SlackSignature.Generator(SANDBOX_SECRET).generate(ts, body);
        return http.send(HttpRequest.newBuilder(url.toURI()).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theVaultPathListsNamesOnly() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(vault.toURI()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"secrets\":[]"), response.body());
    }
}
