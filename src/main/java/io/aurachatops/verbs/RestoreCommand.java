package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Reply;
import io.aurachatops.snapshots.RestoreRequests;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura restore}: a confirmation card; an admin's click puts the snapshot back into the instance. */
@ApplicationScoped
public class RestoreCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("restore", "restore <id|name> <snapshot-id>",
            "Put a completed snapshot back into its instance (asks for confirmation)", Role.ADMIN,
            List.of(Positional.required("instance", "id|name"), Positional.required("snapshot", "snapshot-id")),
            List.of());

    private final RestoreRequests requests;

    public RestoreCommand(RestoreRequests requests) {
        this.requests = requests;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void check(CommandContext context) {
        requests.restorable(context, context.command().arg("instance").orElseThrow(),
                context.command().arg("snapshot").orElseThrow());
    }

    @Override
    public Reply run(CommandContext context) {
        return requests.request(context, context.command().arg("instance").orElseThrow(),
                context.command().arg("snapshot").orElseThrow());
    }
}
