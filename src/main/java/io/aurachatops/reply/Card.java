package io.aurachatops.reply;

/**
 * A status card: a message in the channel ({@code ts} set) that is edited as things change, or, where the
 * bot cannot post, private messages through the response URL, of which Slack allows only five.
 */
public record Card(String channelId, String ts, String responseUrl, int privatePosts) {

    public static final int MAX_PRIVATE_POSTS = 5;

    public static Card inChannel(String channelId, String ts, String responseUrl) {
        return new Card(channelId, ts, responseUrl, 0);
    }

    public static Card privateFallback(String channelId, String responseUrl, int posts) {
        return new Card(channelId, null, responseUrl, posts);
    }

    /**
     * A card known only by where it was posted (remembered in the ledger, without a reply URL): the channel
     * message, or, with no ts, the channel, where nothing more can be posted privately.
     */
    public static Card remembered(String channelId, String ts) {
        return ts == null || ts.isEmpty() ? privateFallback(channelId, null, MAX_PRIVATE_POSTS)
                : inChannel(channelId, ts, null);
    }

    public boolean inChannel() {
        return ts != null;
    }

    public Card withPrivatePosts(int posts) {
        return new Card(channelId, ts, responseUrl, posts);
    }

    @Override
    public String toString() {
        return "Card[channel=" + channelId + ", ts=" + ts + ", privatePosts=" + privatePosts + "]";
    }
}
