package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.lifecycle.LifecycleActions;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura pause}: checks the state first, then watches the change on a status card. */
@ApplicationScoped
public class PauseCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("pause", "pause <id|name>",
            "Pause an instance (it keeps its data and costs less)", Role.OPERATOR, List.of(Positional.required("instance", "id|name")), List.of());

    private final LifecycleActions actions;

    public PauseCommand(LifecycleActions actions) {
        this.actions = actions;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        return actions.pause(context, context.command().arg("instance").orElseThrow());
    }
}
