package io.aurachatops.command;

/** Who asked, and where. */
public record Requester(String teamId, String userId, String channelId) {
}
