package io.aurachatops.command.verb;

import io.aurachatops.access.Role;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.Positional;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura resize}: change an instance's memory. */
@ApplicationScoped
public class ResizeCommand extends PlannedVerb {

    public static final CommandSpec SPEC = new CommandSpec("resize", "resize <id|name> <memory>",
            "Change an instance's memory (e.g. 8GB)", Role.ADMIN,
            List.of(Positional.required("instance", "id|name"), Positional.requiredFlag("memory", ArgKind.MEMORY)),
            List.of(new Flag("memory", ArgKind.MEMORY, "the new size, e.g. 8GB")));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }
}
