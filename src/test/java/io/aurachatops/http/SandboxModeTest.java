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
        LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/r", exchange -> {
            replies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        hook.start();
        try {
            String body = "team_id=TSANDBOX&channel_id=CSANDBOX&user_id=ULOCAL&command=%2Faura&text=list&response_url="
                    + URLEncoder.encode("http://127.0.0.1:" + hook.getAddress().getPort() + "/r", StandardCharsets.UTF_8);
            String ts = Long.toString(System.currentTimeMillis() / 1000);
            String signature = new com.slack.api.app_backend.SlackSignature.Generator(SANDBOX_SECRET).generate(ts, body);
            HttpResponse<String> ack = http.send(HttpRequest.newBuilder(commands.toURI())
                    .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ack.statusCode());
            String reply = replies.poll(20, TimeUnit.SECONDS);
            JsonNode json = new ObjectMapper().readTree(reply);
            assertEquals("2 instances in tenant `9f3c2a10-5b7e-4d21-8c4f-1a2b3c4d5e6f`:", json.path("text").asText());
            assertTrue(json.path("blocks").toString().contains("*orders-graph* `5e3a91cf`"));
        } finally {
            hook.stop(0);
        }
    }

    @Test
    void theVaultPathListsNamesOnly() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(vault.toURI()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"secrets\":[]"), response.body());
    }
}
