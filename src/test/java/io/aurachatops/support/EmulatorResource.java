package io.aurachatops.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.aurachatops.sandbox.AuraEmulator;
import io.aurachatops.sandbox.EmulatorServer;
import io.aurachatops.sandbox.EmulatorSettings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The Aura emulator on its own port with quick transitions, and WireMock playing Slack and AWS Secrets
 * Manager (the SDK finds it through its standard endpoint setting, given here as a system property).
 */
public class EmulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final EmulatorSettings FAST = new EmulatorSettings(EmulatorSettings.SANDBOX_CLIENT_ID,
            EmulatorSettings.SANDBOX_CLIENT_SECRET, Duration.ofHours(1), 125, Duration.ofSeconds(2),
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(1), true);

    private EmulatorServer emulator;
    private WireMockServer wireMock;

    @Override
    public Map<String, String> start() {
        try {
            emulator = EmulatorServer.start(emulatorSettings(), TimeSource.SYSTEM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        System.setProperty("aws.endpointUrlSecretsManager", wireMock.baseUrl());
        System.setProperty("aws.region", "eu-west-1");
        System.setProperty("aws.accessKeyId", "test-access-key");
        System.setProperty("aws.secretAccessKey", "test-secret-key");
        Map<String, String> config = new HashMap<>(Map.of(
                "aura.api-url", emulator.baseUrl(),
                "aura.client-id", EmulatorSettings.SANDBOX_CLIENT_ID,
                "aura.client-secret", EmulatorSettings.SANDBOX_CLIENT_SECRET,
                "aura.tenant-id", AuraEmulator.platformTenantId(),
                "slack.api-url", wireMock.baseUrl() + "/api/",
                "aura.poll-interval", "500ms",
                "aura.operation-timeout", "60s",
                "aura.create.recheck-delay", "1s"));
        config.putAll(overrides());
        return config;
    }

    /** How the emulator behaves; quick transitions unless a subclass says otherwise. */
    protected EmulatorSettings emulatorSettings() {
        return FAST;
    }

    /** Configuration that a subclass changes on top of the defaults here. */
    protected Map<String, String> overrides() {
        return Map.of();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(wireMock, new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class,
                WireMockServer.class));
        injector.injectIntoFields(emulator, new TestInjector.AnnotatedAndMatchesType(InjectEmulator.class,
                EmulatorServer.class));
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
        if (wireMock != null) {
            wireMock.stop();
        }
    }
}
