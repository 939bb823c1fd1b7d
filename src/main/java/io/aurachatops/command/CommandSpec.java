package io.aurachatops.command;

import io.aurachatops.access.Role;
import java.util.List;
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

    public String usageLine() {
        return "/aura " + usage;
    }
}
