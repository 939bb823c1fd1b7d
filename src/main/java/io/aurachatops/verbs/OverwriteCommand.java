package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Reply;
import io.aurachatops.snapshots.OverwriteRequests;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura overwrite}: a confirmation card; an admin's click replaces the target's data with the source's. */
@ApplicationScoped
public class OverwriteCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("overwrite", "overwrite <target> --from <source> [--snapshot S]",
            "Replace an instance's data with another's, e.g. refresh staging from prod (asks for confirmation)",
            Role.ADMIN, List.of(Positional.required("target", "target"), Positional.requiredFlag("from", ArgKind.TEXT)),
            List.of(new Flag("from", ArgKind.TEXT, "the instance whose data is copied (id or name)"),
                    new Flag("snapshot", ArgKind.TEXT, "an exportable, completed snapshot of the source; a fresh "
                            + "copy of it when left out")));

    private final OverwriteRequests requests;

    public OverwriteCommand(OverwriteRequests requests) {
        this.requests = requests;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void check(CommandContext context) {
        requests.overwritable(context, context.command().arg("target").orElseThrow(),
                context.command().arg("from").orElseThrow(), context.command().arg("snapshot").orElse(null));
    }

    @Override
    public Reply run(CommandContext context) {
        return requests.request(context, context.command().arg("target").orElseThrow(),
                context.command().arg("from").orElseThrow(), context.command().arg("snapshot").orElse(null));
    }
}
