package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Reply;
import io.aurachatops.snapshots.SnapshotActions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code /aura snapshots}: one day's snapshots of an instance (today by default), newest first. */
@ApplicationScoped
public class SnapshotsCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("snapshots", "snapshots <id|name> [--date YYYY-MM-DD]",
            "List an instance's snapshots of one day: time, status, exportable", Role.ANYONE,
            List.of(Positional.required("instance", "id|name")),
            List.of(new Flag("date", ArgKind.WORD, "the day (UTC) to list; today when left out")));

    private final SnapshotActions snapshots;

    public SnapshotsCommand(SnapshotActions snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        Optional<LocalDate> day = context.command().day("date", SPEC, "2026-12-03");
        return snapshots.list(context.command().arg("instance").orElseThrow(), day);
    }
}
