package io.aurachatops.command;

/** Everything a verb needs to run one command. */
public record CommandContext(ParsedCommand command, Requester requester, String jobId) {
}
