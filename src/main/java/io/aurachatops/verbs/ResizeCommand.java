package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.lifecycle.LifecycleActions;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura resize}: a memory size the tenant offers for that instance, within {@code AURA_MAX_MEMORY}. */
@ApplicationScoped
public class ResizeCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("resize", "resize <id|name> <memory>",
            "Change an instance's memory (e.g. 8GB), and watch until it is done", Role.ADMIN,
            List.of(Positional.required("instance", "id|name"), Positional.requiredFlag("memory", ArgKind.MEMORY)),
            List.of(new Flag("memory", ArgKind.MEMORY, "the new size, e.g. 8GB")));

    private final LifecycleActions actions;

    public ResizeCommand(LifecycleActions actions) {
        this.actions = actions;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void check(CommandContext context) {
        actions.resizable(context, context.command().arg("instance").orElseThrow(),
                context.command().arg("memory").orElseThrow());
    }

    @Override
    public Reply run(CommandContext context) {
        return actions.resize(context, context.command().arg("instance").orElseThrow(),
                context.command().arg("memory").orElseThrow());
    }
}
