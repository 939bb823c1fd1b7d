package io.aurachatops.command;

import java.util.Optional;

/** The command text is wrong; the answer names the problem and shows the right form. */
public class UsageException extends CommandException {

    private final transient CommandSpec spec;

    public UsageException(String problem, CommandSpec spec) {
        super(problem);
        this.spec = spec;
    }

    public Optional<CommandSpec> spec() {
        return Optional.ofNullable(spec);
    }

    /** The problem, then the usage line and where to read more. */
    public String userMessage() {
        if (spec == null) {
            return getMessage() + "\nTry `/aura help` for the list of commands.";
        }
        return getMessage() + "\nUsage: `" + spec.usageLine() + "`\nSee `/aura help " + spec.verb() + "` for details.";
    }
}
