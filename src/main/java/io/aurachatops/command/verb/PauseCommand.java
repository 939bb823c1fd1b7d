package io.aurachatops.command.verb;

import io.aurachatops.access.Role;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Positional;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura pause}. */
@ApplicationScoped
public class PauseCommand extends PlannedVerb {

    public static final CommandSpec SPEC = new CommandSpec("pause", "pause <id|name>",
            "Pause an instance (it keeps its data and costs less)", Role.OPERATOR, List.of(Positional.required("instance", "id|name")), List.of());

    @Override
    public CommandSpec spec() {
        return SPEC;
    }
}
