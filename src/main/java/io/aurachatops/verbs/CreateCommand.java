package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.Positional;
import io.aurachatops.command.TenantResolver;
import io.aurachatops.command.Verb;
import io.aurachatops.create.CreateDefaults;
import io.aurachatops.create.CreateRequests;
import io.aurachatops.create.CreateValidator;
import io.aurachatops.create.Guardrails;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * {@code /aura create}: validated against the tenant's configurations and the guardrails before Aura sees
 * it; the answer is a status card in the channel.
 */
@ApplicationScoped
public class CreateCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("create",
            "create <name> [--type T] [--cloud-provider P] [--region R] [--memory M] [--version 5] [--tenant-id T] [--ttl 8h]",
            "Create an instance (`/aura create` alone opens a form of the choices your tenant offers); its "
                    + "password goes to the vault (AWS Secrets Manager), never to Slack", Role.OPERATOR,
            List.of(Positional.required("name", "name")),
            List.of(new Flag("type", ArgKind.WORD, "free-db, professional-db, … (default `AURA_DEFAULT_TYPE`)"),
                    new Flag("cloud-provider", ArgKind.WORD, "gcp, aws or azure"),
                    new Flag("region", ArgKind.WORD, "a region the tenant offers for that type and provider"),
                    new Flag("memory", ArgKind.MEMORY, "e.g. 2GB or 8GB; at most `AURA_MAX_MEMORY`"),
                    new Flag("version", ArgKind.WORD, "Neo4j version, default 5"),
                    new Flag("tenant-id", ArgKind.WORD, "the tenant to create it in"),
                    new Flag("ttl", ArgKind.TEXT, "a lease, like `8h` or `2d`: it is deleted then unless extended")));

    private final TenantResolver tenants;
    private final CreateValidator validator;
    private final CreateRequests requests;

    public CreateCommand(TenantResolver tenants, Guardrails guardrails, CreateDefaults defaults, CreateRequests requests) {
        this.tenants = tenants;
        this.validator = new CreateValidator(SPEC, guardrails, defaults);
        this.requests = requests;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        String tenant = tenants.require(context.command().arg("tenant-id"), Priority.INTERACTIVE);
        return requests.start(context, tenant, context.command().args(), validator, request -> request);
    }

    @Override
    public void check(CommandContext context) {
        requests.check(tenants.require(context.command().arg("tenant-id"), Priority.INTERACTIVE),
                context.command().args(), validator);
    }
}
