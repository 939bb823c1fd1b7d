package io.aurachatops.command;

import io.aurachatops.access.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A verb's grammar and help, declared by the verb itself; parsing and {@code /aura help} both read it. */
public record CommandSpec(String verb, String usage, String summary, Role role, List<Positional> positionals,
        List<Flag> flags) {

    public CommandSpec {
        positionals = List.copyOf(positionals);
        flags = List.copyOf(flags);
    }

    public Optional<Flag> flag(String name) {
        return flags.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The command as one would type it for these parsed arguments: positionals in order, then flags. */
    public String typed(Map<String, String> args) {
        StringBuilder text = new StringBuilder("/aura ").append(verb);
        positionals.stream().map(p -> args.get(p.name())).filter(java.util.Objects::nonNull)
                .forEach(v -> text.append(' ').append(quoted(v)));
        // A positional that is also a flag (resize's memory) is given once, as the positional.
        flags.stream().filter(f -> args.containsKey(f.name()))
                .filter(f -> positionals.stream().noneMatch(p -> p.name().equals(f.name())))
                .forEach(f -> text.append(" --").append(f.name())
                        .append(f.kind() == ArgKind.SWITCH ? "" : " " + quoted(args.get(f.name()))));
        return text.toString();
    }

    private static String quoted(String value) {
        return value.isEmpty() || value.chars().anyMatch(Character::isWhitespace) ? "\"" + value + "\"" : value;
    }

    public String usageLine() {
        return "/aura " + usage;
    }
}
