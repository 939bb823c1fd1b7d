package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.InstanceResolver;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Reply;
import io.aurachatops.schedule.KeepAwake;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura keep-awake}: the next nightly pause skips this instance, once. */
@ApplicationScoped
public class KeepAwakeCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("keep-awake", "keep-awake <id|name>",
            "Keep an instance running tonight: the next cost-saving pause skips it", Role.OPERATOR,
            List.of(Positional.required("instance", "id|name")), List.of());

    private final InstanceResolver instances;
    private final KeepAwake keepAwake;

    public KeepAwakeCommand(InstanceResolver instances, KeepAwake keepAwake) {
        this.instances = instances;
        this.keepAwake = keepAwake;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        return keepAwake.grant(instances.resolve(context.command().arg("instance").orElseThrow(), Priority.INTERACTIVE),
                context.requester());
    }
}
