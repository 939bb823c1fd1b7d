package io.aurachatops.command;

import io.aurachatops.aura.AuraApiException;
import io.aurachatops.aura.AuraGateway;
import io.aurachatops.aura.Instance;
import io.aurachatops.aura.InstanceSummary;
import io.aurachatops.aura.Priority;
import io.aurachatops.reply.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds the one instance that {@code <id|name>} means. An exact id wins over a name. */
@ApplicationScoped
public class InstanceResolver {

    private static final Pattern INSTANCE_ID = Pattern.compile("[0-9a-f]{8}");
    private static final int MAX_LISTED = 10;

    private final AuraGateway aura;

    public InstanceResolver(AuraGateway aura) {
        this.aura = aura;
    }

    public Instance resolve(String reference, Priority priority) {
        String ref = reference.trim();
        String lower = ref.toLowerCase(Locale.ROOT);
        if (INSTANCE_ID.matcher(lower).matches()) {
            try {
                return aura.instance(lower, priority);
            } catch (AuraApiException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
            }
        }
        List<InstanceSummary> all = aura.instances(Optional.empty(), priority);
        // A name copied from a card comes with the look-alikes shown for formatting characters.
        String typed = Markdown.plain(ref);
        List<InstanceSummary> matches = all.stream().filter(i -> ref.equals(i.name()) || typed.equals(i.name())).toList();
        if (matches.isEmpty()) {
            matches = all.stream().filter(i -> typed.equalsIgnoreCase(i.name())).toList();
        }
        if (matches.isEmpty()) {
            throw new CommandException("No instance has the id or name `" + CommandParser.clip(ref)
                    + "`. `/aura list` shows the instances I can see.");
        }
        if (matches.size() > 1) {
            throw new CommandException("`" + CommandParser.clip(ref) + "` is the name of " + matches.size()
                    + " instances. Use the id instead:\n" + matches.stream().limit(MAX_LISTED)
                            .map(i -> "• `" + Markdown.escape(i.id()) + "` " + Markdown.escape(i.name()) + " ("
                                    + Markdown.escape(i.cloudProvider()) + ", created "
                                    + InstanceFormat.date(i.createdAt()) + ")")
                            .collect(Collectors.joining("\n")));
        }
        return aura.instance(matches.get(0).id(), priority);
    }
}
