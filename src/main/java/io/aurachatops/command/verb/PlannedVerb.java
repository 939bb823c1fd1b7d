package io.aurachatops.command.verb;

import io.aurachatops.command.CommandContext;
import io.aurachatops.command.Verb;
import io.aurachatops.reply.Reply;

/** A verb whose grammar and help are published now and whose work arrives in a later release. */
abstract class PlannedVerb implements Verb {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public Reply run(CommandContext context) {
        throw new IllegalStateException("/aura " + spec().verb() + " is not available in this build");
    }
}
