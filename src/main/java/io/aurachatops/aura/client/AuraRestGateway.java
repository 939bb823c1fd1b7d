package io.aurachatops.aura.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aurachatops.aura.Accepted;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.CreatedInstance;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.aura.InstanceRequest;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.aura.Snapshot;
import io.aurachatops.aura.Tenant;
import io.aurachatops.aura.client.AuraHttp.Retry;
import io.aurachatops.credentials.CredentialStore;
import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.Derived;
import io.aurachatops.support.Lazy;
import io.aurachatops.support.TimeSource;
import io.aurachatops.support.Urls;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The Aura adapter. The HTTP client is built on first use, so that startup and SnapStart stay cheap. */
@ApplicationScoped
public class AuraRestGateway implements AuraGateway {

    private final AuraClientConfig config;
    private final Supplier<String[]> credentials;
    private final ObjectMapper json;
    private final TimeSource time;
    private final RequestBudget budget;
    private final Map<String, Cached> configurations = new ConcurrentHashMap<>();
    private final Lazy<AuraHttp> http = Lazy.of(this::connect);
    /** This process's share of the account budget as the settings now say (on Lambda), or none. */
    private final Supplier<Optional<Integer>> limit;

    @Inject
    public AuraRestGateway(AuraClientConfig config, AuraBudgetSettings share, CurrentSettings settings,
            CredentialStore credentials, ObjectMapper json) {
        this(config, () -> new String[] {credentials.auraClientId(), credentials.auraClientSecret()}, json,
                TimeSource.SYSTEM, RequestBudget.perMinute(config.rateLimitPerMinute(), TimeSource.SYSTEM)
                        .withRequestAllowance(config.connectTimeout().plus(config.readTimeout())),
                Derived.of(settings, s -> Optional.of(BudgetPartition.perProcess(config, share.budgetRole(), s))));
    }

    /** For tests: credentials straight from the configuration. */
    AuraRestGateway(AuraClientConfig config, ObjectMapper json, TimeSource time, RequestBudget budget) {
        this(config, () -> new String[] {config.clientId().orElseThrow(), config.clientSecret().orElseThrow()}, json,
                time, budget, Optional::empty);
    }

    private AuraRestGateway(AuraClientConfig config, Supplier<String[]> credentials, ObjectMapper json,
            TimeSource time, RequestBudget budget, Supplier<Optional<Integer>> limit) {
        this.limit = limit;
        this.config = config;
        this.credentials = credentials;
        this.json = json;
        this.time = time;
        this.budget = budget;
    }

    @Override
    public List<Tenant> tenants(Priority priority) {
        return AuraJson.list(http().call("list tenants", priority, Retry.SAFE, AuraApi::tenants),
                AuraJson::tenant);
    }

    @Override
    public List<InstanceConfiguration> configurations(String tenantId, Priority priority) {
        Cached cached = configurations.get(tenantId);
        if (cached != null && time.nanoTime() - cached.expiresAtNanos() < 0) {
            return cached.value();
        }
        List<InstanceConfiguration> fresh = AuraJson.list(
                http().call("get tenant", priority, Retry.SAFE, (api, bearer) -> api.tenant(bearer, tenantId))
                        .path("instance_configurations"),
                AuraJson::configuration);
        configurations.put(tenantId, new Cached(List.copyOf(fresh), time.nanoTime() + config.configurationsTtl().toNanos()));
        return fresh;
    }

    @Override
    public List<InstanceSummary> instances(Optional<String> tenantId, Priority priority) {
        return AuraJson.list(http().call("list instances", priority, Retry.SAFE,
                (api, bearer) -> api.instances(bearer, tenantId.orElse(null))), AuraJson::summary);
    }

    @Override
    public Instance instance(String instanceId, Priority priority) {
        return AuraJson.instance(http().call("get instance", priority, Retry.SAFE,
                (api, bearer) -> api.instance(bearer, instanceId)));
    }

    @Override
    public CreatedInstance create(InstanceRequest request, Priority priority) {
        ObjectNode body = json.createObjectNode()
                .put("name", request.name())
                .put("tenant_id", request.tenantId())
                .put("type", request.type())
                .put("cloud_provider", request.cloudProvider())
                .put("region", request.region())
                .put("memory", request.memory())
                .put("version", request.version());
        if (request.sourceInstanceId() != null) {
            body.put("source_instance_id", request.sourceInstanceId());
        }
        if (request.sourceSnapshotId() != null) {
            body.put("source_snapshot_id", request.sourceSnapshotId());
        }
        return AuraJson.created(http().call("create instance", priority, Retry.ONLY_AFTER_429,
                (api, bearer) -> api.createInstance(bearer, body.toString())));
    }

    @Override
    public Accepted delete(String instanceId, Priority priority) {
        return accepted(http().answer("delete instance", priority, Retry.SAFE,
                (api, bearer) -> api.deleteInstance(bearer, instanceId)));
    }

    @Override
    public Accepted pause(String instanceId, Priority priority) {
        return accepted(http().answer("pause instance", priority, Retry.ONLY_AFTER_429,
                (api, bearer) -> api.instanceAction(bearer, instanceId, "pause", "{}")));
    }

    @Override
    public Accepted resume(String instanceId, Priority priority) {
        return accepted(http().answer("resume instance", priority, Retry.ONLY_AFTER_429,
                (api, bearer) -> api.instanceAction(bearer, instanceId, "resume", "{}")));
    }

    @Override
    public Accepted resize(String instanceId, String memory, Priority priority) {
        String body = json.createObjectNode().put("memory", memory).toString();
        return accepted(http().answer("resize instance", priority, Retry.ONLY_AFTER_429,
                (api, bearer) -> api.updateInstance(bearer, instanceId, body)));
    }

    @Override
    public String takeSnapshot(String instanceId, Priority priority) {
        String id = http().call("take snapshot", priority, Retry.ONLY_AFTER_429,
                (api, bearer) -> api.instanceAction(bearer, instanceId, "snapshots", "{}")).path("snapshot_id").asText("");
        if (id.isBlank()) {
            throw new AuraApiException(200, "invalid-response", null, "Aura's answer named no snapshot", null, null);
        }
        return id;
    }

    @Override
    public List<Snapshot> snapshots(String instanceId, Optional<LocalDate> day, Priority priority) {
        return AuraJson.list(http().call("list snapshots", priority, Retry.SAFE,
                (api, bearer) -> api.snapshots(bearer, instanceId, day.map(LocalDate::toString).orElse(null))),
                AuraJson::snapshot);
    }

    @Override
    public Snapshot snapshot(String instanceId, String snapshotId, Priority priority) {
        return AuraJson.snapshot(http().call("get snapshot", priority, Retry.SAFE,
                (api, bearer) -> api.snapshot(bearer, instanceId, snapshotId)));
    }

    @Override
    public Accepted restore(String instanceId, String snapshotId, Priority priority) {
        return accepted(http().answer("restore snapshot", priority, Retry.ONLY_AFTER_429,
                (api, bearer) -> api.restore(bearer, instanceId, snapshotId, "{}")));
    }

    @Override
    public Accepted overwrite(String targetId, String sourceId, String snapshotId, Priority priority) {
        ObjectNode body = json.createObjectNode().put("source_instance_id", sourceId);
        if (snapshotId != null) {
            body.put("source_snapshot_id", snapshotId);
        }
        return accepted(http().answer("overwrite instance", priority, Retry.ONLY_AFTER_429,
                (api, bearer) -> api.overwrite(bearer, targetId, body.toString())));
    }

    private static Accepted accepted(AuraHttp.Answer answer) {
        return new Accepted(AuraJson.instance(answer.data()), answer.requestId());
    }

    private AuraHttp http() {
        limit.get().ifPresent(budget::limitTo);
        return http.get();
    }

    private AuraHttp connect() {
        AuraApi api = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(Urls.auraBase(config.apiUrl())))
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .build(AuraApi.class);
        return new AuraHttp(api, budget, time,
                new Backoff(Duration.ofMillis(500), Duration.ofSeconds(10), () -> ThreadLocalRandom.current().nextDouble()),
                config.maxRetries(), json, credentials);
    }

    private record Cached(List<InstanceConfiguration> value, long expiresAtNanos) {
    }
}
