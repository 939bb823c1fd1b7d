package io.aurachatops.command.verb;

import io.aurachatops.access.Role;
import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.InstanceStatus;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.InstanceFormat;
import io.aurachatops.command.TenantResolver;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code /aura list}: one list call. The list carries no status, so statuses cost one request each and are
 * fetched only for short lists.
 */
@ApplicationScoped
public class ListCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("list", "list [--tenant-id T]",
            "List instances: name, id, cloud, created date (and status, for up to 25)", Role.ANYONE, List.of(),
            List.of(new Flag("tenant-id", ArgKind.WORD, "only this tenant's instances")));

    static final int MAX_WITH_STATUS = 25;
    static final int MAX_SHOWN = 150;
    static final int LINES_PER_SECTION = 15;

    private final AuraGateway aura;
    private final TenantResolver tenants;

    public ListCommand(AuraGateway aura, TenantResolver tenants) {
        this.aura = aura;
        this.tenants = tenants;
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
        boolean withStatus = found.size() <= MAX_WITH_STATUS;
        List<String> lines = found.stream().limit(MAX_SHOWN).map(i -> line(i, withStatus)).toList();
        List<String> sections = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += LINES_PER_SECTION) {
            sections.add(String.join("\n", lines.subList(from, Math.min(lines.size(), from + LINES_PER_SECTION))));
        }
        Reply reply = Reply.of(found.size() + (found.size() == 1 ? " instance" : " instances") + where + ":", sections);
        if (found.size() > MAX_SHOWN) {
            return reply.withFootnote((found.size() - MAX_SHOWN) + " more not shown. Narrow the list with `--tenant-id`.");
        }
        return withStatus ? reply : reply.withFootnote("Statuses are shown for lists of up to " + MAX_WITH_STATUS
                + " instances; `/aura get <id>` shows one.");
    }

    private String line(InstanceSummary i, boolean withStatus) {
        String text = "• *" + Markdown.escape(i.name()) + "* `" + i.id() + "` · " + InstanceFormat.orDash(i.cloudProvider())
                + " · created " + InstanceFormat.date(i.createdAt());
        return withStatus ? text + " · " + InstanceFormat.status(status(i.id())) : text;
    }

    private InstanceStatus status(String id) {
        try {
            return aura.instance(id, Priority.INTERACTIVE).status();
        } catch (AuraApiException e) {
            return InstanceStatus.UNKNOWN;
        }
    }
}
