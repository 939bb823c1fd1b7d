package io.aurachatops.command.verb;

import io.aurachatops.access.Role;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Positional;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura resume}. */
@ApplicationScoped
public class ResumeCommand extends PlannedVerb {

    public static final CommandSpec SPEC = new CommandSpec("resume", "resume <id|name>",
            "Resume a paused instance", Role.OPERATOR, List.of(Positional.required("instance", "id|name")), List.of());

    @Override
    public CommandSpec spec() {
        return SPEC;
    }
}
