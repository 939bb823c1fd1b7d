package io.aurachatops.command;

import io.aurachatops.reply.Markdown;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    /** A day argument ({@code YYYY-MM-DD}); one that is not a day is refused with {@code example} as the right form. */
    public Optional<LocalDate> day(String name, CommandSpec spec, String example) {
        try {
            return arg(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new UsageException("`" + Markdown.escape(arg(name).orElse("")) + "` is not a day: write it as "
                    + "YYYY-MM-DD, like `" + example + "`.", spec);
        }
    }
}
