package io.aurachatops.create;

import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.InstanceRequest;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.CommandContext;
import io.aurachatops.leases.Leases;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The steps a create and a clone share: pick up this job's own earlier attempt, validate, reserve the name in
 * the ledger, then hand over to the workflow (password to the vault first, then the card and the watch).
 */
@ApplicationScoped
public class CreateRequests {

    private final AuraGateway aura;
    private final CreateWorkflow workflow;
    private final NameReservations names;
    private final Leases leases;

    public CreateRequests(AuraGateway aura, CreateWorkflow workflow, NameReservations names, Leases leases) {
        this.leases = leases;
        this.aura = aura;
        this.workflow = workflow;
        this.names = names;
    }

    /** {@code shape} turns the validated request into what is sent (a clone adds its source). */
    /** Refuses, by throwing, a create that the lease rules, the guardrails or Aura's offer refuse. Changes nothing. */
    public void check(String tenant, Map<String, String> args, CreateValidator validator) {
        Optional.ofNullable(args.get("ttl")).ifPresent(leases::length);
        validator.resolve(tenant, args, aura.configurations(tenant, Priority.INTERACTIVE),
                aura.instances(Optional.of(tenant), Priority.INTERACTIVE));
    }

    public Reply start(CommandContext context, String tenant, Map<String, String> args, CreateValidator validator,
            UnaryOperator<InstanceRequest> shape) {
        Optional.ofNullable(args.get("ttl")).ifPresent(leases::length); // a bad lease is refused before Aura is asked
        List<InstanceSummary> existing = aura.instances(Optional.of(tenant), Priority.INTERACTIVE);
        // A young instance of this name is this job's own earlier attempt only if this job holds the name.
        Optional<InstanceSummary> earlier = workflow.earlierAttempt(context, args.get("name"), existing)
                .filter(i -> names.reserve(tenant, i.name(), context.jobId()));
        if (earlier.isPresent()) {
            workflow.resume(context, earlier.get());
            return Reply.NONE;
        }
        InstanceRequest request = shape.apply(validator.resolve(tenant, args,
                aura.configurations(tenant, Priority.INTERACTIVE), existing));
        if (!names.reserve(tenant, request.name(), context.jobId())) {
            return Reply.of("Another `/aura " + context.command().verb() + "` of `" + Markdown.escape(request.name())
                    + "` started moments ago in this tenant; its card shows how it goes. Pick another name, or try "
                    + "again in a few minutes if that one fails.");
        }
        workflow.create(context, request);
        return Reply.NONE;
    }
}
