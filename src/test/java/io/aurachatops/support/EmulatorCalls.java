package io.aurachatops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.sandbox.AuraEmulator;
import io.aurachatops.sandbox.EmulatorSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Calls straight into the emulator, behind the bot's back: to set the scene and to check the outcome. */
public final class EmulatorCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EmulatorCalls() {
    }

    public static Map<String, String> auth(AuraEmulator aura) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((EmulatorSettings.SANDBOX_CLIENT_ID + ":"
                + EmulatorSettings.SANDBOX_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        String token = JSON.readTree(aura.handle("POST", "/oauth/token", Map.of(), Map.of("Authorization", basic),
                "grant_type=client_credentials").body()).path("access_token").asText();
        return Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
    }

    /** Creates a 2GB professional instance in the default tenant; the answer's {@code data}, password included. */
    public static JsonNode create(AuraEmulator aura, String name) throws Exception {
        String body = JSON.createObjectNode().put("name", name).put("tenant_id", AuraEmulator.platformTenantId())
                .put("type", "professional-db").put("cloud_provider", "gcp").put("region", "europe-west1")
                .put("memory", "2GB").put("version", "5").toString();
        return JSON.readTree(aura.handle("POST", "/v1/instances", Map.of(), auth(aura), body).body()).path("data");
    }

    public static List<JsonNode> instances(AuraEmulator aura) throws Exception {
        List<JsonNode> list = new ArrayList<>();
        JSON.readTree(aura.handle("GET", "/v1/instances", Map.of(), auth(aura), null).body()).path("data")
                .forEach(list::add);
        return list;
    }

    /** Creates an instance and waits until the emulator reports it running; its id. */
    public static String running(AuraEmulator aura, String name) throws Exception {
        String id = create(aura, name).path("id").asText();
        awaitStatus(aura, id, "running");
        return id;
    }

    public static void awaitStatus(AuraEmulator aura, String id, String status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!java.util.Optional.of(status).equals(aura.statusOf(id))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(id + " never became " + status);
            }
            Thread.sleep(50);
        }
    }

    public static long countNamed(AuraEmulator aura, String name) throws Exception {
        return instances(aura).stream().filter(i -> i.path("name").asText().equals(name)).count();
    }

    /**
     * Takes a snapshot of the instance straight from the emulator and waits until it is complete, for up to
     * 70 s, because these calls count against the emulator's rate limit like the bot's.
     */
    public static String completedSnapshot(AuraEmulator aura, String instanceId) throws Exception {
        Map<String, String> auth = auth(aura);
        String snapshot = "";
        long deadline = System.currentTimeMillis() + 70_000;
        while (snapshot.isEmpty() && System.currentTimeMillis() < deadline) {
            snapshot = JSON.readTree(aura.handle("POST", "/v1/instances/" + instanceId + "/snapshots", Map.of(), auth,
                    "{}").body()).path("data").path("snapshot_id").asText();
            Thread.sleep(snapshot.isEmpty() ? 500 : 0);
        }
        while (System.currentTimeMillis() < deadline) {
            String status = JSON.readTree(aura.handle("GET", "/v1/instances/" + instanceId + "/snapshots/" + snapshot,
                    Map.of(), auth, null).body()).path("data").path("status").asText();
            if (status.equals("Completed")) {
                return snapshot;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the snapshot never completed");
    }
}
