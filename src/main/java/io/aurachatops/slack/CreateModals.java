package io.aurachatops.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
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
import io.aurachatops.sandbox.SandboxSettings;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
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

    /** An open view: its id and version. */
    public record Opened(String viewId, String hash) {
    }

    private final SlackClients clients;
    private final AuraGateway aura;
    private final TenantResolver tenants;
    private final Guardrails guardrails;
    private final SandboxSettings sandbox;

    public CreateModals(SlackClients clients, AuraGateway aura, TenantResolver tenants, Guardrails guardrails,
            SandboxSettings sandbox) {
        this.sandbox = sandbox;
        this.clients = clients;
        this.aura = aura;
        this.tenants = tenants;
        this.guardrails = guardrails;
    }

    /** Opens the loading form; empty when Slack refused (an expired trigger, say). */
    public Optional<Opened> open(String triggerId) {
        if (sandbox.enabled()) {
            // The sandbox has no Slack to show a modal; the answer offers the typed command instead.
            return Optional.empty();
        }
        try {
            ViewsOpenResponse opened = clients.ackPathMethods().viewsOpen(r -> r.triggerId(triggerId)
                    .view(CreateModal.loading("")));
            if (!opened.isOk()) {
                Log.warnf("Slack refused to open the create form: %s", opened.getError());
                return Optional.empty();
            }
            return Optional.of(new Opened(opened.getView().getId(), opened.getView().getHash()));
        } catch (IOException | SlackApiException e) {
            Log.warnf("Opening the create form failed: %s", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public Class<ModalJob> kind() {
        return ModalJob.class;
    }

    @Override
    public void run(ModalJob job) {
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
        try {
            ViewsUpdateResponse updated = clients.methods().viewsUpdate(r -> r.viewId(job.viewId()).hash(job.hash())
                    .view(view));
            if (!updated.isOk()) {
                // hash_conflict: the person chose again meanwhile, and a newer job updates the view.
                Log.infof("Slack did not update the create form %s: %s", job.viewId(), updated.getError());
            }
        } catch (IOException | SlackApiException e) {
            Log.warnf("Updating the create form %s failed: %s", job.viewId(), e.getClass().getSimpleName());
        }
    }
}
