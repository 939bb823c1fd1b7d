package io.aurachatops.reply;

/** Delivers the bot's messages: to Slack in production, to the console in sandbox mode. */
public interface Notifier {

    /** A private answer to the person who asked. */
    void reply(ReplyTarget target, Reply reply);
}
