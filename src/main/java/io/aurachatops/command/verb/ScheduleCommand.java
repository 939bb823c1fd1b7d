package io.aurachatops.command.verb;

import io.aurachatops.access.Role;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.Positional;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura schedule}: the cost-saving policy, and running it by hand. */
@ApplicationScoped
public class ScheduleCommand extends PlannedVerb {

    public static final CommandSpec SPEC = new CommandSpec("schedule", "schedule [run [--dry-run]]",
            "Show the cost-saving pause policy; `schedule run` applies it now (admin; `--dry-run`: operator)",
            Role.ANYONE, List.of(Positional.optional("action", "run", ArgKind.WORD)),
            List.of(new Flag("dry-run", ArgKind.SWITCH, "only show what would be paused or resumed")));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }
}
