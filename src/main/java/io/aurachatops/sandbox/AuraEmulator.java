package io.aurachatops.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aurachatops.support.TimeSource;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process Aura management API (v1) that behaves like the real one as far as the bot can tell: OAuth
 * tokens that expire, a 125/min limit, the {@code data} envelope, both error shapes, one-time passwords,
 * 409 while busy, and instances that move through their statuses over time. Transport-free: the sandbox
 * resource and {@link EmulatorServer} put it on HTTP.
 */
public final class AuraEmulator {

    /** The Aura v1 spec's {@code maxLength} for an instance name. */
    static final int MAX_NAME = 30;

    /** An HTTP answer. */
    public record Answer(int status, String body, Map<String, String> headers) {
    }

    private static final Pattern INSTANCE = Pattern.compile("/v1/instances/([^/]+)");
    private static final Pattern INSTANCE_ACTION = Pattern.compile("/v1/instances/([^/]+)/(pause|resume|snapshots)");
    private static final Pattern SNAPSHOT = Pattern.compile("/v1/instances/([^/]+)/snapshots/([^/]+)");
    private static final Pattern RESTORE = Pattern.compile("/v1/instances/([^/]+)/snapshots/([^/]+)/restore");
    private static final Pattern OVERWRITE = Pattern.compile("/v1/instances/([^/]+)/overwrite");
    private static final Pattern TENANT = Pattern.compile("/v1/tenants/([^/]+)");

    private final EmulatorSettings settings;
    private final TimeSource time;
    private final ObjectMapper json = new ObjectMapper();
    private final EmulatedSnapshots snapshots = new EmulatedSnapshots();
    private final SecureRandom random = new SecureRandom();
    private final List<EmulatedTenants.Tenant> tenants = EmulatedTenants.all();
    private final Map<String, EmulatedInstance> instances = new LinkedHashMap<>();
    private final Map<String, Long> tokens = new HashMap<>();
    private final Deque<Long> recentRequests = new ArrayDeque<>();
    private final Map<String, java.time.Instant> readyTimes = new LinkedHashMap<>();
    private int rateLimited;
    private Answer garbledCreate;
    private int faultsLeft;
    private int faultStatus;
    private final Map<String, Integer> targetedFaults = new HashMap<>();
    private final Map<String, Integer> requestCounts = new HashMap<>();

    public AuraEmulator(EmulatorSettings settings, TimeSource time) {
        this.settings = settings;
        this.time = time;
        if (settings.seeded()) {
            seed();
        }
    }

    public static String platformTenantId() {
        return EmulatedTenants.PLATFORM_ID;
    }

    public static String labsTenantId() {
        return EmulatedTenants.LABS_ID;
    }

    /** The next {@code count} API requests fail with {@code status}, for fault-injection tests. */
    public synchronized void failNext(int count, int status) {
        faultsLeft = count;
        faultStatus = status;
    }

    /** The next request with this method whose path starts with {@code pathPrefix} fails with {@code status}. */
    public synchronized void failNext(String method, String pathPrefix, int status) {
        targetedFaults.put(method.toUpperCase(Locale.ROOT) + " " + pathPrefix, status);
    }

    /**
     * Fault injection: the next create is carried out, but its answer is replaced by {@code status} with this
     * body, as when a proxy mangles or loses Aura's reply.
     */
    public synchronized void garbleNextCreate(int status, String body) {
        garbledCreate = new Answer(status, body, new java.util.HashMap<>(Map.of("Content-Type", "text/html")));
    }

    /** Fault injection: this snapshot can no longer seed a clone or an overwrite. */
    public synchronized void makeUnexportable(String snapshotId) {
        snapshots.makeUnexportable(snapshotId);
    }

    /** How many requests with this method had a path starting with {@code pathPrefix}. */
    public synchronized int requestCount(String method, String pathPrefix) {
        String key = method.toUpperCase(Locale.ROOT) + " " + pathPrefix;
        return requestCounts.entrySet().stream().filter(e -> e.getKey().startsWith(key)).mapToInt(Map.Entry::getValue).sum();
    }

    /** Every token issued so far stops working, as after expiry. */
    public synchronized void expireTokens() {
        long now = time.nanoTime();
        tokens.replaceAll((token, expiry) -> now);
    }

    /** How many requests were refused with 429 so far. */
    public synchronized int rateLimitedCount() {
        return rateLimited;
    }

    /** When each instance created here became (or will become) {@code running}, by id. */
    public synchronized Map<String, java.time.Instant> readyTimes() {
        return Map.copyOf(readyTimes);
    }

    /**
     * Test and benchmark helper: puts an instance in the platform tenant directly, without spending any of
     * the API's per-minute budget, and returns its id.
     */
    public synchronized String addInstance(String name, String type, String status) {
        String id = newInstanceId();
        instances.put(id, new EmulatedInstance(id, name, EmulatedTenants.PLATFORM_ID, type, "gcp", "europe-west1", "2GB",
                EmulatedTenants.storageFor("2GB"), "5", now(), status));
        return id;
    }

    /** Test helper: an instance's current status, or empty once it is gone. */
    public synchronized Optional<String> statusOf(String instanceId) {
        EmulatedInstance instance = instances.get(instanceId);
        if (instance == null) {
            return Optional.empty();
        }
        instance.settle(time.nanoTime());
        return instance.gone ? Optional.empty() : Optional.of(instance.status);
    }

    public synchronized Answer handle(String method, String path, Map<String, String> query, Map<String, String> headers,
            String body) {
        String requestId = UUID.randomUUID().toString();
        try {
            Answer answer = route(method.toUpperCase(Locale.ROOT), path, query, lower(headers), body);
            return withRequestId(answer, requestId);
        } catch (RuntimeException e) {
            return withRequestId(error(500, "internal-error", null, "Emulator failure: " + e.getClass().getSimpleName()),
                    requestId);
        }
    }

    private Answer route(String method, String path, Map<String, String> query, Map<String, String> headers, String body) {
        if (path.equals("/oauth/token")) {
            return method.equals("POST") ? token(headers, body) : error(405, "method-not-allowed", null, "Use POST");
        }
        if (!path.startsWith("/v1/")) {
            return error(404, "not-found", null, "No such endpoint: " + path);
        }
        Optional<Answer> refused = authenticate(headers);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<Answer> limited = rateLimit();
        if (limited.isPresent()) {
            return limited.get();
        }
        requestCounts.merge(method + " " + path, 1, Integer::sum);
        if (faultsLeft > 0) {
            faultsLeft--;
            return injected(faultStatus);
        }
        for (Map.Entry<String, Integer> fault : Map.copyOf(targetedFaults).entrySet()) {
            if ((method + " " + path).startsWith(fault.getKey())) {
                targetedFaults.remove(fault.getKey());
                return injected(fault.getValue());
            }
        }
        settleAll();
        Matcher action = INSTANCE_ACTION.matcher(path);
        Matcher instance = INSTANCE.matcher(path);
        Matcher tenant = TENANT.matcher(path);
        if (path.equals("/v1/tenants") && method.equals("GET")) {
            return listTenants();
        } else if (tenant.matches() && method.equals("GET")) {
            return getTenant(tenant.group(1));
        } else if (path.equals("/v1/instances")) {
            return switch (method) {
                case "GET" -> listInstances(query.get("tenantId"));
                case "POST" -> json(headers) ? garbled(create(body)) : unsupportedMediaType();
                default -> error(405, "method-not-allowed", null, "Use GET or POST");
            };
        } else if (action.matches() && method.equals("POST")) {
            return instanceAction(action.group(1), action.group(2));
        } else if (action.matches() && action.group(2).equals("snapshots") && method.equals("GET")) {
            return listSnapshots(action.group(1), query.get("date"));
        } else if (OVERWRITE.matcher(path).matches() && method.equals("POST")) {
            Matcher overwrite = OVERWRITE.matcher(path);
            overwrite.matches();
            return json(headers) ? overwrite(overwrite.group(1), body) : unsupportedMediaType();
        } else if (RESTORE.matcher(path).matches() && method.equals("POST")) {
            Matcher restore = RESTORE.matcher(path);
            restore.matches();
            return restore(restore.group(1), restore.group(2));
        } else if (SNAPSHOT.matcher(path).matches() && method.equals("GET")) {
            Matcher snapshot = SNAPSHOT.matcher(path);
            snapshot.matches();
            return getSnapshot(snapshot.group(1), snapshot.group(2));
        } else if (instance.matches()) {
            return switch (method) {
                case "GET" -> existing(instance.group(1)).map(i -> ok(200, describe(i))).orElseGet(() -> notFound(instance.group(1)));
                case "PATCH" -> json(headers) ? patch(instance.group(1), body) : unsupportedMediaType();
                case "DELETE" -> delete(instance.group(1));
                default -> error(405, "method-not-allowed", null, "Unsupported method");
            };
        }
        return error(404, "not-found", null, "No such endpoint: " + method + " " + path);
    }

    // --- authentication and limits -------------------------------------------------------------

    private Answer token(Map<String, String> headers, String body) {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (settings.clientId() + ":" + settings.clientSecret()).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(headers.get("authorization"))) {
            return oauthError(401, "invalid_client", "Client authentication failed");
        }
        if (body == null || !body.contains("grant_type=client_credentials")) {
            return oauthError(400, "invalid_request", "grant_type=client_credentials is required");
        }
        Optional<Answer> limited = rateLimit();
        if (limited.isPresent()) {
            return limited.get();
        }
        String value = HexFormat.of().formatHex(randomBytes(24));
        tokens.put(value, time.nanoTime() + settings.tokenLifetime().toNanos());
        ObjectNode answer = json.createObjectNode().put("access_token", value)
                .put("expires_in", settings.tokenLifetime().toSeconds()).put("token_type", "bearer");
        return new Answer(200, answer.toString(), jsonHeaders());
    }

    private Optional<Answer> authenticate(Map<String, String> headers) {
        String header = headers.getOrDefault("authorization", "");
        if (!header.startsWith("Bearer ")) {
            return Optional.of(gatewayError(401, "Unauthorized"));
        }
        Long expiry = tokens.get(header.substring("Bearer ".length()).trim());
        if (expiry == null) {
            return Optional.of(gatewayError(401, "Unauthorized"));
        }
        if (time.nanoTime() - expiry >= 0) {
            return Optional.of(gatewayError(403, "Token expired"));
        }
        return Optional.empty();
    }

    private Optional<Answer> rateLimit() {
        long now = time.nanoTime();
        long window = Duration.ofMinutes(1).toNanos();
        while (!recentRequests.isEmpty() && now - recentRequests.peekFirst() >= window) {
            recentRequests.pollFirst();
        }
        if (recentRequests.size() >= settings.rateLimitPerMinute()) {
            long waitNanos = recentRequests.peekFirst() + window - now;
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            Map<String, String> headers = jsonHeaders();
            headers.put("Retry-After", Long.toString(seconds));
            rateLimited++;
            return Optional.of(new Answer(429, errorBody("Too many requests", "rate-limit-exceeded", null), headers));
        }
        recentRequests.addLast(now);
        return Optional.empty();
    }

    // --- tenants -------------------------------------------------------------------------------

    private Answer listTenants() {
        ArrayNode data = json.createArrayNode();
        tenants.forEach(t -> data.addObject().put("id", t.id()).put("name", t.name()));
        return ok(200, data);
    }

    private Answer getTenant(String id) {
        return tenant(id).<Answer>map(t -> {
            ObjectNode data = json.createObjectNode().put("id", t.id()).put("name", t.name());
            ArrayNode configs = data.putArray("instance_configurations");
            t.configurations().forEach(c -> configs.addObject().put("cloud_provider", c.cloudProvider())
                    .put("region", c.region()).put("region_name", c.regionName()).put("type", c.type())
                    .put("memory", c.memory()).put("storage", c.storage()).put("version", "5"));
            return ok(200, data);
        }).orElseGet(() -> error(404, "tenant-not-found", null, "The tenant you specified could not be found"));
    }

    private Optional<EmulatedTenants.Tenant> tenant(String id) {
        return tenants.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    // --- instances -----------------------------------------------------------------------------

    private Answer listInstances(String tenantId) {
        if (tenantId != null && tenant(tenantId).isEmpty()) {
            // The spec has no 404 here: a tenant these credentials cannot see is not permitted.
            return error(403, "forbidden", null, "You are not permitted to access tenant " + tenantId);
        }
        ArrayNode data = json.createArrayNode();
        instances.values().stream().filter(i -> !i.gone)
                .filter(i -> tenantId == null || i.tenantId.equals(tenantId))
                .forEach(i -> i.describeSummary(data.addObject()));
        return ok(200, data);
    }

    private Answer create(String body) {
        JsonNode request = readBody(body);
        if (request == null) {
            return error(400, "invalid-json", null, "The request body must be a JSON object");
        }
        for (String field : List.of("name", "tenant_id", "type", "cloud_provider", "region", "memory", "version")) {
            if (request.path(field).asText("").isBlank()) {
                return error(400, "missing-field", field, "Field " + field + " is required");
            }
        }
        String name = request.path("name").asText();
        Optional<Answer> badName = checkName(name);
        if (badName.isPresent()) {
            return badName.get();
        }
        Optional<EmulatedTenants.Tenant> tenant = tenant(request.path("tenant_id").asText());
        if (tenant.isEmpty()) {
            return error(400, "invalid-tenant", "tenant_id", "The tenant you specified could not be found");
        }
        Optional<Answer> badSource = checkSource(tenant.get().id(), request);
        if (badSource.isPresent()) {
            return badSource.get();
        }
        String type = request.path("type").asText();
        String provider = request.path("cloud_provider").asText();
        String region = request.path("region").asText();
        String memory = request.path("memory").asText();
        Optional<EmulatedTenants.Config> config = tenant.get().configurations().stream()
                .filter(c -> c.type().equals(type) && c.cloudProvider().equals(provider) && c.region().equals(region)
                        && c.memory().equals(memory))
                .findFirst();
        if (config.isEmpty()) {
            String field = tenant.get().configurations().stream().noneMatch(c -> c.type().equals(type)) ? "type"
                    : tenant.get().configurations().stream().noneMatch(c -> c.type().equals(type)
                            && c.cloudProvider().equals(provider) && c.region().equals(region)) ? "region" : "memory";
            return error(400, "invalid-instance-configuration", field,
                    "The tenant does not offer " + type + " with " + memory + " in " + provider + " " + region);
        }
        String id = newInstanceId();
        EmulatedInstance instance = new EmulatedInstance(id, name, tenant.get().id(), type, provider, region, memory,
                config.get().storage(), request.path("version").asText(), now(), "creating");
        instance.then(time.nanoTime() + settings.createTime().toNanos(), "running");
        instances.put(id, instance);
        readyTimes.put(id, time.now().plus(settings.createTime()));
        snapshots.take(id, "Scheduled", time.now().plus(settings.createTime()), time.nanoTime()
                + settings.createTime().toNanos());
        ObjectNode data = json.createObjectNode();
        instance.describeSummary(data);
        data.put("region", region).put("type", type)
                .put("connection_url", "neo4j+s://" + id + ".databases.neo4j.io")
                .put("username", "neo4j").put("password", HexFormat.of().formatHex(randomBytes(16)));
        return ok(202, data);
    }

    private Answer instanceAction(String id, String action) {
        return whenIdle(id, instance -> startAction(instance, action));
    }

    private Answer startAction(EmulatedInstance instance, String action) {
        long now = time.nanoTime();
        switch (action) {
            case "pause" -> {
                if (!"running".equals(instance.status)) {
                    return error(400, "invalid-instance-state", null, "Only a running instance can be paused; it is "
                            + instance.status);
                }
                instance.status = "pausing";
                instance.then(now + settings.pauseTime().toNanos(), "paused");
            }
            case "resume" -> {
                if (!"paused".equals(instance.status)) {
                    return error(409, "invalid-instance-state", null, "Only a paused instance can be resumed; it is "
                            + instance.status);
                }
                instance.status = "resuming";
                instance.then(now + settings.resumeTime().toNanos(), "running");
            }
            default -> {
                if (!"running".equals(instance.status)) {
                    return error(409, "ongoing-database-operation", null, "A snapshot needs a running instance");
                }
                String snapshotId = snapshots.take(instance.id, "AdHoc", time.now(), time.nanoTime());
                return ok(202, json.createObjectNode().put("snapshot_id", snapshotId));
            }
        }
        return ok(202, describe(instance));
    }

    private Answer patch(String id, String body) {
        JsonNode request = readBody(body == null || body.isBlank() ? "{}" : body);
        if (request == null) {
            return error(400, "invalid-json", null, "The request body must be a JSON object");
        }
        return whenIdle(id, instance -> startPatch(instance, request));
    }

    /** A clone's source must be an instance of the tenant; a snapshot of it must be completed and exportable. */
    private Optional<Answer> checkSource(String tenantId, JsonNode request) {
        String sourceId = request.path("source_instance_id").asText("");
        String snapshotId = request.path("source_snapshot_id").asText("");
        if (sourceId.isEmpty()) {
            return snapshotId.isEmpty() ? Optional.empty() : Optional.of(error(400, "missing-field", "source_instance_id",
                    "A source snapshot needs its source instance"));
        }
        if (existing(sourceId).filter(i -> i.tenantId.equals(tenantId)).isEmpty()) {
            return Optional.of(error(400, "invalid-source", "source_instance_id", "The source instance could not be found"));
        }
        if (snapshotId.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> snapshot = snapshots.one(sourceId, snapshotId, time.nanoTime()).map(JsonNode.class::cast);
        if (snapshot.isEmpty() || !snapshot.get().path("status").asText().equals("Completed")) {
            return Optional.of(error(400, "invalid-source", "source_snapshot_id", "The snapshot is not a completed "
                    + "snapshot of the source instance"));
        }
        if (!snapshot.get().path("exportable").asBoolean()) {
            return Optional.of(error(400, "snapshot-not-exportable", "source_snapshot_id", "The snapshot is not exportable"));
        }
        return Optional.empty();
    }

    /** The spec's rule for a name: at most 30 characters, no leading or trailing whitespace. */
    private Optional<Answer> checkName(String name) {
        if (name.isEmpty()) {
            return Optional.of(error(400, "invalid-name", "name", "The name must not be empty"));
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME) {
            return Optional.of(error(400, "invalid-name", "name", "The name must be at most " + MAX_NAME + " characters"));
        }
        if (!name.equals(name.strip())) {
            return Optional.of(error(400, "invalid-name", "name", "The name must not start or end with whitespace"));
        }
        return Optional.empty();
    }

    private Answer startPatch(EmulatedInstance instance, JsonNode request) {
        if (request.hasNonNull("name")) {
            Optional<Answer> badName = checkName(request.path("name").asText());
            if (badName.isPresent()) {
                return badName.get();
            }
            instance.name = request.path("name").asText();
        }
        if (!request.hasNonNull("memory")) {
            return ok(200, describe(instance));
        }
        String memory = request.path("memory").asText();
        boolean offered = tenant(instance.tenantId).map(t -> t.configurations().stream().anyMatch(c -> c.type()
                .equals(instance.type) && c.cloudProvider().equals(instance.cloudProvider)
                && c.region().equals(instance.region) && c.memory().equals(memory))).orElse(false);
        if (!offered || "free-db".equals(instance.type)) {
            return error(400, "invalid-instance-configuration", "memory", "Memory " + memory + " is not offered for "
                    + instance.type + " in " + instance.region);
        }
        if (!"running".equals(instance.status)) {
            return error(409, "ongoing-database-operation", null, "The instance is " + instance.status);
        }
        // Real Aura still reads "running" for a moment after a resize is accepted.
        long now = time.nanoTime();
        instance.then(now + settings.patchLag().toNanos(), "updating");
        instance.then(now + settings.patchLag().plus(settings.updateTime()).toNanos(), "running", () -> {
            instance.memory = memory;
            instance.storage = EmulatedTenants.storageFor(memory);
        });
        return ok(202, describe(instance));
    }

    private Answer delete(String id) {
        return whenIdle(id, instance -> {
            instance.status = "destroying";
            instance.then(time.nanoTime() + settings.deleteTime().toNanos(), "destroying", () -> {
                instance.gone = true;
                snapshots.forget(instance.id);
            });
            return ok(202, describe(instance));
        });
    }

    /** Runs a mutation on an existing instance that no other operation is holding; else 404 or 409. */
    private Answer whenIdle(String id, Function<EmulatedInstance, Answer> mutation) {
        Optional<EmulatedInstance> found = existing(id);
        if (found.isEmpty()) {
            return notFound(id);
        }
        return found.get().busy() ? busy(found.get()) : mutation.apply(found.get());
    }

    // --- snapshots -----------------------------------------------------------------------------

    /** Without {@code date}, only today's snapshots, as Aura answers. */
    private Answer listSnapshots(String id, String date) {
        if (existing(id).isEmpty()) {
            return notFound(id);
        }
        LocalDate day;
        try {
            day = date == null ? time.now().atZone(ZoneOffset.UTC).toLocalDate() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return ok(200, json.createArrayNode()); // the spec has no 400 here: no snapshot is of such a date
        }
        return ok(200, snapshots.on(id, day, time.nanoTime()));
    }

    /**
     * Copies the source's data (a fresh snapshot of it, or the given exportable one) into a running target:
     * {@code overwriting}, then {@code running}.
     */
    private Answer overwrite(String targetId, String body) {
        JsonNode request = readBody(body == null || body.isBlank() ? "{}" : body);
        if (request == null || request.path("source_instance_id").asText("").isEmpty()) {
            return error(400, "missing-field", "source_instance_id", "Field source_instance_id is required");
        }
        return whenIdle(targetId, target -> {
            if (!"running".equals(target.status)) {
                return error(409, "invalid-instance-state", null, "Only a running instance can be overwritten; it is "
                        + target.status);
            }
            Optional<Answer> badSource = checkSource(target.tenantId, request);
            if (badSource.isPresent()) {
                return badSource.get();
            }
            target.status = "overwriting";
            target.then(time.nanoTime() + settings.resumeTime().toNanos(), "running");
            return ok(202, describe(target));
        });
    }

    /** Puts a completed snapshot back into the same instance: {@code restoring}, then {@code running}. */
    private Answer restore(String id, String snapshotId) {
        return whenIdle(id, instance -> {
            Optional<String> status = snapshots.one(id, snapshotId, time.nanoTime()).map(s -> s.path("status").asText());
            if (status.isEmpty()) {
                return error(404, "snapshot-not-found", null, "Snapshot not found: " + snapshotId);
            }
            if (!status.get().equals("Completed")) {
                return error(409, "snapshot-not-completed", null, "The snapshot is " + status.get());
            }
            instance.status = "restoring";
            instance.then(time.nanoTime() + settings.resumeTime().toNanos(), "running");
            return ok(202, describe(instance));
        });
    }

    private Answer getSnapshot(String id, String snapshotId) {
        if (existing(id).isEmpty()) {
            return notFound(id);
        }
        return snapshots.one(id, snapshotId, time.nanoTime()).map(s -> ok(200, s))
                .orElseGet(() -> error(404, "snapshot-not-found", null, "Snapshot not found: " + snapshotId));
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A create or a PATCH must say it sends JSON; the spec answers anything else with 415. */
    private static boolean json(Map<String, String> headers) {
        return headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT).contains("json");
    }

    private Answer unsupportedMediaType() {
        return error(415, "unsupported-media-type", null, "Send the request body as application/json");
    }

    private Answer garbled(Answer real) {
        Answer garbled = garbledCreate;
        if (garbled == null || real.status() / 100 != 2) {
            return real;
        }
        garbledCreate = null;
        return garbled;
    }

    private Answer injected(int status) {
        return status == 409
                ? error(409, "ongoing-database-operation", null, "The database is currently undergoing an operation: updating")
                : error(status, "injected-fault", null, "Injected failure " + status);
    }

    private void seed() {
        String platform = EmulatedTenants.PLATFORM_ID;
        instances.put("5e3a91cf", new EmulatedInstance("5e3a91cf", "orders-graph", platform, "professional-db", "gcp",
                "europe-west2", "8GB", "16GB", "5", "2025-11-03T09:14:27Z", "running"));
        instances.put("a7c40b12", new EmulatedInstance("a7c40b12", "analytics-dev", platform, "professional-db", "aws",
                "eu-west-1", "4GB", "8GB", "5", "2026-02-11T15:02:10Z", "paused"));
        instances.put("3d9e01f4", new EmulatedInstance("3d9e01f4", "playground", EmulatedTenants.LABS_ID, "free-db",
                "gcp", "europe-west1", "1GB", "2GB", "5", "2026-06-30T08:45:00Z", "running"));
        // Today's daily snapshot of the running professional instance, already complete.
        snapshots.take("5e3a91cf", "Scheduled", time.now(), time.nanoTime() - EmulatedSnapshots.TAKES.toNanos());
    }

    private void settleAll() {
        long now = time.nanoTime();
        instances.values().forEach(i -> i.settle(now));
        instances.values().removeIf(i -> i.gone);
    }

    private Optional<EmulatedInstance> existing(String id) {
        return Optional.ofNullable(instances.get(id)).filter(i -> !i.gone);
    }

    private ObjectNode describe(EmulatedInstance instance) {
        ObjectNode node = json.createObjectNode();
        instance.describe(node);
        return node;
    }

    private Answer busy(EmulatedInstance instance) {
        return error(409, "ongoing-database-operation", null,
                "The database is currently undergoing an operation: " + instance.status);
    }

    private Answer notFound(String id) {
        return error(404, "db-not-found", null, "DB not found: " + id);
    }

    private Answer ok(int status, JsonNode data) {
        return new Answer(status, json.createObjectNode().set("data", data).toString(), jsonHeaders());
    }

    private Answer error(int status, String reason, String field, String message) {
        return new Answer(status, errorBody(message, reason, field), jsonHeaders());
    }

    private String errorBody(String message, String reason, String field) {
        ObjectNode error = json.createObjectNode().put("message", message).put("reason", reason);
        if (field != null) {
            error.put("field", field);
        }
        ObjectNode body = json.createObjectNode();
        body.putArray("errors").add(error);
        return body.toString();
    }

    private Answer gatewayError(int status, String message) {
        return new Answer(status, json.createObjectNode().put("error", message).toString(), jsonHeaders());
    }

    private Answer oauthError(int status, String error, String description) {
        return new Answer(status, json.createObjectNode().put("error", error).put("error_description", description)
                .toString(), jsonHeaders());
    }

    private static Answer withRequestId(Answer answer, String requestId) {
        Map<String, String> headers = new HashMap<>(answer.headers());
        headers.put("X-Request-Id", requestId);
        return new Answer(answer.status(), answer.body(), Map.copyOf(headers));
    }

    private static Map<String, String> jsonHeaders() {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        return headers;
    }

    private JsonNode readBody(String body) {
        try {
            JsonNode node = json.readTree(body == null ? "" : body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private String newInstanceId() {
        String id;
        do {
            id = HexFormat.of().formatHex(randomBytes(4));
        } while (instances.containsKey(id));
        return id;
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private String now() {
        return time.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static Map<String, String> lower(Map<String, String> headers) {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }
}
