package io.aurachatops.command;

import io.aurachatops.reply.ReplyTarget;
import java.time.Instant;

/** Everything a verb needs to run one command: what, who, which job, when it was queued, where to answer. */
public record CommandContext(ParsedCommand command, Requester requester, String jobId, Instant queuedAt,
        ReplyTarget replyTo) {
}
