package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Reply;
import io.aurachatops.snapshots.SnapshotActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura snapshot}: takes an on-demand snapshot and follows it on a status card. */
@ApplicationScoped
public class SnapshotCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("snapshot", "snapshot <id|name>",
            "Take a snapshot of a running instance now", Role.OPERATOR,
            List.of(Positional.required("instance", "id|name")), List.of());

    private final SnapshotActions snapshots;

    public SnapshotCommand(SnapshotActions snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        return snapshots.take(context, context.command().arg("instance").orElseThrow());
    }
}
