package io.aurachatops.home;

import io.aurachatops.access.Role;
import io.aurachatops.access.RoleResolver;
import io.aurachatops.approvals.Approvals;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.InstanceFormat;
import io.aurachatops.jobs.AppHomeJob;
import io.aurachatops.jobs.JobHandler;
import io.aurachatops.leases.Lease;
import io.aurachatops.leases.LeaseLength;
import io.aurachatops.leases.Leases;
import io.aurachatops.ledger.Ledger;
import io.aurachatops.reply.Button;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Menu;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.schedule.Policy;
import io.aurachatops.schedule.PolicyHolder;
import io.aurachatops.support.TimeSource;
import io.aurachatops.watch.InstanceActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Home tab: the viewer's instances (those they created through the bot, with their status now), their
 * leases, the approvals they can act on, and the next cost-saving run. Published once per event (Slack retries
 * an event it thinks failed; the ledger remembers which were handled). At most {@value #STATUSES} status
 * requests to Aura per view, so a view costs the same whoever opens it.
 */
@ApplicationScoped
public class AppHome implements JobHandler<AppHomeJob> {

    static final int STATUSES = 10;

    private final Ledger ledger;
    private final CreatedInstances created;
    private final Leases leases;
    private final Approvals approvals;
    private final PolicyHolder policies;
    private final RoleResolver roles;
    private final AuraGateway aura;
    private final Notifier notifier;
    private final TimeSource time;
    private final InstanceActions instanceActions;

    @SuppressWarnings("java:S107") // the Home tab gathers from each place that holds something of the viewer's
    public AppHome(Ledger ledger, CreatedInstances created, Leases leases, Approvals approvals, PolicyHolder policies,
            RoleResolver roles, AuraGateway aura, Notifier notifier, TimeSource time, InstanceActions instanceActions) {
        this.instanceActions = instanceActions;
        this.ledger = ledger;
        this.created = created;
        this.leases = leases;
        this.approvals = approvals;
        this.policies = policies;
        this.roles = roles;
        this.aura = aura;
        this.notifier = notifier;
        this.time = time;
    }

    @Override
    public Class<AppHomeJob> kind() {
        return AppHomeJob.class;
    }

    @Override
    public void run(AppHomeJob job) {
        if (!job.eventId().isEmpty() && !ledger.create("event#" + job.eventId(), Map.of("job", job.jobId()),
                time.now().plus(Duration.ofHours(1)))) {
            return; // a retry of an event already handled
        }
        notifier.publishHome(job.userId(), view(job.userId()));
    }

    Reply view(String userId) {
        List<String> sections = new ArrayList<>();
        List<Menu.Option> actions = new ArrayList<>();
        sections.add("*Your instances*\n" + instances(userId, actions));
        sections.add("*Your leases*\n" + leases(userId));
        sections.add("*Approvals you can decide*\n" + approvals(userId));
        sections.add("*Cost-saving schedule*\n" + schedule());
        Reply home = Reply.of("Aura ChatOps", sections).withButtons(List.of(Button.openCreateForm())).withFootnote(
                "Type `/aura help` in a channel for every command; `/aura create <name> --ttl 8h` makes an instance "
                + "that deletes itself. An action chosen here runs in the channel the instance was created from.");
        // At most 10 instances with at most 4 actions each: well within a menu's 100 options.
        return actions.isEmpty() ? home : home.withMenu(new Menu(InstanceActions.MENU, "⚡ Act on one of yours…",
                actions));
    }

    /** The viewer's instances with their status now; the actions their state allows are added to {@code actions}. */
    private String instances(String userId, List<Menu.Option> actions) {
        List<CreatedInstances.Created> mine = created.of(userId);
        if (mine.isEmpty()) {
            return "None made through the bot yet.";
        }
        Role viewer = roles.resolve(userId).role();
        List<String> lines = new ArrayList<>();
        for (CreatedInstances.Created c : mine.subList(0, Math.min(STATUSES, mine.size()))) {
            String status;
            try {
                Instance instance = aura.instance(c.instanceId(), Priority.INTERACTIVE);
                status = InstanceFormat.status(instance.status());
                if (!c.channelId().isEmpty()) {
                    actions.addAll(instanceActions.menuOptions(instance, c.name(), c.channelId(), viewer));
                }
            } catch (AuraApiException e) {
                status = e.isNotFound() ? "deleted" : "status unknown right now";
            }
            lines.add("• *" + Markdown.escape(c.name()) + "* `" + Markdown.escape(c.instanceId()) + "` · " + status);
        }
        if (mine.size() > STATUSES) {
            lines.add("…and " + (mine.size() - STATUSES) + " more (`/aura list` shows them all).");
        }
        return String.join("\n", lines);
    }

    private String leases(String userId) {
        List<Lease> mine = leases.running().stream().filter(l -> l.ownerId().equals(userId)).toList();
        if (mine.isEmpty()) {
            return "No running leases.";
        }
        return String.join("\n", mine.stream().map(l -> "• *" + Markdown.escape(l.name()) + "* runs out "
                + LeaseLength.when(l.expiresAt())).toList());
    }

    private String approvals(String userId) {
        boolean admin = roles.resolve(userId).role().covers(Role.ADMIN);
        List<String> lines = approvals.pending().stream()
                .filter(r -> (admin && !r.requesterId().equals(userId)) || r.requesterId().equals(userId))
                .map(r -> "• `" + Markdown.escape(r.command()) + "` asked by <@" + r.requesterId() + "> in <#"
                        + r.channelId() + ">" + (r.requesterId().equals(userId) ? " (yours: you may deny it)" : ""))
                .toList();
        return lines.isEmpty() ? "Nothing waiting for you." : String.join("\n", lines);
    }

    private String schedule() {
        if (policies.policy().isEmpty()) {
            return "No cost-saving policy is configured.";
        }
        Policy policy = policies.policy().get();
        Instant now = time.now();
        String pause = policy.pause().nextAfter(now).map(ZonedDateTime::toInstant).map(LeaseLength::when)
                .orElse("none ahead");
        String resume = policy.resume().flatMap(r -> r.nextAfter(now)).map(ZonedDateTime::toInstant)
                .map(LeaseLength::when).orElse("none");
        return "Next pause " + pause + "; next resume " + resume + ". `/aura schedule` lists what it matches.";
    }
}
