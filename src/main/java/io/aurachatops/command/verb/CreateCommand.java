package io.aurachatops.command.verb;

import io.aurachatops.access.Role;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.Positional;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** {@code /aura create}: a new instance, its password stored in the vault first. */
@ApplicationScoped
public class CreateCommand extends PlannedVerb {

    public static final CommandSpec SPEC = new CommandSpec("create",
            "create <name> [--type T] [--cloud-provider P] [--region R] [--memory M] [--version 5] [--tenant-id T]",
            "Create an instance; its password goes to AWS Secrets Manager, never to Slack", Role.OPERATOR,
            List.of(Positional.required("name", "name")),
            List.of(new Flag("type", ArgKind.WORD, "free-db, professional-db, …"),
                    new Flag("cloud-provider", ArgKind.WORD, "gcp, aws or azure"),
                    new Flag("region", ArgKind.WORD, "a region the tenant offers for that type and provider"),
                    new Flag("memory", ArgKind.MEMORY, "e.g. 2GB, 8GB"),
                    new Flag("version", ArgKind.WORD, "Neo4j version, default 5"),
                    new Flag("tenant-id", ArgKind.WORD, "the tenant to create it in")));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }
}
