package io.aurachatops.settings.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.aurachatops.access.AccessPolicy;
import io.aurachatops.access.Role;
import io.aurachatops.sandbox.SandboxSettings;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.support.FakeTime;
import io.aurachatops.support.MotoServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterType;

/**
 * The run-time settings as a deploy rewrites them in SSM, read with the real SDK client from moto_server:
 * a change reaches a running process after the TTL, without a new version. Needs moto (the moto profile).
 */
@Tag("moto")
class SsmSettingsTest {

    static MotoServer moto;
    static SsmClient ssm;

    final FakeTime time = new FakeTime();
    final RunSettings environment = new RunSettings(Map.of(RunSettings.ADMINS, "UENV", RunSettings.SECRET_PREFIX, "aura/"));

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(MotoServer.available(), "moto_server is not installed");
        moto = MotoServer.start();
        ssm = SsmClient.builder().endpointOverride(URI.create(moto.endpoint())).region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @AfterAll
    static void stop() {
        if (ssm != null) {
            ssm.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void aDeployedChangeReachesTheRunningProcessAfterTheTtl() {
        String name = "/stack-a/settings";
        put(name, "{\"AURA_BOT_ADMINS\": \"UFIRST\", \"AURA_BOT_CHANNELS\": \"\", \"AURA_AUTOPAUSE_CRON\": \"0 0 20 ? * *\"}");
        SsmSettings settings = new SsmSettings(() -> ssm, name, Duration.ofMinutes(1), environment, time);
        AccessPolicy access = new AccessPolicy(settings, new Sandbox());
        assertEquals(Role.ADMIN, access.directRole("UFIRST"));
        assertEquals(Role.ANYONE, access.directRole("UENV"), "the parameter wins over the environment");
        assertEquals("aura/", settings.current().text(RunSettings.SECRET_PREFIX).orElseThrow(), "unset keys fall back");

        put(name, "{\"AURA_BOT_ADMINS\": \"USECOND\", \"AURA_WORKER_CONCURRENCY\": 8}");
        assertEquals(Role.ADMIN, access.directRole("UFIRST"), "read again only after the TTL");
        time.advance(Duration.ofSeconds(61));
        assertEquals(Role.ADMIN, access.directRole("USECOND"));
        assertEquals(Role.ANYONE, access.directRole("UFIRST"));
        assertEquals(Optional.of(8), settings.current().number(RunSettings.WORKER_CONCURRENCY), "numbers are read as text");
        assertEquals(Optional.empty(), settings.current().text(RunSettings.AUTOPAUSE_CRON), "a removed key is unset");
    }

    @Test
    void aBrokenOrMissingParameterKeepsTheLastGoodValue() {
        String name = "/stack-b/settings";
        SsmSettings missing = new SsmSettings(() -> ssm, "/no/such/parameter", Duration.ofMinutes(1), environment, time);
        assertEquals(List.of("UENV"), missing.current().list(RunSettings.ADMINS), "nothing read yet: the environment");

        put(name, "{\"AURA_BOT_ADMINS\": \"UGOOD\", \"NOT_A_SETTING\": \"x\"}");
        SsmSettings settings = new SsmSettings(() -> ssm, name, Duration.ofMinutes(1), environment, time);
        RunSettings good = settings.current();
        assertEquals(List.of("UGOOD"), good.list(RunSettings.ADMINS));
        put(name, "{not json");
        time.advance(Duration.ofMinutes(2));
        assertSame(good, settings.current());
    }

    private static void put(String name, String value) {
        ssm.putParameter(r -> r.name(name).value(value).type(ParameterType.STRING).overwrite(true));
    }

    static final class Sandbox implements SandboxSettings {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public String vaultDir() {
            return "unused";
        }
    }
}
