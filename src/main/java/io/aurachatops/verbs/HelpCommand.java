package io.aurachatops.verbs;

import io.aurachatops.access.Role;
import io.aurachatops.command.ArgKind;
import io.aurachatops.command.CommandCatalog;
import io.aurachatops.command.CommandContext;
import io.aurachatops.command.CommandSpec;
import io.aurachatops.command.Positional;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Markdown;
import io.aurachatops.reply.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /aura help [verb]}: generated from each verb's own spec, so it cannot drift from the parser. */
@ApplicationScoped
public class HelpCommand implements Verb {

    public static final CommandSpec SPEC = new CommandSpec("help", "help [verb]",
            "Show every command, or the details of one", Role.ANYONE,
            List.of(Positional.optional("verb", "verb", ArgKind.WORD)), List.of());

    private final Provider<CommandCatalog> catalog;

    public HelpCommand(Provider<CommandCatalog> catalog) {
        this.catalog = catalog;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply run(CommandContext context) {
        Optional<String> verb = context.command().arg("verb");
        if (verb.isEmpty()) {
            return overview();
        }
        return catalog.get().verb(verb.get()).map(this::details).orElseGet(() -> Reply.of(
                "There is no command `" + Markdown.escape(verb.get()) + "`.", List.of(verbLines())));
    }

    private Reply overview() {
        return Reply.of("Manage Neo4j Aura from Slack. Commands:", List.of(verbLines()))
                .withFootnote("Flags take `--flag value` or `--flag=value`; values are case-insensitive. "
                        + "`/aura help <verb>` shows one command in full.")
                .withButtons(List.of(io.aurachatops.reply.Button.openCreateForm()));
    }

    private String verbLines() {
        return catalog.get().all().stream().map(v -> "`" + v.spec().usageLine() + "`\n      " + v.spec().summary()
                + roleNote(v.spec().role()))
                .collect(Collectors.joining("\n"));
    }

    private Reply details(Verb verb) {
        CommandSpec spec = verb.spec();
        List<String> sections = new ArrayList<>();
        sections.add(spec.summary() + ".");
        if (!spec.positionals().isEmpty()) {
            sections.add("*Arguments*\n" + spec.positionals().stream()
                    .map(p -> "• `<" + p.label() + ">`" + (p.required() ? "" : " (optional)")
                            + p.sameAsFlag().map(f -> ", the same as `--" + f + "`").orElse(""))
                    .collect(Collectors.joining("\n")));
        }
        sections.add("*Who may run it:* " + switch (spec.role()) {
            case ANYONE -> "anyone in a channel where the bot works.";
            case OPERATOR -> "operators and admins.";
            default -> "admins.";
        });
        if (!spec.flags().isEmpty()) {
            sections.add("*Flags*\n" + spec.flags().stream()
                    .map(f -> "• `--" + f.name() + "`" + (f.kind() == ArgKind.SWITCH ? "" : " <value>") + ": " + f.help())
                    .collect(Collectors.joining("\n")));
        }
        return Reply.of("`" + spec.usageLine() + "`", sections);
    }

    private static String roleNote(Role role) {
        return role == Role.ANYONE ? "" : " _(" + role.label() + ")_";
    }
}
