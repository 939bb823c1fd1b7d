package io.aurachatops.reply;

/** Where a private answer goes: the requester, in the channel they typed in, through the request's reply URL. */
public record ReplyTarget(String channelId, String userId, String responseUrl) {

    @Override
    public String toString() {
        // The reply URL works without further authentication, so it is not printed.
        return "ReplyTarget[channel=" + channelId + ", user=" + userId + "]";
    }
}
