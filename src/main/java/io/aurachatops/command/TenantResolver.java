package io.aurachatops.command;

import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Priority;
import io.aurachatops.aura.Tenant;
import io.aurachatops.reply.Markdown;
import io.aurachatops.settings.CurrentSettings;
import io.aurachatops.settings.RunSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Decides which tenant a command means: its {@code --tenant-id}, else {@code AURA_TENANT_ID}, else the only one. */
@ApplicationScoped
public class TenantResolver {

    private final CurrentSettings settings;
    private final AuraGateway aura;

    public TenantResolver(CurrentSettings settings, AuraGateway aura) {
        this.settings = settings;
        this.aura = aura;
    }

    /** {@code AURA_TENANT_ID}, if set. */
    public Optional<String> configured() {
        return settings.current().text(RunSettings.TENANT_ID);
    }

    /** The tenant to narrow a listing to, if any, without asking Aura. */
    public Optional<String> scope(Optional<String> explicit) {
        return explicit.or(this::configured);
    }

    /** A single tenant, asking Aura when neither the command nor the configuration names one. */
    public String require(Optional<String> explicit, Priority priority) {
        Optional<String> known = scope(explicit);
        if (known.isPresent()) {
            return known.get();
        }
        List<Tenant> tenants = aura.tenants(priority);
        if (tenants.size() == 1) {
            return tenants.get(0).id();
        }
        if (tenants.isEmpty()) {
            throw new CommandException("These Aura credentials can see no tenant. Check the API credentials' project.");
        }
        throw new CommandException("These credentials see " + tenants.size() + " tenants; say which one with "
                + "`--tenant-id`:\n" + tenants.stream().map(t -> "• " + Markdown.escape(t.name()) + " `" + Markdown.escape(t.id()) + "`")
                        .collect(Collectors.joining("\n")));
    }
}
