package io.aurachatops.aura.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.CreatedInstance;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceRequest;
import io.aurachatops.aura.Priority;
import io.aurachatops.aura.Snapshot;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.sandbox.EmulatorSettings;
import io.aurachatops.support.FakeTime;
import io.aurachatops.support.InjectWireMock;
import io.aurachatops.support.TimeSource;
import io.aurachatops.support.WireMockResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Quarkus REST client against WireMock playing Aura; time is fake, so waits cost nothing. */
@QuarkusTest
@WithTestResource(WireMockResource.class)
class AuraRestGatewayTest {

    static final String CLIENT_SECRET = "gateway-test-client-secret";

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    ObjectMapper json;

    FakeTime time;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        time = new FakeTime();
        wireMock.stubFor(post("/oauth/token").willReturn(okJson(
                "{\"access_token\":\"tok-1\",\"expires_in\":3600,\"token_type\":\"bearer\"}")));
    }

    private AuraRestGateway gateway(int rateLimit, int maxRetries) {
        return gateway(RequestBudget.perMinute(rateLimit, time), maxRetries);
    }

    private AuraRestGateway gateway(RequestBudget budget, int maxRetries) {
        return new AuraRestGateway(new TestConfig(wireMock.baseUrl() + "/v1/", maxRetries), json, time, budget);
    }

    @Test
    void fetchesTheTokenOnceAndReusesIt() {
        wireMock.stubFor(get("/v1/tenants").willReturn(okJson("{\"data\":[{\"id\":\"t-1\",\"name\":\"acme\"}]}")));
        AuraRestGateway aura = gateway(100, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals("acme", aura.tenants(Priority.INTERACTIVE).get(0).name());
        }
        wireMock.verify(1, postRequestedFor(urlEqualTo("/oauth/token"))
                .withHeader("Authorization", equalTo("Basic dGVzdC1jbGllbnQ6Z2F0ZXdheS10ZXN0LWNsaWVudC1zZWNyZXQ="))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("grant_type=client_credentials")));
        wireMock.verify(3, getRequestedFor(urlEqualTo("/v1/tenants")).withHeader("Authorization", equalTo("Bearer tok-1")));
    }

    @Test
    void takesListsAndReadsSnapshotsWithTheRequestsTheSpecDescribes() {
        wireMock.stubFor(post("/v1/instances/5e3a91cf/snapshots").willReturn(okJson(
                "{\"data\":{\"snapshot_id\":\"9f1d7c2e-0000-4000-8000-000000000001\"}}").withStatus(202)));
        wireMock.stubFor(get(urlPathEqualTo("/v1/instances/5e3a91cf/snapshots")).willReturn(okJson("{\"data\":[{"
                + "\"instance_id\":\"5e3a91cf\",\"snapshot_id\":\"s-1\",\"profile\":\"Scheduled\",\"status\":"
                + "\"Completed\",\"timestamp\":\"2026-12-03T03:00:00Z\",\"exportable\":false}]}")));
        wireMock.stubFor(get("/v1/instances/5e3a91cf/snapshots/s-2").willReturn(okJson("{\"data\":{"
                + "\"instance_id\":\"5e3a91cf\",\"snapshot_id\":\"s-2\",\"profile\":\"AdHoc\",\"status\":"
                + "\"InProgress\",\"timestamp\":\"2026-12-03T18:00:00Z\"}}")));
        AuraRestGateway aura = gateway(100, 0);

        assertEquals("9f1d7c2e-0000-4000-8000-000000000001", aura.takeSnapshot("5e3a91cf", Priority.INTERACTIVE));
        wireMock.verify(postRequestedFor(urlEqualTo("/v1/instances/5e3a91cf/snapshots"))
                .withHeader("Content-Type", containing("application/json")).withRequestBody(equalToJson("{}")));
        Snapshot listed = aura.snapshots("5e3a91cf", Optional.of(java.time.LocalDate.parse("2026-12-03")),
                Priority.INTERACTIVE).get(0);
        assertEquals(Boolean.FALSE, listed.exportable());
        assertTrue(listed.completed());
        wireMock.verify(getRequestedFor(urlEqualTo("/v1/instances/5e3a91cf/snapshots?date=2026-12-03")));
        Snapshot one = aura.snapshot("5e3a91cf", "s-2", Priority.INTERACTIVE);
        assertEquals("InProgress", one.status());
        assertEquals(null, one.exportable(), "absent means unknown, not false");
    }

    @Test
    void refreshesTheTokenOnceAfterA403() {
        wireMock.stubFor(post("/oauth/token").inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"access_token\":\"old\",\"expires_in\":3600}")).willSetStateTo("second"));
        wireMock.stubFor(post("/oauth/token").inScenario("token").whenScenarioStateIs("second")
                .willReturn(okJson("{\"access_token\":\"new\",\"expires_in\":3600}")));
        wireMock.stubFor(get("/v1/tenants").withHeader("Authorization", equalTo("Bearer old"))
                .willReturn(aResponse().withStatus(403).withBody("{\"error\":\"Token expired\"}")));
        wireMock.stubFor(get("/v1/tenants").withHeader("Authorization", equalTo("Bearer new"))
                .willReturn(okJson("{\"data\":[]}")));
        AuraRestGateway aura = gateway(100, 3);
        assertTrue(aura.tenants(Priority.INTERACTIVE).isEmpty());
        wireMock.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
        wireMock.verify(2, getRequestedFor(urlEqualTo("/v1/tenants")));
    }

    @Test
    void givesUpAfterOneRefreshWhenTheNewTokenIsRefusedToo() {
        wireMock.stubFor(get("/v1/tenants").willReturn(aResponse().withStatus(401)
                .withHeader("X-Request-Id", "req-401").withBody("{\"error\":\"Unauthorized\"}")));
        AuraApiException e = assertThrows(AuraApiException.class, () -> gateway(100, 3).tenants(Priority.INTERACTIVE));
        assertEquals(401, e.status());
        assertEquals(Optional.of("req-401"), e.requestId());
        wireMock.verify(2, postRequestedFor(urlEqualTo("/oauth/token")));
        wireMock.verify(2, getRequestedFor(urlEqualTo("/v1/tenants")));
    }

    @Test
    void a429HoldsBackEveryLaterRequestUntilRetryAfter() {
        wireMock.stubFor(get("/v1/tenants").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withBody("{\"errors\":[{\"message\":\"Too many requests\",\"reason\":\"rate-limited\"}]}")));
        wireMock.stubFor(get("/v1/instances").willReturn(okJson("{\"data\":[]}")));
        AuraRestGateway aura = gateway(100, 0);
        AuraApiException e = assertThrows(AuraApiException.class, () -> aura.tenants(Priority.INTERACTIVE));
        assertEquals(429, e.status());
        assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
        Duration after429 = time.elapsed();
        aura.instances(Optional.empty(), Priority.INTERACTIVE);
        assertTrue(time.elapsed().minus(after429).compareTo(Duration.ofSeconds(7)) >= 0,
                "the next request left after " + time.elapsed().minus(after429));
    }

    @Test
    void anHourLongRetryAfterHoldsEveryoneForTwoMinutesAtMost() {
        wireMock.stubFor(get("/v1/tenants").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withBody("{\"errors\":[{\"message\":\"Too many requests\",\"reason\":\"rate-limited\"}]}")));
        wireMock.stubFor(get("/v1/instances").willReturn(okJson("{\"data\":[]}")));
        AuraRestGateway aura = gateway(100, 0);
        assertThrows(AuraApiException.class, () -> aura.tenants(Priority.INTERACTIVE));
        Duration after429 = time.elapsed();
        aura.instances(Optional.empty(), Priority.INTERACTIVE);
        Duration held = time.elapsed().minus(after429);
        assertTrue(held.compareTo(AuraHttp.MAX_429_PAUSE) >= 0 && held.compareTo(Duration.ofMinutes(3)) < 0,
                "the next request left after " + held);
    }

    @Test
    void retriesAfterA429UntilItPasses() {
        wireMock.stubFor(get("/v1/tenants").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")).willSetStateTo("calm"));
        wireMock.stubFor(get("/v1/tenants").inScenario("busy").whenScenarioStateIs("calm")
                .willReturn(okJson("{\"data\":[{\"id\":\"t\",\"name\":\"n\"}]}")));
        assertEquals(1, gateway(100, 3).tenants(Priority.INTERACTIVE).size());
        assertTrue(time.elapsed().compareTo(Duration.ofSeconds(3)) >= 0);
    }

    @Test
    void retriesA5xxOnGet() {
        wireMock.stubFor(get("/v1/instances/5e3a91cf").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("reset"));
        wireMock.stubFor(get("/v1/instances/5e3a91cf").inScenario("flaky").whenScenarioStateIs("reset")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        wireMock.stubFor(get("/v1/instances/5e3a91cf").inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(okJson(instanceJson("running"))));
        Instance instance = gateway(100, 3).instance("5e3a91cf", Priority.BACKGROUND);
        assertEquals("running", instance.status().value());
        wireMock.verify(3, getRequestedFor(urlEqualTo("/v1/instances/5e3a91cf")));
    }

    @Test
    void stopsRetryingAfterMaxRetries() {
        wireMock.stubFor(get("/v1/instances/5e3a91cf").willReturn(aResponse().withStatus(502)));
        AuraApiException e = assertThrows(AuraApiException.class,
                () -> gateway(100, 2).instance("5e3a91cf", Priority.BACKGROUND));
        assertEquals(502, e.status());
        wireMock.verify(3, getRequestedFor(urlEqualTo("/v1/instances/5e3a91cf")));
    }

    @Test
    void neverRetriesCreateAfterA5xxOrALostAnswer() {
        wireMock.stubFor(post("/v1/instances").willReturn(aResponse().withStatus(500)
                .withBody("{\"errors\":[{\"message\":\"boom\",\"reason\":\"internal\"}]}")));
        InstanceRequest request = new InstanceRequest("db1", "t-1", "professional-db", "gcp", "europe-west1", "4GB", "5");
        AuraRestGateway aura = gateway(100, 3);
        assertEquals(500, assertThrows(AuraApiException.class, () -> aura.create(request, Priority.INTERACTIVE)).status());
        wireMock.verify(1, postRequestedFor(urlEqualTo("/v1/instances")));

        wireMock.stubFor(post("/v1/instances").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertEquals(0, assertThrows(AuraApiException.class, () -> aura.create(request, Priority.INTERACTIVE)).status());
        wireMock.verify(2, postRequestedFor(urlEqualTo("/v1/instances")));
    }

    @Test
    void createSendsEveryRequiredFieldAndKeepsThePasswordOutOfToString() {
        wireMock.stubFor(post("/v1/instances").willReturn(aResponse().withStatus(202).withHeader("Content-Type",
                "application/json").withBody("{\"data\":{\"id\":\"5e3a91cf\",\"name\":\"db1\",\"tenant_id\":\"t-1\","
                        + "\"connection_url\":\"neo4j+s://5e3a91cf.databases.neo4j.io\",\"username\":\"neo4j\","
                        + "\"password\":\"one-time-pass\",\"type\":\"professional-db\"}}")));
        CreatedInstance created = gateway(100, 3).create(new InstanceRequest("db1", "t-1", "professional-db", "gcp",
                "europe-west1", "4GB", "5"), Priority.INTERACTIVE);
        assertEquals("one-time-pass", created.password());
        assertFalse(created.toString().contains("one-time-pass"));
        wireMock.verify(postRequestedFor(urlEqualTo("/v1/instances")).withRequestBody(equalToJson(
                "{\"name\":\"db1\",\"tenant_id\":\"t-1\",\"type\":\"professional-db\",\"cloud_provider\":\"gcp\","
                        + "\"region\":\"europe-west1\",\"memory\":\"4GB\",\"version\":\"5\"}")));
    }

    @Test
    void decodesTheErrorsArrayShape() {
        wireMock.stubFor(get("/v1/tenants/nope").willReturn(aResponse().withStatus(404).withHeader("X-Request-Id", "r-9")
                .withHeader("Content-Type", "application/json").withBody(
                        "{\"errors\":[{\"message\":\"The tenant you specified could not be found\",\"reason\":\"tenant-not-found\",\"field\":\"tenantId\"}]}")));
        AuraApiException e = assertThrows(AuraApiException.class,
                () -> gateway(100, 3).configurations("nope", Priority.INTERACTIVE));
        assertEquals(404, e.status());
        assertEquals(Optional.of("tenant-not-found"), e.reason());
        assertEquals(Optional.of("tenantId"), e.field());
        assertEquals(Optional.of("r-9"), e.requestId());
        assertEquals("The tenant you specified could not be found", e.getMessage());
    }

    @Test
    void decodesTheGatewayErrorShape() {
        wireMock.stubFor(post("/oauth/token").willReturn(aResponse().withStatus(401).withHeader("X-Request-Id", "r-1")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));
        AuraApiException e = assertThrows(AuraApiException.class, () -> gateway(100, 3).tenants(Priority.INTERACTIVE));
        assertEquals(401, e.status());
        assertEquals(Optional.of("invalid_client"), e.reason());
        assertEquals("Client authentication failed", e.getMessage());
        assertFalse(e.toString().contains(CLIENT_SECRET));
    }

    @Test
    void readsUnknownFieldsAndStatusesLeniently() {
        wireMock.stubFor(get("/v1/instances/5e3a91cf").willReturn(okJson(
                "{\"data\":{\"id\":\"5e3a91cf\",\"name\":\"x\",\"status\":\"Hibernating\",\"graph_nodes\":12,"
                        + "\"surprise\":{\"nested\":[1,2]},\"memory\":null}}")));
        Instance instance = gateway(100, 3).instance("5e3a91cf", Priority.INTERACTIVE);
        assertEquals("hibernating", instance.status().value());
        assertEquals(null, instance.memory());
    }

    @Test
    void cachesTenantConfigurationsForTheirTtl() {
        wireMock.stubFor(get("/v1/tenants/t-1").willReturn(okJson("{\"data\":{\"id\":\"t-1\",\"instance_configurations\":"
                + "[{\"cloud_provider\":\"gcp\",\"region\":\"europe-west1\",\"type\":\"free-db\",\"memory\":\"1GB\"}]}}")));
        AuraRestGateway aura = gateway(100, 3);
        assertEquals("europe-west1", aura.configurations("t-1", Priority.INTERACTIVE).get(0).region());
        aura.configurations("t-1", Priority.INTERACTIVE);
        wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/tenants/t-1")));
        time.advance(Duration.ofMinutes(11));
        aura.configurations("t-1", Priority.INTERACTIVE);
        wireMock.verify(2, getRequestedFor(urlEqualTo("/v1/tenants/t-1")));
    }

    @Test
    void sendsTheTenantFilterOnlyWhenGiven() {
        wireMock.stubFor(get(urlPathEqualTo("/v1/instances")).willReturn(okJson("{\"data\":[]}")));
        AuraRestGateway aura = gateway(100, 3);
        aura.instances(Optional.of("t-1"), Priority.INTERACTIVE);
        aura.instances(Optional.empty(), Priority.INTERACTIVE);
        wireMock.verify(getRequestedFor(urlEqualTo("/v1/instances?tenantId=t-1")));
        wireMock.verify(getRequestedFor(urlEqualTo("/v1/instances")));
    }

    @Test
    void theLimiterNeverLetsMoreThanItsWindowThroughToAura() throws Exception {
        wireMock.stubFor(get("/v1/tenants").willReturn(okJson("{\"data\":[]}")));
        // Real time, windows scaled down: at most 4 per 2 s and 2 per 600 ms.
        RequestBudget budget = new RequestBudget(4, Duration.ofSeconds(2), 2, Duration.ofMillis(600), TimeSource.SYSTEM);
        AuraRestGateway aura = new AuraRestGateway(new TestConfig(wireMock.baseUrl(), 0), json, TimeSource.SYSTEM, budget);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            calls.add(pool.submit(() -> aura.tenants(Priority.INTERACTIVE)));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();
        List<Long> arrivals = wireMock.getAllServeEvents().stream().map(e -> e.getRequest())
                .map(LoggedRequest::getLoggedDate).map(d -> d.getTime() * 1_000_000L).sorted().toList();
        assertEquals(12, arrivals.size(), "11 calls and one token request");
        // Arrival times lag grant times by a little, and more on a busy machine: windows are checked 200 ms short.
        assertTrue(RequestBudgetTest.maxInWindow(arrivals, Duration.ofMillis(1800).toNanos()) <= 4);
        assertTrue(RequestBudgetTest.maxInWindow(arrivals, Duration.ofMillis(400).toNanos()) <= 2);
    }

    @Test
    void recoversFromAnExpiredTokenAgainstTheEmulator() throws Exception {
        EmulatorSettings settings = EmulatorSettings.sandbox();
        try (EmulatorServer emulator = EmulatorServer.start(settings, time)) {
            AuraRestGateway aura = new AuraRestGateway(new EmulatorConfig(emulator.baseUrl()), json, time,
                    RequestBudget.perMinute(100, time));
            assertEquals(2, aura.tenants(Priority.INTERACTIVE).size());
            emulator.emulator().expireTokens();
            assertEquals(2, aura.tenants(Priority.INTERACTIVE).size());
            assertEquals("orders-graph", aura.instance("5e3a91cf", Priority.INTERACTIVE).name());
        }
    }

    record EmulatorConfig(String apiUrl) implements AuraClientConfig {
        public Optional<String> clientId() {
            return Optional.of(EmulatorSettings.SANDBOX_CLIENT_ID);
        }

        public Optional<String> clientSecret() {
            return Optional.of(EmulatorSettings.SANDBOX_CLIENT_SECRET);
        }

        public int rateLimitPerMinute() {
            return 100;
        }

        public Duration connectTimeout() {
            return Duration.ofSeconds(2);
        }

        public Duration readTimeout() {
            return Duration.ofSeconds(5);
        }

        public int maxRetries() {
            return 0;
        }

        public Duration configurationsTtl() {
            return Duration.ofMinutes(10);
        }
    }

    static String instanceJson(String status) {
        return "{\"data\":{\"id\":\"5e3a91cf\",\"name\":\"orders\",\"tenant_id\":\"t-1\",\"status\":\"" + status
                + "\",\"cloud_provider\":\"gcp\",\"region\":\"europe-west1\",\"type\":\"professional-db\","
                + "\"memory\":\"4GB\",\"storage\":\"8GB\",\"connection_url\":\"neo4j+s://5e3a91cf.databases.neo4j.io\","
                + "\"created_at\":\"2025-11-03T09:14:27Z\"}}";
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    record TestConfig(String apiUrl, int maxRetries) implements AuraClientConfig {
        @Override
        public Optional<String> clientId() {
            return Optional.of("test-client");
        }

        @Override
        public Optional<String> clientSecret() {
            return Optional.of(CLIENT_SECRET);
        }

        @Override
        public int rateLimitPerMinute() {
            return 100;
        }

        @Override
        public Duration connectTimeout() {
            return Duration.ofSeconds(2);
        }

        @Override
        public Duration readTimeout() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration configurationsTtl() {
            return Duration.ofMinutes(10);
        }
    }
}
