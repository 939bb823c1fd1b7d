package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.Flag;
import java.time.LocalDate;
import java.util.Optional;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.InstanceResolver;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Reply;
import io.aurachatops.schedule.KeepAwake;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura keep-awake}: the next nightly pause (or every one until a day) skips this instance. */
@ApplicationScoped
public class KeepAwakeCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("keep-awake", "keep-awake <id|name> [--until YYYY-MM-DD]",
            "Keep an instance running tonight (or every night until a day): the cost-saving pause skips it",
            Role.OPERATOR, List.of(Positional.required("instance", "id|name")),
            List.of(new Flag("until", ArgKind.WORD, "the last day whose pause skips it, at most 14 days ahead; "
                    + "tonight only when left out")));

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
        Optional<LocalDate> until = context.command().day("until", SPEC, "2026-12-24");
        return keepAwake.grant(instances.resolve(context.command().arg("instance").orElseThrow(), Priority.INTERACTIVE),
                context.requester(), until);
    }
}
