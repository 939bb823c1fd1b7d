package io.aurachatops.support;

import io.aurachatops.reply.Card;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the bot said, in order; cards stay where they are. */
public final class RecordingNotifier implements Notifier {

    public final List<Reply> replies = new ArrayList<>();
    public final List<Reply> updates = new ArrayList<>();
    public final List<Reply> finished = new ArrayList<>();

    @Override
    public void reply(ReplyTarget target, Reply reply) {
        replies.add(reply);
    }

    @Override
    public void replaceReply(ReplyTarget target, Reply reply) {
        replies.add(reply);
    }

    @Override
    public Card postCard(ReplyTarget requester, Reply content) {
        updates.add(content);
        return Card.inChannel(requester.channelId(), "1.0", null);
    }

    @Override
    public Card updateCard(Card card, Reply content) {
        updates.add(content);
        return card;
    }

    @Override
    public void announce(String channelId, Reply message) {
        replies.add(message);
    }

    @Override
    public void publishHome(String userId, Reply home) {
        replies.add(home);
    }

    @Override
    public void threadReply(Card card, Reply message) {
        replies.add(message);
    }

    @Override
    public void finishCard(Card card, Reply content, String requesterId) {
        finished.add(content);
    }
}
