package io.aurachatops.sandbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Provider;
import java.io.PrintStream;
import java.util.List;

/**
 * Starts the sandbox afresh, and says so. The emulator keeps its instances in memory only, so the secrets of
 * an earlier run's instances would name instances that no longer exist: they are set aside, as a delete would.
 */
@ApplicationScoped
public class SandboxStart {

    private final SandboxSettings settings;
    private final Provider<FileVault> vault;

    public SandboxStart(SandboxSettings settings, Provider<FileVault> vault) {
        this.settings = settings;
        this.vault = vault;
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.enabled()) {
            announce(System.out);
        }
    }

    void announce(PrintStream out) {
        List<String> earlier = vault.get().names();
        earlier.forEach(name -> vault.get().retire(name));
        out.println();
        out.println("aura-chatops sandbox: an Aura emulator with three seeded instances, Slack on this console,");
        out.println("  and new instances' credentials in " + settings.vaultDir());
        if (!earlier.isEmpty()) {
            out.println("  (the emulator starts afresh, so the " + earlier.size() + " secret(s) of the last run were "
                    + "set aside as *.deleted-<time>)");
        }
        out.println("  Try, in another terminal: infra/local/aura-slash help");
        out.println();
    }
}
