package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Priority;
import io.aurachatops.aura.Tenant;
import io.aurachatops.command.TenantResolver;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /aura tenants}: the tenants (projects) the credentials can see. */
@ApplicationScoped
public class TenantsCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("tenants", "tenants",
            "List the tenants (projects) the bot's credentials can see", Role.ANYONE, List.of(), List.of());

    private final AuraGateway aura;
    private final TenantResolver tenantResolver;

    public TenantsCommand(AuraGateway aura, TenantResolver tenantResolver) {
        this.aura = aura;
        this.tenantResolver = tenantResolver;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        List<Tenant> tenants = aura.tenants(Priority.INTERACTIVE);
        if (tenants.isEmpty()) {
            return Reply.of("These credentials can see no tenant.");
        }
        String lines = tenants.stream()
                .map(t -> "• *" + Markdown.escape(t.name()) + "* `" + Markdown.escape(t.id()) + "`"
                        + (tenantResolver.configured().filter(t.id()::equals).isPresent() ? " _(default)_" : ""))
                .collect(Collectors.joining("\n"));
        return Reply.of(tenants.size() == 1 ? "1 tenant:" : tenants.size() + " tenants:", List.of(lines));
    }
}
