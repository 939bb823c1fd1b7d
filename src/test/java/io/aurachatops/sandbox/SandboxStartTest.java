package io.aurachatops.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aurachatops.vault.InstanceCredentials;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxStartTest {

    @TempDir
    Path dir;

    @Test
    void aRestartSetsTheLastRunsSecretsAsideAndSaysWhatToTry() {
        FileVault vault = new FileVault(dir, "aura/");
        vault.store(new InstanceCredentials("abcd1234", "old", "t", "uri", "neo4j", "pw", "U1", "job-1"));
        SandboxSettings settings = new SandboxSettings() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public String vaultDir() {
                return dir.toString();
            }
        };
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        new SandboxStart(settings, () -> vault).announce(new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(List.of(), vault.names(), "no secret of an instance the fresh emulator does not have");
        String banner = printed.toString(StandardCharsets.UTF_8);
        assertTrue(banner.contains("infra/local/aura-slash help") && banner.contains(dir.toString())
                && banner.contains("1 secret(s) of the last run"), banner);
        assertTrue(!banner.contains("\u001b["), "no terminal escape codes");
    }
}
