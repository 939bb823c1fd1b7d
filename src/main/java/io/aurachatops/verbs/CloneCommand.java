package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceConfiguration;
import io.aurachatops.aura.Priority;
import io.aurachatops.command.InstanceFormat;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandException;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Flag;
import io.aurachatops.command.MemorySize;
import io.aurachatops.command.InstanceResolver;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.create.CreateDefaults;
import io.aurachatops.create.CreateRequests;
import io.aurachatops.create.CreateValidator;
import io.aurachatops.create.Guardrails;
import io.aurachatops.lifecycle.SafeDeletes;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import io.aurachatops.snapshots.SeedSnapshots;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /aura clone}: a new instance with another one's data (or that of one of its exportable snapshots),
 * validated and made exactly like a create: the password goes to the vault first, with the same crash safety.
 */
@ApplicationScoped
public class CloneCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("clone",
            "clone <source> <new-name> [--snapshot S] [--memory M] [--region R] [--ttl 8h]",
            "Create an instance with the data of another, or of one of its exportable snapshots", Role.OPERATOR,
            List.of(Positional.required("source", "source"), Positional.required("name", "new-name")),
            List.of(new Flag("snapshot", ArgKind.TEXT, "an exportable, completed snapshot of the source (see "
                    + "`/aura snapshots`); its latest data when left out"),
                    new Flag("memory", ArgKind.MEMORY, "the copy's memory; the source's when left out"),
                    new Flag("region", ArgKind.WORD, "the copy's region; the source's when left out"),
                    new Flag("ttl", ArgKind.TEXT, "a lease, like `8h` or `2d`: it is deleted then unless extended")));

    private final SeedSnapshots seeds;
    private final InstanceResolver instances;
    private final CreateValidator validator;
    private final CreateRequests requests;
    private final AuraGateway aura;

    public CloneCommand(SeedSnapshots seeds, InstanceResolver instances, Guardrails guardrails, CreateDefaults defaults,
            CreateRequests requests, AuraGateway aura) {
        this.aura = aura;
        this.seeds = seeds;
        this.instances = instances;
        this.validator = new CreateValidator(SPEC, guardrails, defaults);
        this.requests = requests;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    private Optional<String> smallest(Instance source) {
        return aura.configurations(source.tenantId(), Priority.INTERACTIVE).stream()
                .filter(c -> source.type().equals(c.type()) && source.cloudProvider().equals(c.cloudProvider())
                        && source.region().equals(c.region()))
                .map(InstanceConfiguration::memory).min(Comparator.comparingInt(MemorySize::gigabytes));
    }

    @Override
    public Reply run(CommandContext context) {
        Instance source = source(context);
        String snapshotId = context.command().arg("snapshot").orElse(null);
        return requests.start(context, source.tenantId(), args(context, source), validator,
                r -> r.cloneOf(source.id(), snapshotId));
    }

    @Override
    public void check(CommandContext context) {
        Instance source = source(context);
        requests.check(source.tenantId(), args(context, source), validator);
    }

    private Instance source(CommandContext context) {
        Instance source = instances.resolve(context.command().arg("source").orElseThrow(), Priority.INTERACTIVE);
        if ("free-db".equals(source.type())) {
            throw new CommandException(InstanceFormat.label(source) + " is a `free-db` instance; Aura does not clone "
                    + "free instances.");
        }
        return source;
    }

    /** The create's arguments for a copy of {@code source}. */
    private Map<String, String> args(CommandContext context, Instance source) {
        String snapshotId = context.command().arg("snapshot").orElse(null);
        if (snapshotId != null) {
            seeds.check(source, snapshotId);
        }
        // The copy is of the source's type and cloud; its size and region follow the source unless given.
        Map<String, String> args = new HashMap<>(context.command().args());
        args.remove("source");
        args.remove("snapshot");
        args.put("type", source.type());
        args.put("cloud-provider", source.cloudProvider());
        args.putIfAbsent("region", source.region());
        if (args.containsKey(SafeDeletes.COPY_OF)) {
            // The copy made before a delete only keeps the data: the smallest size the tenant offers for it.
            smallest(source).ifPresent(memory -> args.put("memory", memory));
        }
        args.putIfAbsent("memory", source.memory());
        return args;
    }
}
