package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.access.RoleResolver;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Verb;
import io.aurachatops.leases.Lease;
import io.aurachatops.leases.LeaseLength;
import io.aurachatops.leases.Leases;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** {@code /aura leases}: your leases, soonest first; an admin sees everyone's. One ledger query, no Aura call. */
@ApplicationScoped
public class LeasesCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("leases", "leases",
            "List leased instances and when they are deleted: yours, or all of them for admins", Role.ANYONE,
            List.of(), List.of());
    /** Keeps the answer well inside one Slack message. */
    static final int SHOWN = 50;

    private final Leases leases;
    private final RoleResolver roles;

    public LeasesCommand(Leases leases, RoleResolver roles) {
        this.leases = leases;
        this.roles = roles;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        String user = context.requester().userId();
        boolean all = roles.resolve(user).role().covers(Role.ADMIN);
        List<Lease> shown = leases.running().stream().filter(l -> all || l.ownerId().equals(user)).toList();
        if (shown.isEmpty()) {
            return Reply.of(all ? "No instance has a running lease." : "You have no running leases. `/aura create <name> "
                    + "--ttl 8h` makes an instance that deletes itself after 8 hours.");
        }
        List<String> lines = new ArrayList<>();
        for (Lease lease : shown.subList(0, Math.min(SHOWN, shown.size()))) {
            lines.add("• *" + Markdown.escape(lease.name()) + "* (`" + Markdown.escape(lease.instanceId()) + "`) "
                    + (lease.active() ? "runs out " + LeaseLength.when(lease.expiresAt()) : "ran out: being deleted")
                    + (all ? ", owner <@" + lease.ownerId() + ">" : ""));
        }
        if (shown.size() > SHOWN) {
            lines.add("…and " + (shown.size() - SHOWN) + " more.");
        }
        return Reply.of((all ? "All leases" : "Your leases") + " (" + shown.size() + "), soonest first:", List.of(
                String.join("\n", lines))).withFootnote("Extend one with `/aura extend <name> 4h`.");
    }
}
