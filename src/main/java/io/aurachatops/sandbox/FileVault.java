package io.aurachatops.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aurachatops.vault.CredentialVault;
import io.aurachatops.vault.InstanceCredentials;
import io.aurachatops.vault.SecretRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sandbox's vault: one JSON file per instance, {@code <dir>/<prefix><id>.json}, readable by the owner
 * only. Its content is what {@code aws secretsmanager get-secret-value} would return as the secret string.
 */
public final class FileVault implements CredentialVault {

    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9/_+=.@-]+");

    private final Path root;
    private final String prefix;
    private final ObjectMapper json = new ObjectMapper();

    public FileVault(Path root, String prefix) {
        this.root = root.toAbsolutePath().normalize();
        this.prefix = prefix;
    }

    @Override
    public synchronized SecretRef store(InstanceCredentials credentials) {
        Path file = file(credentials.instanceId());
        try {
            createPrivateDirectories(file.getParent());
            if (!Files.exists(file)) {
                Path temp = Files.createTempFile(file.getParent(), ".secret", ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_FILE));
                json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), credentials.secretValue());
                move(temp, file);
                Path tags = file.resolveSibling(file.getFileName() + ".tags");
                Files.writeString(tags, json.writeValueAsString(credentials.tags()));
                Files.setPosixFilePermissions(tags, OWNER_FILE);
            }
        } catch (FileAlreadyExistsException e) {
            // Another attempt stored it first: the same instance, so the same secret.
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the sandbox vault under " + root, e);
        }
        return reference(credentials.instanceId());
    }

    @Override
    public SecretRef reference(String instanceId) {
        return new SecretRef(secretName(instanceId), "cat " + file(instanceId));
    }

    @Override
    public Optional<String> storedBy(String instanceId) {
        Path file = file(instanceId);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Path tags = file.resolveSibling(file.getFileName() + ".tags");
            return Optional.of(Files.exists(tags) ? json.readTree(tags.toFile()).path(InstanceCredentials.JOB_TAG).asText("")
                    : "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the tags of " + file, e);
        }
    }

    @Override
    public synchronized void scheduleDeletion(String instanceId) {
        retireFile(file(instanceId));
    }

    /** Sets the secret of this name (as {@link #names} gives it) aside, as a delete does. */
    public synchronized void retire(String name) {
        if (SAFE_NAME.matcher(name).matches() && !name.contains("..")) {
            retireFile(root.resolve(name + ".json").normalize());
        }
    }

    private void retireFile(Path file) {
        if (Files.exists(file)) {
            try {
                String suffix = ".deleted-" + Instant.now().getEpochSecond();
                Path tags = file.resolveSibling(file.getFileName() + ".tags");
                if (Files.exists(tags)) {
                    move(tags, tags.resolveSibling(tags.getFileName() + suffix));
                }
                move(file, file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not retire " + file, e);
            }
        }
    }

    @Override
    public String secretName(String instanceId) {
        return prefix + instanceId;
    }

    /** Names of the stored secrets, for the sandbox's overview page; never their values. */
    public List<String> names() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Path file(String instanceId) {
        String name = secretName(instanceId);
        if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("Not a safe secret name: " + name);
        }
        return root.resolve(name + ".json").normalize();
    }

    private void createPrivateDirectories(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Path p = dir; p != null && p.startsWith(root); p = p.getParent()) {
            Files.setPosixFilePermissions(p, OWNER_DIR);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
