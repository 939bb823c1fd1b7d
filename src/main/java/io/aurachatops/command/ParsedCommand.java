package io.aurachatops.command;

import java.util.Map;
import java.util.Optional;

/** A command after parsing: the verb and its arguments by name (switches map to {@code "true"}). */
public record ParsedCommand(String verb, Map<String, String> args) {

    public ParsedCommand {
        args = Map.copyOf(args);
    }

    public Optional<String> arg(String name) {
        return Optional.ofNullable(args.get(name));
    }

    public boolean has(String name) {
        return args.containsKey(name);
    }
}
