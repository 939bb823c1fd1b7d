package io.aurachatops.verbs;

import static io.aurachatops.command.InstanceFormat.orDash;

import io.aurachatops.access.Role;
import io.aurachatops.access.RoleResolver;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.PauseClock;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.InstanceFormat;
import io.aurachatops.command.InstanceResolver;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import io.aurachatops.watch.InstanceActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura get <id|name>}: one instance in detail. */
@ApplicationScoped
public class GetCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("get", "get <id|name>",
            "Show one instance: status, type, region, memory and URI", Role.ANYONE,
            List.of(Positional.required("instance", "id|name")), List.of());

    private final InstanceResolver instances;
    private final PauseClock pauseClock;
    private final InstanceActions actions;
    private final RoleResolver roles;

    public GetCommand(InstanceResolver instances, PauseClock pauseClock, InstanceActions actions, RoleResolver roles) {
        this.instances = instances;
        this.pauseClock = pauseClock;
        this.actions = actions;
        this.roles = roles;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        Instance i = instances.resolve(context.command().arg("instance").orElseThrow(), Priority.INTERACTIVE);
        String details = "*Status:* " + InstanceFormat.status(i.status())
                + "\n*Type:* " + orDash(i.type())
                + "\n*Cloud / region:* " + orDash(i.cloudProvider()) + " / " + orDash(i.region())
                + "\n*Memory:* " + orDash(i.memory()) + (i.storage() == null ? "" : " (storage " + i.storage() + ")")
                + "\n*URI:* " + (i.connectionUrl() == null ? "– (not ready yet)" : "`" + Markdown.escape(i.connectionUrl()) + "`")
                + "\n*Tenant:* `" + orDash(i.tenantId()) + "`"
                + "\n*Created:* " + orDash(i.createdAt())
                + pauseClock.warning(i).map(w -> "\n" + w).orElse("");
        // The answer is private, so its buttons are the ones this person may use.
        return actions.on(Reply.of("*" + Markdown.escape(i.name()) + "* `" + i.id() + "`", List.of(details)), i,
                context.requester().channelId(), roles.resolve(context.requester().userId()).role());
    }
}
