package io.aurachatops.command;

/** A failure whose message is written for the person in Slack: what went wrong and what to do. */
public class CommandException extends RuntimeException {

    public CommandException(String userMessage) {
        super(userMessage);
    }
}
