package io.aurachatops.wiring;

import io.aurachatops.reply.Notifier;
import io.aurachatops.sandbox.ConsoleNotifier;
import io.aurachatops.sandbox.FileVault;
import io.aurachatops.sandbox.SandboxSettings;
import io.aurachatops.slack.SlackNotifier;
import io.aurachatops.vault.VaultSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Provider;
import java.nio.file.Path;

/**
 * Picks the adapters at run time, so that one build serves production and the sandbox profile. Nothing
 * falls back to sandbox silently: only {@code aura.sandbox.enabled} (set by the profile) selects it.
 */
@ApplicationScoped
public class AdapterSelection {

    @Produces
    @ApplicationScoped
    Notifier notifier(SandboxSettings sandbox, Provider<SlackNotifier> slack) {
        return sandbox.enabled() ? new ConsoleNotifier(System.out) : slack.get();
    }

    @Produces
    @ApplicationScoped
    FileVault fileVault(SandboxSettings sandbox, VaultSettings vault) {
        if (!sandbox.enabled()) {
            throw new IllegalStateException("The file vault exists only in sandbox mode");
        }
        return new FileVault(Path.of(sandbox.vaultDir()), vault.secretPrefix());
    }
}
