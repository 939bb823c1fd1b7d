package io.aurachatops.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.aurachatops.sandbox.AuraEmulator;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.InjectEmulator;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.SlackRequests;
import io.aurachatops.support.TimeSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 15 concurrent /aura create commands against an emulator that allows 60 requests per sliding minute, with
 * the bot's budget at 50 and a 2 s poll interval. Measures 429s, how many cards reach ✅, and the detection
 * lag from the emulator reporting running to the card saying so; then a naive poller that checks every
 * instance every 10 s, against its own equally limited emulator, for comparison. Run: bench/create-burst.sh
 */
@Tag("bench")
@QuarkusTest
@WithTestResource(CreateBurstResource.class)
class CreateBurstBench {

    static final int CREATES = 15;
    static final Pattern CARD_ID = Pattern.compile("\\*Id:\\* `([0-9a-f]{8})`");

    @InjectWireMock
    WireMockServer wireMock;

    @InjectEmulator
    EmulatorServer emulator;

    @TestHTTPResource("/slack/commands")
    URL commands;

    final ObjectMapper json = new ObjectMapper();
    final Map<String, Instant> cardRunningAt = new ConcurrentHashMap<>();

    @Test
    void fifteenConcurrentCreates() throws Exception {
        wireMock.addMockServiceRequestListener((request, response) -> {
            String body = URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8);
            if (request.getUrl().equals("/api/chat.update") && body.contains("✅")) {
                Matcher id = CARD_ID.matcher(body);
                if (id.find()) {
                    cardRunningAt.putIfAbsent(id.group(1), Instant.now());
                }
            }
        });
        wireMock.stubFor(post("/api/chat.postMessage").willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody("{\"ok\":true,\"channel\":\"CALLOWED\",\"ts\":\"1.1\"}")));
        wireMock.stubFor(post("/api/chat.update").willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"ok\":true}")));
        wireMock.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(aResponse().withStatus(200)));
        wireMock.stubFor(post("/").withHeader("X-Amz-Target", equalTo("secretsmanager.CreateSecret"))
                .willReturn(aResponse().withHeader("Content-Type", "application/x-amz-json-1.1").withBody("{\"Name\":\"x\"}")));

        NaivePoller naive = new NaivePoller();
        Thread naiveRun = new Thread(naive::run);
        naiveRun.start();

        HttpClient http = HttpClient.newHttpClient();
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < CREATES; i++) {
            String text = "create burst-" + i + " --type professional-db --cloud-provider gcp --region europe-west1 --memory 2GB";
            Thread t = new Thread(() -> send(http, text));
            senders.add(t);
            t.start();
        }
        for (Thread t : senders) {
            if (t != null) {
                t.join();
            }
        }
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(8).toMillis();
        while (cardRunningAt.size() < CREATES && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        naiveRun.join();

        Map<String, Instant> ready = emulator.emulator().readyTimes();
        List<Long> lags = new ArrayList<>();
        ready.forEach((id, at) -> {
            Instant card = cardRunningAt.get(id);
            if (card != null) {
                lags.add(Duration.between(at, card).toMillis());
            }
        });
        System.out.println(report("bot (budget 50/min, poll 2 s)", emulator.emulator().rateLimitedCount(),
                cardRunningAt.size(), lags));
        System.out.println(report("naive poller (every instance every 10 s)", naive.emulator.emulator().rateLimitedCount(),
                naive.detected.size(), naive.lags()));
        assertEquals(CREATES, cardRunningAt.size(), "cards that reached running");
        assertEquals(0, emulator.emulator().rateLimitedCount(), "429s seen by the bot");
    }

    private void send(HttpClient http, String text) {
        try {
            String body = SlackRequests.commandBody(text, "UOPER1", "CALLOWED", wireMock.baseUrl() + "/hooks/b");
            String ts = SlackRequests.timestampNow();
            http.send(HttpRequest.newBuilder(commands.toURI()).header("X-Slack-Request-Timestamp", ts)
                    .header("X-Slack-Signature", SlackRequests.sign(ts, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String report(String who, int rateLimited, int detected, List<Long> lagsMillis) {
        List<Long> sorted = new ArrayList<>(lagsMillis);
        Collections.sort(sorted);
        return String.format("%s: 429s=%d, reported running=%d/%d, detection lag p50=%.1f s p95=%.1f s max=%.1f s",
                who, rateLimited, detected, CREATES, pct(sorted, 50), pct(sorted, 95),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    /** Creates 15 instances at once, then GETs every one of them every 10 s with no budget at all. */
    static final class NaivePoller {
        final EmulatorServer emulator;
        final Map<String, Instant> detected = new ConcurrentHashMap<>();
        final HttpClient http = HttpClient.newHttpClient();
        final ObjectMapper json = new ObjectMapper();

        NaivePoller() throws Exception {
            emulator = EmulatorServer.start(CreateBurstResource.LIMITED, TimeSource.SYSTEM);
        }

        void run() {
            try {
                String token = token();
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < CREATES; i++) {
                    String body = json.createObjectNode().put("name", "naive-" + i)
                            .put("tenant_id", AuraEmulator.platformTenantId()).put("type", "professional-db")
                            .put("cloud_provider", "gcp").put("region", "europe-west1").put("memory", "2GB")
                            .put("version", "5").toString();
                    HttpResponse<String> created = call("POST", "/v1/instances", token, body);
                    ids.add(json.readTree(created.body()).path("data").path("id").asText());
                }
                long end = System.currentTimeMillis() + Duration.ofMinutes(4).toMillis();
                while (detected.size() < CREATES && System.currentTimeMillis() < end) {
                    for (String id : ids) {
                        if (!detected.containsKey(id)) {
                            HttpResponse<String> got = call("GET", "/v1/instances/" + id, token, null);
                            if (got.statusCode() == 200 && json.readTree(got.body()).path("data").path("status")
                                    .asText().equals("running")) {
                                detected.put(id, Instant.now());
                            }
                        }
                    }
                    Thread.sleep(10_000);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                emulator.close();
            }
        }

        List<Long> lags() {
            List<Long> lags = new ArrayList<>();
            emulator.emulator().readyTimes().forEach((id, at) -> {
                if (detected.containsKey(id)) {
                    lags.add(Duration.between(at, detected.get(id)).toMillis());
                }
            });
            return lags;
        }

        private String token() throws Exception {
            String basic = "Basic " + Base64.getEncoder().encodeToString("sandbox-client:sandbox-client-secret"
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/oauth/token"))
                    .header("Authorization", basic).POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode node = json.readTree(response.body());
            return node.path("access_token").asText();
        }

        private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
