package io.aurachatops.command;

import io.aurachatops.reply.Reply;

/** One {@code /aura} verb: its grammar and help, and what it does. */
public interface Verb {

    CommandSpec spec();

    /** The role this command needs; most verbs need one role whatever their arguments. */
    default io.aurachatops.access.Role requiredRole(ParsedCommand command) {
        return spec().role();
    }

    Reply run(CommandContext context);

    /**
     * Refuses, by throwing, a command that cannot succeed now, and changes nothing. Asked before a second person
     * is asked to approve it, so that nobody approves what would fail.
     */
    default void check(CommandContext context) {
    }
}
