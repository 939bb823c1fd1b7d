package io.aurachatops.command.verb;

import io.aurachatops.access.Role;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Positional;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura delete}. */
@ApplicationScoped
public class DeleteCommand extends PlannedVerb {

    public static final CommandSpec SPEC = new CommandSpec("delete", "delete <id|name>",
            "Delete an instance, after a confirmation in the channel", Role.ADMIN, List.of(Positional.required("instance", "id|name")), List.of());

    @Override
    public CommandSpec spec() {
        return SPEC;
    }
}
