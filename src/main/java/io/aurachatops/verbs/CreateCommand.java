package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.Positional;
import io.aurachatops.command.TenantResolver;
import io.aurachatops.command.Verb;
import io.aurachatops.create.CreateDefaults;
import io.aurachatops.create.CreateValidator;
import io.aurachatops.create.CreateWorkflow;
import io.aurachatops.create.Guardrails;
import io.aurachatops.create.NameReservations;
import io.aurachatops.aura.InstanceRequest;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /aura create}: validated against the tenant's configurations and the guardrails before Aura sees
 * it; the answer is a status card in the channel.
 */
@ApplicationScoped
public class CreateCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("create",
            "create <name> [--type T] [--cloud-provider P] [--region R] [--memory M] [--version 5] [--tenant-id T]",
            "Create an instance; its password goes to the vault (AWS Secrets Manager), never to Slack", Role.OPERATOR,
            List.of(Positional.required("name", "name")),
            List.of(new Flag("type", ArgKind.WORD, "free-db, professional-db, … (default `AURA_DEFAULT_TYPE`)"),
                    new Flag("cloud-provider", ArgKind.WORD, "gcp, aws or azure"),
                    new Flag("region", ArgKind.WORD, "a region the tenant offers for that type and provider"),
                    new Flag("memory", ArgKind.MEMORY, "e.g. 2GB or 8GB; at most `AURA_MAX_MEMORY`"),
                    new Flag("version", ArgKind.WORD, "Neo4j version, default 5"),
                    new Flag("tenant-id", ArgKind.WORD, "the tenant to create it in")));

    private final AuraGateway aura;
    private final TenantResolver tenants;
    private final CreateValidator validator;
    private final CreateWorkflow workflow;
    private final NameReservations names;

    public CreateCommand(AuraGateway aura, TenantResolver tenants, Guardrails guardrails, CreateDefaults defaults,
            CreateWorkflow workflow, NameReservations names) {
        this.names = names;
        this.aura = aura;
        this.tenants = tenants;
        this.validator = new CreateValidator(SPEC, guardrails, defaults);
        this.workflow = workflow;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        Map<String, String> args = context.command().args();
        String tenant = tenants.require(context.command().arg("tenant-id"), Priority.INTERACTIVE);
        List<InstanceSummary> existing = aura.instances(Optional.of(tenant), Priority.INTERACTIVE);
        // A young instance of this name is this job's own earlier attempt only if this job holds the name.
        Optional<InstanceSummary> earlier = workflow.earlierAttempt(context, args.get("name"), existing)
                .filter(i -> names.reserve(tenant, i.name(), context.jobId()));
        if (earlier.isPresent()) {
            workflow.resume(context, earlier.get());
            return Reply.NONE;
        }
        InstanceRequest request = validator.resolve(tenant, args, aura.configurations(tenant, Priority.INTERACTIVE),
                existing);
        if (!names.reserve(tenant, request.name(), context.jobId())) {
            return Reply.of("Another `/aura create` of `" + Markdown.escape(request.name()) + "` started moments ago in "
                    + "this tenant; its card shows how it goes. Pick another name, or try again in a few minutes if "
                    + "that one fails.");
        }
        workflow.create(context, request);
        return Reply.NONE;
    }
}
