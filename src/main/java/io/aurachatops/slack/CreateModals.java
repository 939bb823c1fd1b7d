package io.aurachatops.slack;

import io.aurachatops.access.RoleResolver;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.AuraProblems;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.MemorySize;
import io.aurachatops.command.TenantResolver;
import io.aurachatops.create.Guardrails;
import io.aurachatops.jobs.JobHandler;
import io.aurachatops.jobs.ModalJob;
import io.aurachatops.verbs.CreateCommand;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The create form's Slack side. {@link #open} runs in the ack path (a {@code trigger_id} lives 3 s): it shows a
 * loading view, which needs nothing from Aura. The worker then fills it ({@link #run}) from the tenant's
 * configurations, within the guardrails, and again after each choice.
 */
@ApplicationScoped
public class CreateModals implements JobHandler<ModalJob> {

    private final Views views;
    private final AuraGateway aura;
    private final TenantResolver tenants;
    private final Guardrails guardrails;
    private final RoleResolver roles;

    public CreateModals(Views views, AuraGateway aura, TenantResolver tenants, Guardrails guardrails,
            RoleResolver roles) {
        this.views = views;
        this.roles = roles;
        this.aura = aura;
        this.tenants = tenants;
        this.guardrails = guardrails;
    }

    /** Opens the loading form; empty when it could not be opened (an expired trigger, say). */
    public Optional<Views.Opened> open(String triggerId) {
        return views.open(triggerId, CreateModal.loading(""));
    }

    @Override
    public Class<ModalJob> kind() {
        return ModalJob.class;
    }

    @Override
    public void run(ModalJob job) {
        Optional<String> refusal = roles.resolve(job.userId()).refusal("create", CreateCommand.SPEC.role());
        if (refusal.isPresent()) {
            // Said in the form, before anything is filled in, rather than at submit.
            update(job, CreateModal.problem(refusal.get()));
            return;
        }
        List<InstanceConfiguration> offered;
        try {
            String tenant = tenants.require(Optional.empty(), Priority.INTERACTIVE);
            offered = withinGuardrails(aura.configurations(tenant, Priority.INTERACTIVE));
        } catch (AuraApiException e) {
            update(job, CreateModal.problem(AuraProblems.explain(e)));
            return;
        } catch (CommandException e) {
            update(job, CreateModal.problem(e.getMessage()));
            return;
        }
        update(job, CreateModal.form("", offered, new CreateModal.Choice(job.type(), job.cloud(), job.region(),
                job.memory())));
    }

    /** Only what a create may ask for: the allowed types, up to the largest memory. */
    private List<InstanceConfiguration> withinGuardrails(List<InstanceConfiguration> all) {
        int max = MemorySize.normalise(guardrails.maxMemory()).map(MemorySize::gigabytes).orElse(Integer.MAX_VALUE);
        List<String> types = guardrails.allowedTypes().stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList();
        return all.stream().filter(c -> c.type() != null && types.contains(c.type().toLowerCase(Locale.ROOT)))
                .filter(c -> c.memory() != null && MemorySize.gigabytes(c.memory()) <= max).toList();
    }

    private void update(ModalJob job, com.slack.api.model.view.View view) {
        views.update(job.viewId(), job.hash(), view);
    }
}
