package io.aurachatops.wiring;

import io.aurachatops.reply.Notifier;
import io.aurachatops.sandbox.ConsoleNotifier;
import io.aurachatops.sandbox.ConsoleViews;
import io.aurachatops.sandbox.FileVault;
import io.aurachatops.sandbox.SandboxSettings;
import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.RunSettings;
import io.aurachatops.settings.SettingsParameterSettings;
import io.aurachatops.settings.aws.SsmClients;
import io.aurachatops.settings.aws.SsmSettings;
import io.aurachatops.slack.SlackNotifier;
import io.aurachatops.slack.SlackViews;
import io.aurachatops.slack.Views;
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
    Views views(SandboxSettings sandbox, Provider<SlackViews> slack) {
        return sandbox.enabled() ? new ConsoleViews(System.out) : slack.get();
    }

    @Produces
    @ApplicationScoped
    CredentialVault vault(SandboxSettings sandbox, Provider<FileVault> files, SecretsManagerClients aws,
            CurrentSettings settings, ObjectMapper json) {
        return sandbox.enabled() ? files.get() : new SecretsManagerVault(aws::get,
                () -> settings.current().text(RunSettings.SECRET_PREFIX).orElse("aura/"), json);
    }

    /**
     * The run-time settings: from the settings parameter (SSM) when {@code AURA_SETTINGS_PARAMETER} is set, as
     * on Lambda, over the environment; otherwise the environment alone.
     */
    @Produces
    @ApplicationScoped
    CurrentSettings settings(SettingsParameterSettings parameter, EnvironmentSettings environment, SsmClients ssm,
            TimeSource time) {
        RunSettings fromEnvironment = environment.settings();
        return parameter.parameter().filter(p -> !p.isBlank())
                .<CurrentSettings>map(name -> new SsmSettings(ssm::get, name, parameter.ttl(), fromEnvironment, time))
                .orElse(() -> fromEnvironment);
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
