package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.TenantResolver;
import io.aurachatops.command.Verb;
import io.aurachatops.listing.InstanceListing;
import io.aurachatops.listing.ListStatuses;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /aura list}: one list call, answered at once with every name. The list carries no status, so for
 * short lists the statuses are fetched afterwards, in parallel parts, and replace the first answer.
 */
@ApplicationScoped
public class ListCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("list", "list [--tenant-id T]",
            "List instances: name, id, cloud, created date (and status, for up to 25)", Role.ANYONE, List.of(),
            List.of(new Flag("tenant-id", ArgKind.WORD, "only this tenant's instances")));

    static final int MAX_WITH_STATUS = 25;
    static final int MAX_SHOWN = 150;

    private final AuraGateway aura;
    private final TenantResolver tenants;
    private final ListStatuses statuses;
    private final Notifier notifier;

    public ListCommand(AuraGateway aura, TenantResolver tenants, ListStatuses statuses, Notifier notifier) {
        this.aura = aura;
        this.tenants = tenants;
        this.statuses = statuses;
        this.notifier = notifier;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        Optional<String> tenant = tenants.scope(context.command().arg("tenant-id"));
        List<InstanceSummary> found = new ArrayList<>(aura.instances(tenant, Priority.INTERACTIVE));
        String where = tenant.map(t -> " in tenant `" + Markdown.escape(t) + "`").orElse("");
        if (found.isEmpty()) {
            return Reply.of("No instances" + where + ". Create one with `/aura create <name>`.");
        }
        found.sort(Comparator.comparing((InstanceSummary i) -> String.valueOf(i.name()), String.CASE_INSENSITIVE_ORDER));
        String headline = found.size() + (found.size() == 1 ? " instance" : " instances") + where + ":";
        Map<String, String> lines = InstanceListing.lines(found.stream().limit(MAX_SHOWN).toList());
        Reply names = InstanceListing.render(headline, lines, Map.of());
        if (found.size() > MAX_SHOWN) {
            return names.withFootnote((found.size() - MAX_SHOWN) + " more not shown. Narrow the list with `--tenant-id`.");
        }
        if (found.size() > MAX_WITH_STATUS) {
            return names.withFootnote("Statuses are shown for lists of up to " + MAX_WITH_STATUS
                    + " instances; `/aura get <id>` shows one.");
        }
        notifier.reply(context.replyTo(), names.withFootnote("Fetching statuses; they replace this list in a moment."));
        statuses.start(context.jobId(), headline, lines, context.replyTo());
        return Reply.NONE;
    }
}
