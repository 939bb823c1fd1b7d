package io.aurachatops.reply;

/** Delivers the bot's messages: to Slack in production, to the console in sandbox mode. Never throws. */
public interface Notifier {

    /** A private answer to the person who asked. */
    void reply(ReplyTarget target, Reply reply);

    /** Replaces the private answer given before through the same target's reply URL (a later, fuller answer). */
    void replaceReply(ReplyTarget target, Reply reply);

    /** Posts a status card in the requester's channel, or privately when the bot cannot post there. */
    Card postCard(ReplyTarget requester, Reply content);

    /** Shows a new state on the card; returns the card as it now stands. */
    Card updateCard(Card card, Reply content);

    /** A message of the bot's own in a channel, such as an audit line. */
    void announce(String channelId, Reply message);

    /**
     * A message in the card's thread (a reminder about the thing the card shows), or in its channel when the
     * card is not a channel message.
     */
    void threadReply(Card card, Reply message);

    /** Publishes {@code home} as this person's Home tab of the app (it replaces what was there). */
    void publishHome(String userId, Reply home);

    /** Shows the final state, and says it again in a threaded reply that mentions the requester (edits do not notify). */
    void finishCard(Card card, Reply content, String requesterId);
}
