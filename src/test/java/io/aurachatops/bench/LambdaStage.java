package io.aurachatops.bench;

import io.aurachatops.sandbox.AuraEmulator;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.support.ElasticMqResource;
import io.aurachatops.support.FunctionZip;
import io.aurachatops.support.MotoServer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aurachatops.settings.RunSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The deployment of template.yaml on loopback, for one scenario: the Aura emulator it is given, WireMock as
 * Slack and Secrets Manager, ElasticMQ with the template's queues, moto with its DynamoDB tables, one ingress
 * environment, MaximumConcurrency worker environments each fed by an SQS poller, and one scheduled one.
 * Every function gets the template's Timeout and environment variables; only endpoints and the test
 * identity are added.
 */
final class LambdaStage implements AutoCloseable {

    static final String INGRESS = "IngressFunction";
    static final String WORKER = "WorkerFunction";
    static final String SCHEDULED = "ScheduledFunction";
    static final String QUEUE = "JobsQueue";
    static final String ADMINS = SlackEvents.ADMIN;

    final EmulatorServer emulator;
    final SlackFake slack;
    final InvocationStats stats = new InvocationStats();
    final Map<String, Integer> timeouts = new TreeMap<>();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private final SamTemplate template;
    private SQSRestServer elasticMq;
    private String sqsEndpoint;
    private MotoServer moto;
    private LambdaEnvironment ingress;
    private LambdaEnvironment scheduled;
    private final Set<String> printed = new HashSet<>();

    private LambdaStage(SamTemplate template, EmulatorServer emulator) {
        this.template = template;
        this.emulator = emulator;
        this.slack = new SlackFake(template.resolve(Map.of("Ref", "BotSecretName")));
    }

    /**
     * Brings everything up; {@code extraEnvironment} goes to the worker and scheduled functions on top of the
     * template's (a scenario's cost-saving policy, say). Closes the emulator too when done.
     */
    static LambdaStage start(SamTemplate template, Path zip, Path unzipped, EmulatorServer emulator,
            Map<String, String> extraEnvironment) throws Exception {
        LambdaStage stage = new LambdaStage(template, emulator);
        try {
            stage.startAws(extraEnvironment);
            stage.startFunctions(zip, unzipped, extraEnvironment);
            return stage;
        } catch (Exception | AssertionError e) {
            stage.close();
            throw e;
        }
    }

    private void startAws(Map<String, String> extra) throws Exception {
        elasticMq = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
        sqsEndpoint = "http://127.0.0.1:" + elasticMq.waitUntilStarted().localAddress().getPort();
        LocalQueues.create(template, sqsEndpoint);
        List<String> tables = template.resourcesOfType("AWS::DynamoDB::Table");
        if (MotoServer.available()) {
            moto = MotoServer.start();
            for (String table : tables) {
                String name = DynamoTables.localName(template, table);
                DynamoTables.create(moto.endpoint(), name, template.properties(table));
                template.bindRef(table, name);
            }
        } else if (!tables.isEmpty()) {
            throw new IllegalStateException("template.yaml has DynamoDB tables " + tables + " but moto_server is not on PATH");
        }
        for (String parameter : template.resourcesOfType("AWS::SSM::Parameter")) {
            deploySettings(parameter, extra);
        }
    }

    /**
     * Writes an SSM parameter as the stack would, its Value resolved from the parameters' defaults, with this
     * scenario's settings on top as a deploy's parameter overrides would put them there.
     */
    private void deploySettings(String parameter, Map<String, String> extra) throws Exception {
        if (moto == null) {
            throw new IllegalStateException("template.yaml has the SSM parameter " + parameter + " but moto_server is not on PATH");
        }
        Map<String, Object> props = template.properties(parameter);
        String name = template.resolve(props.get("Name"));
        ObjectNode value = (ObjectNode) new ObjectMapper().readTree(template.resolve(props.get("Value")));
        value.put(RunSettings.ADMINS, ADMINS);
        value.put(RunSettings.TENANT_ID, AuraEmulator.platformTenantId());
        extra.forEach((key, setting) -> {
            if (RunSettings.NAMES.contains(key)) {
                value.put(key, setting);
            }
        });
        try (SsmClient ssm = SsmClient.builder().endpointOverride(URI.create(moto.endpoint())).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            ssm.putParameter(r -> r.name(name).value(value.toString()).type(ParameterType.STRING).overwrite(true));
        }
        template.bindRef(parameter, name);
        System.out.println("settings " + name + ": " + value);
    }

    private void startFunctions(Path zip, Path unzipped, Map<String, String> extra) throws Exception {
        FunctionZip.unzipOnce(zip, unzipped);
        for (String function : List.of(INGRESS, WORKER, SCHEDULED)) {
            // -Dbench.timeout-seconds.WorkerFunction=… only checks the harness's timeout handling; said aloud.
            Integer override = Integer.getInteger("bench.timeout-seconds." + function);
            if (override != null) {
                System.out.printf("template: %s Timeout OVERRIDDEN to %d s (harness check, not template.yaml)%n",
                        function, override);
            }
            timeouts.put(function, override != null ? override : template.timeoutSeconds(function));
        }
        int workers = template.maximumConcurrency(WORKER);
        int batch = template.batchSize(WORKER);
        System.out.printf("template: %s Timeout %d s, BatchSize %d, MaximumConcurrency %d; %s Timeout %d s; %s Timeout "
                + "%d s; %s VisibilityTimeout %s s%n", WORKER, timeouts.get(WORKER), batch, workers, SCHEDULED,
                timeouts.get(SCHEDULED), INGRESS, timeouts.get(INGRESS), QUEUE,
                template.resolve(template.properties(QUEUE).get("VisibilityTimeout")));
        ExecutorService starting = Executors.newCachedThreadPool();
        try {
            // Started side by side, as Lambda would; every one that came up is closed later, even if another failed.
            List<CompletableFuture<LambdaEnvironment>> all = new ArrayList<>();
            all.add(environment(starting, zip, unzipped, INGRESS, Map.of()));
            all.add(environment(starting, zip, unzipped, SCHEDULED, extra));
            for (int i = 0; i < workers; i++) {
                all.add(environment(starting, zip, unzipped, WORKER, extra));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
            all.stream().filter(f -> !f.isCompletedExceptionally()).forEach(f -> closing.add(f.join()));
            all.forEach(CompletableFuture::join);
            ingress = all.get(0).join();
            scheduled = all.get(1).join();
            String queueUrl = template.resolve(Map.of("Ref", QUEUE));
            SqsClient sqs = ElasticMqResource.client(sqsEndpoint);
            closing.add(sqs);
            String arn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                    .attributes().get(QueueAttributeName.QUEUE_ARN);
            for (int i = 0; i < workers; i++) {
                SqsEventSource poller = new SqsEventSource(all.get(2 + i).join(), sqs, queueUrl, arn, batch,
                        "esm-poller-" + (i + 1));
                closing.add(poller);
                poller.start();
            }
        } finally {
            starting.shutdown();
        }
    }

    private CompletableFuture<LambdaEnvironment> environment(ExecutorService pool, Path zip, Path unzipped,
            String function, Map<String, String> extra) {
        Map<String, String> properties = properties(function);
        Map<String, String> env = new HashMap<>(template.environment(function));
        env.putAll(extra);
        if (moto != null) {
            env.put("AWS_ENDPOINT_URL_DYNAMODB", moto.endpoint());
            env.put("AWS_ENDPOINT_URL_SSM", moto.endpoint());
        }
        env.put("AWS_REGION", "eu-west-1");
        env.put("AWS_LAMBDA_FUNCTION_NAME", function);
        print(function, env);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new LambdaEnvironment(function, () -> {
                    FunctionZip process = FunctionZip.start(zip, unzipped, properties, env);
                    process.initMillis();
                    return process;
                }, stats);
            } catch (Exception e) {
                throw new IllegalStateException(function + " did not start", e);
            }
        }, pool);
    }

    /** What a test adds to the deployed configuration: local endpoints, dummy AWS keys and an admin. */
    private Map<String, String> properties(String function) {
        Map<String, String> p = new HashMap<>();
        p.put(FunctionZip.TIMEOUT_PROPERTY, Long.toString(timeouts.get(function) * 1000L));
        p.put("aura.api-url", emulator.baseUrl());
        p.put("aura.tenant-id", AuraEmulator.platformTenantId());
        p.put("aura.bot.secrets-id", template.resolve(Map.of("Ref", "BotSecretName")));
        p.put("aura.bot.admins", ADMINS);
        p.put("slack.api-url", slack.apiUrl());
        p.put("aws.region", "eu-west-1");
        p.put("aws.accessKeyId", "bench");
        p.put("aws.secretAccessKey", "bench");
        p.put("aws.endpointUrlSqs", sqsEndpoint);
        p.put("aws.endpointUrlSecretsManager", slack.baseUrl());
        if (moto != null) {
            p.put("aws.endpointUrlDynamoDb", moto.endpoint());
            p.put("aws.endpointUrlSsm", moto.endpoint());
        }
        return p;
    }

    private void print(String function, Map<String, String> env) {
        if (printed.add(function)) {
            System.out.println("env " + function + ": " + new TreeMap<>(env));
        }
    }

    /** Sends one event to the ingress function, as API Gateway would. */
    FunctionZip.Invocation ingress(String event) throws Exception {
        return ingress.invoke(event, List.of());
    }

    /** Invokes the scheduled function, as the EventBridge schedule would. */
    FunctionZip.Invocation scheduled(String event) throws Exception {
        return scheduled.invoke(event, List.of());
    }

    /** "ingress …; worker …; scheduled …": calls, max duration against Timeout, timeouts and restarts each. */
    String invocationSummary() {
        return String.join("; ", stats.describe(INGRESS, timeouts.get(INGRESS)),
                stats.describe(WORKER, timeouts.get(WORKER)), stats.describe(SCHEDULED, timeouts.get(SCHEDULED)));
    }

    @Override
    public void close() {
        for (int i = closing.size() - 1; i >= 0; i--) {
            try {
                closing.get(i).close();
            } catch (Exception e) {
                System.out.println("closing: " + e);
            }
        }
        if (moto != null) {
            moto.close();
        }
        if (elasticMq != null) {
            elasticMq.stopAndWait();
        }
        slack.close();
        emulator.close();
    }
}
