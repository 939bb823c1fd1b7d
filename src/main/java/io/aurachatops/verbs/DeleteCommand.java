package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.lifecycle.DeleteRequests;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura delete}: posts a confirmation card; only an admin's click deletes. */
@ApplicationScoped
public class DeleteCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("delete", "delete <id|name>",
            "Delete an instance, after an admin confirms on a card in the channel", Role.ADMIN,
            List.of(Positional.required("instance", "id|name")), List.of());

    private final DeleteRequests requests;

    public DeleteCommand(DeleteRequests requests) {
        this.requests = requests;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void check(CommandContext context) {
        requests.deletable(context, context.command().arg("instance").orElseThrow());
    }

    @Override
    public Reply run(CommandContext context) {
        return requests.request(context, context.command().arg("instance").orElseThrow());
    }
}
