package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.access.RoleResolver;
import io.aurachatops.audit.AuditLog;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.leases.Lease;
import io.aurachatops.leases.LeaseLength;
import io.aurachatops.leases.Leases;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/** {@code /aura extend}: pushes a lease's expiry out, for its owner or an admin. Needs no Aura call. */
@ApplicationScoped
public class ExtendCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("extend", "extend <id|name> <length>",
            "Extend a lease (`--ttl`) you own, or any lease as an admin, by a length like `4h` or `1d` (at most "
                    + "`AURA_LEASE_MAX` from now)", Role.OPERATOR,
            List.of(Positional.required("instance", "id|name"), Positional.required("length", "length")), List.of());

    private final Leases leases;
    private final RoleResolver roles;
    private final AuditLog audit;

    public ExtendCommand(Leases leases, RoleResolver roles, AuditLog audit) {
        this.leases = leases;
        this.roles = roles;
        this.audit = audit;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        String reference = context.command().arg("instance").orElseThrow();
        Duration by = leases.length(context.command().arg("length").orElseThrow());
        Lease lease = leases.find(reference).orElseThrow(() -> new CommandException("`" + Markdown.escape(reference)
                + "` has no running lease. `/aura leases` lists the leases; an instance made without `--ttl` has none."));
        String user = context.requester().userId();
        if (!lease.ownerId().equals(user) && !roles.resolve(user).role().covers(Role.ADMIN)) {
            audit.record(context.requester(), "extend", lease.instanceId(), "refused:not-owner", null);
            return Reply.of("Only <@" + lease.ownerId() + ">, who owns this lease, or an admin can extend it.");
        }
        Leases.Extension extension = leases.extend(lease.instanceId(), by);
        String name = "*" + Markdown.escape(lease.name()) + "* (`" + Markdown.escape(lease.instanceId()) + "`)";
        if (extension.lease().isEmpty()) {
            return Reply.of(name + " " + extension.refusal() + ".");
        }
        audit.record(context.requester(), "extend", lease.instanceId(), "extended:" + LeaseLength.describe(by), null);
        return Reply.of("✅ The lease of " + name + " now runs out " + LeaseLength.when(extension.lease().get().expiresAt())
                + ".");
    }
}
