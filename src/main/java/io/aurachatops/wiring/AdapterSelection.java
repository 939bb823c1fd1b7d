package io.aurachatops.wiring;

import io.aurachatops.ledger.InProcessLedger;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.ledger.LedgerSettings;
import io.aurachatops.ledger.aws.DynamoDbClients;
import io.aurachatops.ledger.aws.DynamoDbLedger;
import io.aurachatops.reply.Notifier;
import io.aurachatops.sandbox.ConsoleNotifier;
import io.aurachatops.sandbox.FileVault;
import io.aurachatops.sandbox.SandboxSettings;
import io.aurachatops.slack.SlackNotifier;
import io.aurachatops.support.TimeSource;
import io.aurachatops.vault.CredentialVault;
import io.aurachatops.vault.VaultSettings;
import io.aurachatops.vault.aws.SecretsManagerClients;
import io.aurachatops.vault.aws.SecretsManagerVault;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
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
    CredentialVault vault(SandboxSettings sandbox, Provider<FileVault> files, SecretsManagerClients aws,
            VaultSettings vault, ObjectMapper json) {
        return sandbox.enabled() ? files.get() : new SecretsManagerVault(aws::get, vault.secretPrefix(), json);
    }

    /** DynamoDB when {@code AURA_LEDGER_TABLE} is set; otherwise a store that only this process sees. */
    @Produces
    @ApplicationScoped
    Ledger ledger(LedgerSettings settings, DynamoDbClients dynamo, TimeSource time) {
        return settings.table().filter(t -> !t.isBlank())
                .<Ledger>map(table -> new DynamoDbLedger(dynamo::get, table, time))
                .orElseGet(() -> new InProcessLedger(time));
    }

    @Produces
    @ApplicationScoped
    @Typed(FileVault.class)
    FileVault fileVault(SandboxSettings sandbox, VaultSettings vault) {
        if (!sandbox.enabled()) {
            throw new IllegalStateException("The file vault exists only in sandbox mode");
        }
        return new FileVault(Path.of(sandbox.vaultDir()), vault.secretPrefix());
    }
}
