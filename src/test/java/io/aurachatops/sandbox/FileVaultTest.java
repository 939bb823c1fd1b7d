package io.aurachatops.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.vault.InstanceCredentials;
import io.aurachatops.vault.SecretRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileVaultTest {

    static final InstanceCredentials CREDENTIALS = new InstanceCredentials("5e3a91cf", "orders", "t-1",
            "neo4j+s://5e3a91cf.databases.neo4j.io", "neo4j", "s3cr3t-pass", "U1", "job-1");

    @TempDir
    Path dir;

    @Test
    void storesOneOwnerOnlyJsonFilePerInstance() throws Exception {
        FileVault vault = new FileVault(dir.resolve("vault"), "aura/");
        SecretRef ref = vault.store(CREDENTIALS);
        Path file = dir.resolve("vault/aura/5e3a91cf.json");
        assertEquals("aura/5e3a91cf", ref.name());
        assertEquals("cat " + file, ref.readCommand());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("vault"))));
        JsonNode value = new ObjectMapper().readTree(file.toFile());
        assertEquals("s3cr3t-pass", value.path("NEO4J_PASSWORD").asText());
        assertEquals(List.of("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "AURA_INSTANCE_ID",
                "AURA_INSTANCE_NAME", "AURA_TENANT_ID"), fieldNames(value));
        assertTrue(vault.exists("5e3a91cf"));
        assertEquals(List.of("aura/5e3a91cf"), vault.names());
    }

    @Test
    void storingTheSameInstanceTwiceKeepsTheFirstSecret() throws Exception {
        FileVault vault = new FileVault(dir, "aura/");
        vault.store(CREDENTIALS);
        vault.store(new InstanceCredentials("5e3a91cf", "orders", "t-1", "uri", "neo4j", "other", "U1", "job-2"));
        assertTrue(Files.readString(dir.resolve("aura/5e3a91cf.json")).contains("s3cr3t-pass"));
    }

    @Test
    void knowsWhichJobStoredTheSecret() {
        FileVault vault = new FileVault(dir, "aura/");
        vault.store(CREDENTIALS);
        assertEquals(java.util.Optional.of(CREDENTIALS.jobId()), vault.storedBy("5e3a91cf"));
        assertEquals(java.util.Optional.empty(), vault.storedBy("00000000"));
    }

    @Test
    void retiresTheSecretAfterADelete() {
        FileVault vault = new FileVault(dir, "aura/");
        vault.store(CREDENTIALS);
        vault.scheduleDeletion("5e3a91cf");
        assertFalse(vault.exists("5e3a91cf"));
        assertEquals(List.of(), vault.names());
    }

    @Test
    void neverPrintsThePassword() {
        assertFalse(CREDENTIALS.toString().contains("s3cr3t-pass"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
