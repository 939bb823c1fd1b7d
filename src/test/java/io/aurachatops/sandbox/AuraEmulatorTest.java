package io.aurachatops.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aurachatops.support.FakeTime;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's behaviour, driven directly with a fake clock. */
class AuraEmulatorTest {

    static final String TENANT = AuraEmulator.platformTenantId();

    final ObjectMapper json = new ObjectMapper();
    FakeTime time;
    AuraEmulator aura;
    String bearer;

    @BeforeEach
    void start() throws Exception {
        time = new FakeTime();
        aura = new AuraEmulator(EmulatorSettings.sandbox(), time);
        bearer = "Bearer " + body(token()).path("access_token").asText();
    }

    @Test
    void issuesTokensOnlyForTheRightCredentials() throws Exception {
        AuraEmulator.Answer ok = token();
        assertEquals(200, ok.status());
        assertEquals(3600, body(ok).path("expires_in").asInt());
        AuraEmulator.Answer wrong = aura.handle("POST", "/oauth/token", Map.of(),
                Map.of("Authorization", basic("sandbox-client", "nope")), "grant_type=client_credentials");
        assertEquals(401, wrong.status());
        assertEquals("invalid_client", body(wrong).path("error").asText());
    }

    @Test
    void answersAnExpiredTokenWith403AndAnUnknownOneWith401() throws Exception {
        AuraEmulator shortLived = new AuraEmulator(EmulatorSettings.sandbox().withTokenLifetime(Duration.ofSeconds(30)), time);
        String token = "Bearer " + body(shortLived.handle("POST", "/oauth/token", Map.of(),
                Map.of("Authorization", basic("sandbox-client", "sandbox-client-secret")), "grant_type=client_credentials"))
                .path("access_token").asText();
        assertEquals(200, shortLived.handle("GET", "/v1/tenants", Map.of(), Map.of("Authorization", token), null).status());
        time.advance(Duration.ofSeconds(30));
        AuraEmulator.Answer expired = shortLived.handle("GET", "/v1/tenants", Map.of(), Map.of("Authorization", token), null);
        assertEquals(403, expired.status());
        assertEquals("Token expired", body(expired).path("error").asText());
        assertEquals(401, shortLived.handle("GET", "/v1/tenants", Map.of(), Map.of("Authorization", "Bearer x"), null).status());
    }

    @Test
    void servesTwoTenantsWithTheirConfigurations() throws Exception {
        JsonNode tenants = body(get("/v1/tenants")).path("data");
        assertEquals(2, tenants.size());
        JsonNode tenant = body(get("/v1/tenants/" + TENANT)).path("data");
        assertTrue(tenant.path("instance_configurations").size() > 20);
        JsonNode first = tenant.path("instance_configurations").get(0);
        for (String field : new String[] {"cloud_provider", "region", "region_name", "type", "memory", "storage", "version"}) {
            assertFalse(first.path(field).asText().isEmpty(), field);
        }
        AuraEmulator.Answer missing = get("/v1/tenants/nope");
        assertEquals(404, missing.status());
        assertEquals("tenant-not-found", body(missing).path("errors").get(0).path("reason").asText());
    }

    @Test
    void everyAnswerCarriesARequestIdAndJson() {
        AuraEmulator.Answer answer = get("/v1/instances");
        assertNotNull(answer.headers().get("X-Request-Id"));
        assertEquals("application/json", answer.headers().get("Content-Type"));
    }

    @Test
    void createsAnInstanceThatRunsAfterItsCreateTimeAndShowsThePasswordOnce() throws Exception {
        AuraEmulator.Answer created = create("db1", "professional-db", "gcp", "europe-west1", "4GB");
        assertEquals(202, created.status());
        JsonNode data = body(created).path("data");
        String id = data.path("id").asText();
        assertTrue(id.matches("[0-9a-f]{8}"), id);
        assertEquals(32, data.path("password").asText().length());
        assertEquals("neo4j", data.path("username").asText());

        JsonNode creating = body(get("/v1/instances/" + id)).path("data");
        assertEquals("creating", creating.path("status").asText());
        // The spec requires connection_url, memory and storage even now.
        assertEquals("neo4j+s://" + id + ".databases.neo4j.io", creating.path("connection_url").asText());
        assertEquals("4GB", creating.path("memory").asText());
        assertTrue(creating.path("storage").isTextual());
        assertTrue(creating.path("password").isMissingNode());

        time.advance(EmulatorSettings.sandbox().createTime());
        JsonNode running = body(get("/v1/instances/" + id)).path("data");
        assertEquals("running", running.path("status").asText());
        assertEquals("4GB", running.path("memory").asText());
        assertEquals("neo4j+s://" + id + ".databases.neo4j.io", running.path("connection_url").asText());
    }

    @Test
    void refusesACombinationTheTenantDoesNotOffer() throws Exception {
        AuraEmulator.Answer answer = create("db1", "professional-db", "gcp", "mars-north1", "4GB");
        assertEquals(400, answer.status());
        assertEquals("region", body(answer).path("errors").get(0).path("field").asText());
        assertEquals("name", body(aura.handle("POST", "/v1/instances", Map.of(), auth(), "{\"tenant_id\":\"x\"}"))
                .path("errors").get(0).path("field").asText());
    }

    @Test
    void answersOnlyWithTheStatusesTheSpecListsForEachCall() throws Exception {
        AuraEmulator.Answer unknownTenant = aura.handle("POST", "/v1/instances", Map.of(), auth(), json.createObjectNode()
                .put("name", "x").put("tenant_id", "00000000-0000-0000-0000-000000000000").put("type", "professional-db")
                .put("cloud_provider", "gcp").put("region", "europe-west1").put("memory", "4GB").put("version", "5")
                .toString());
        assertEquals(400, unknownTenant.status());
        assertEquals("tenant_id", body(unknownTenant).path("errors").get(0).path("field").asText());
        assertEquals(403, aura.handle("GET", "/v1/instances", Map.of("tenantId", "nope"), auth(), null).status());
        assertEquals(409, post("/v1/instances/5e3a91cf/resume").status(), "resuming a running instance");
        assertEquals(415, aura.handle("PATCH", "/v1/instances/5e3a91cf", Map.of(), Map.of("Authorization", bearer,
                "Content-Type", "text/plain"), "{\"memory\":\"16GB\"}").status());
        assertEquals(400, aura.handle("PATCH", "/v1/instances/5e3a91cf", Map.of(), auth(), "{\"name\":\"\"}").status());
        assertEquals(200, get("/v1/instances/5e3a91cf/snapshots?date=yesterday").status());
    }

    @Test
    void pausesAndResumesThroughTheirTransitionalStatuses() throws Exception {
        String id = "5e3a91cf";
        assertEquals("pausing", body(post("/v1/instances/" + id + "/pause")).path("data").path("status").asText());
        assertEquals(409, post("/v1/instances/" + id + "/pause").status());
        time.advance(EmulatorSettings.sandbox().pauseTime());
        assertEquals("paused", status(id));
        assertEquals(400, post("/v1/instances/" + id + "/pause").status());
        assertEquals("resuming", body(post("/v1/instances/" + id + "/resume")).path("data").path("status").asText());
        time.advance(EmulatorSettings.sandbox().resumeTime());
        assertEquals("running", status(id));
    }

    @Test
    void aResizeReadsRunningForAMomentThenUpdatingThenRunningWithTheNewMemory() throws Exception {
        String id = "5e3a91cf";
        AuraEmulator.Answer accepted = aura.handle("PATCH", "/v1/instances/" + id, Map.of(), auth(), "{\"memory\":\"16GB\"}");
        assertEquals(202, accepted.status());
        assertEquals("running", status(id));
        AuraEmulator.Answer busy = aura.handle("DELETE", "/v1/instances/" + id, Map.of(), auth(), null);
        assertEquals(409, busy.status());
        assertEquals("ongoing-database-operation", body(busy).path("errors").get(0).path("reason").asText());
        time.advance(EmulatorSettings.sandbox().patchLag());
        assertEquals("updating", status(id));
        time.advance(EmulatorSettings.sandbox().updateTime());
        JsonNode done = body(get("/v1/instances/" + id)).path("data");
        assertEquals("running", done.path("status").asText());
        assertEquals("16GB", done.path("memory").asText());
    }

    @Test
    void deletesThroughDestroyingToNotFound() throws Exception {
        String id = "5e3a91cf";
        assertEquals(202, aura.handle("DELETE", "/v1/instances/" + id, Map.of(), auth(), null).status());
        assertEquals("destroying", status(id));
        assertEquals(409, aura.handle("DELETE", "/v1/instances/" + id, Map.of(), auth(), null).status());
        time.advance(EmulatorSettings.sandbox().deleteTime());
        AuraEmulator.Answer gone = get("/v1/instances/" + id);
        assertEquals(404, gone.status());
        assertEquals("db-not-found", body(gone).path("errors").get(0).path("reason").asText());
        assertEquals(404, aura.handle("DELETE", "/v1/instances/" + id, Map.of(), auth(), null).status());
        assertEquals(Optional.empty(), aura.statusOf(id));
    }

    @Test
    void acceptsNamesOfThirtyCharactersAndRefusesLongerOnesOnCreateAndRename() throws Exception {
        assertEquals(202, create("n".repeat(30), "professional-db", "gcp", "europe-west1", "4GB").status());
        AuraEmulator.Answer tooLong = create("n".repeat(31), "professional-db", "gcp", "europe-west1", "4GB");
        assertEquals(400, tooLong.status());
        assertEquals("name", body(tooLong).path("errors").get(0).path("field").asText());
        assertEquals(400, aura.handle("PATCH", "/v1/instances/5e3a91cf", Map.of(), auth(),
                "{\"name\":\"" + "r".repeat(31) + "\"}").status());
        assertEquals(400, create(" padded", "professional-db", "gcp", "europe-west1", "4GB").status());
    }

    @Test
    void restoresACompletedSnapshotIntoItsInstance() throws Exception {
        String snapshot = body(post("/v1/instances/5e3a91cf/snapshots")).path("data").path("snapshot_id").asText();
        assertEquals(409, post("/v1/instances/5e3a91cf/snapshots/" + snapshot + "/restore").status(), "not complete yet");
        time.advance(EmulatedSnapshots.TAKES);
        AuraEmulator.Answer restoring = post("/v1/instances/5e3a91cf/snapshots/" + snapshot + "/restore");
        assertEquals(202, restoring.status());
        assertEquals("restoring", body(restoring).path("data").path("status").asText());
        assertEquals(409, post("/v1/instances/5e3a91cf/snapshots/" + snapshot + "/restore").status(), "busy");
        time.advance(EmulatorSettings.sandbox().resumeTime());
        assertEquals("running", status("5e3a91cf"));
        assertEquals(404, post("/v1/instances/5e3a91cf/snapshots/" + java.util.UUID.randomUUID() + "/restore").status());
    }

    @Test
    void clonesFromAnInstanceOrFromOneOfItsExportableCompletedSnapshots() throws Exception {
        ObjectNode clone = json.createObjectNode().put("name", "copy").put("tenant_id", TENANT).put("type",
                "professional-db").put("cloud_provider", "gcp").put("region", "europe-west1").put("memory", "4GB")
                .put("version", "5").put("source_instance_id", "00000000");
        assertEquals("source_instance_id", body(aura.handle("POST", "/v1/instances", Map.of(), auth(), clone.toString()))
                .path("errors").get(0).path("field").asText());
        clone.put("source_instance_id", "5e3a91cf");
        String snapshot = body(post("/v1/instances/5e3a91cf/snapshots")).path("data").path("snapshot_id").asText();
        clone.put("source_snapshot_id", snapshot);
        assertEquals(400, aura.handle("POST", "/v1/instances", Map.of(), auth(), clone.toString()).status(),
                "not completed yet");
        time.advance(EmulatedSnapshots.TAKES);
        aura.makeUnexportable(snapshot);
        assertEquals("snapshot-not-exportable", body(aura.handle("POST", "/v1/instances", Map.of(), auth(),
                clone.toString())).path("errors").get(0).path("reason").asText());
        clone.remove("source_snapshot_id");
        assertEquals(202, aura.handle("POST", "/v1/instances", Map.of(), auth(), clone.toString()).status());
    }

    @Test
    void overwritesARunningInstanceWithAnothersData() throws Exception {
        AuraEmulator.Answer overwriting = aura.handle("POST", "/v1/instances/5e3a91cf/overwrite", Map.of(), auth(),
                "{\"source_instance_id\":\"5e3a91cf\"}");
        assertEquals(202, overwriting.status());
        assertEquals("overwriting", body(overwriting).path("data").path("status").asText());
        time.advance(EmulatorSettings.sandbox().resumeTime());
        assertEquals("running", status("5e3a91cf"));
        assertEquals(409, aura.handle("POST", "/v1/instances/a7c40b12/overwrite", Map.of(), auth(),
                "{\"source_instance_id\":\"5e3a91cf\"}").status(), "a paused target");
        assertEquals(400, aura.handle("POST", "/v1/instances/5e3a91cf/overwrite", Map.of(), auth(), "{}").status());
    }

    @Test
    void takesSnapshotsOfRunningInstancesOnly() throws Exception {
        assertEquals(202, post("/v1/instances/5e3a91cf/snapshots").status());
        assertEquals(409, post("/v1/instances/a7c40b12/snapshots").status());
    }

    @Test
    void listsTodaysSnapshotsAndFollowsOneUntilItIsComplete() throws Exception {
        String id = body(post("/v1/instances/5e3a91cf/snapshots")).path("data").path("snapshot_id").asText();
        JsonNode today = body(get("/v1/instances/5e3a91cf/snapshots")).path("data");
        assertEquals(2, today.size(), "the seeded daily snapshot and the new one: " + today);
        assertEquals("Scheduled", today.get(0).path("profile").asText());
        assertEquals("Completed", today.get(0).path("status").asText());
        JsonNode adHoc = body(get("/v1/instances/5e3a91cf/snapshots/" + id)).path("data");
        assertEquals("AdHoc", adHoc.path("profile").asText());
        assertEquals("InProgress", adHoc.path("status").asText());
        assertEquals("5e3a91cf", adHoc.path("instance_id").asText());
        assertTrue(adHoc.path("exportable").asBoolean());
        time.advance(EmulatedSnapshots.TAKES);
        assertEquals("Completed", body(get("/v1/instances/5e3a91cf/snapshots/" + id)).path("data").path("status").asText());

        assertEquals(0, body(get("/v1/instances/5e3a91cf/snapshots?date=2020-01-01")).path("data").size());
        assertEquals(0, body(get("/v1/instances/5e3a91cf/snapshots?date=yesterday")).path("data").size());
        assertEquals(404, get("/v1/instances/5e3a91cf/snapshots/" + java.util.UUID.randomUUID()).status());
        assertEquals(404, get("/v1/instances/00000000/snapshots").status());
    }

    @Test
    void limitsRequestsTo125AMinuteWithRetryAfter() throws Exception {
        int ok = 0;
        AuraEmulator.Answer last = null;
        for (int i = 0; i < 130; i++) {
            last = get("/v1/tenants");
            if (last.status() == 200) {
                ok++;
            }
        }
        assertEquals(124, ok, "the token request counted too");
        assertEquals(429, last.status());
        long retryAfter = Long.parseLong(last.headers().get("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        time.advance(Duration.ofSeconds(retryAfter));
        assertEquals(200, get("/v1/tenants").status());
    }

    @Test
    void injectsFaultsOnRequest() {
        aura.failNext(2, 503);
        assertEquals(503, get("/v1/tenants").status());
        assertEquals(503, get("/v1/tenants").status());
        assertEquals(200, get("/v1/tenants").status());
    }

    private String status(String id) {
        return aura.statusOf(id).orElse("gone");
    }

    private AuraEmulator.Answer token() {
        return aura.handle("POST", "/oauth/token", Map.of(),
                Map.of("Authorization", basic("sandbox-client", "sandbox-client-secret")), "grant_type=client_credentials");
    }

    private AuraEmulator.Answer create(String name, String type, String provider, String region, String memory) {
        return aura.handle("POST", "/v1/instances", Map.of(), auth(), json.createObjectNode().put("name", name)
                .put("tenant_id", TENANT).put("type", type).put("cloud_provider", provider).put("region", region)
                .put("memory", memory).put("version", "5").toString());
    }

    private AuraEmulator.Answer get(String pathAndQuery) {
        String[] parts = pathAndQuery.split("\\?", 2);
        Map<String, String> query = parts.length == 1 ? Map.of() : Map.of(parts[1].split("=")[0], parts[1].split("=")[1]);
        return aura.handle("GET", parts[0], query, auth(), null);
    }

    private AuraEmulator.Answer post(String path) {
        return aura.handle("POST", path, Map.of(), auth(), null);
    }

    private Map<String, String> auth() {
        return Map.of("Authorization", bearer == null ? "" : bearer, "Content-Type", "application/json");
    }

    private JsonNode body(AuraEmulator.Answer answer) throws Exception {
        return json.readTree(answer.body());
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
