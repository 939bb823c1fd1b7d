package io.aurachatops.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.webhook.WebhookResponse;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;

/**
 * Sends the bot's messages to Slack: private answers through {@code response_url}, status cards with
 * {@code chat.postMessage} and {@code chat.update}, and the final word as a threaded reply.
 */
@ApplicationScoped
@Typed(SlackNotifier.class)
public class SlackNotifier implements Notifier {

    static final String INVITE_NOTE = "I cannot post in this channel, so you get these updates privately "
            + "(at most five). Invite me to the channel (`/invite @aura`) for a live status card.";

    private final SlackClients clients;

    public SlackNotifier(SlackClients clients) {
        this.clients = clients;
    }

    @Override
    public void reply(ReplyTarget target, Reply reply) {
        sendPrivately(target.responseUrl(), reply, target.toString());
    }

    @Override
    public void replaceReply(ReplyTarget target, Reply reply) {
        send(target.responseUrl(), SlackMessages.ephemeral(reply, true), target.toString());
    }

    @Override
    public Card postCard(ReplyTarget requester, Reply content) {
        try {
            ChatPostMessageResponse posted = methods().chatPostMessage(r -> r.channel(requester.channelId())
                    .text(SlackMessages.fallbackText(content)).blocks(SlackMessages.blocks(content)));
            if (posted.isOk()) {
                return Card.inChannel(posted.getChannel(), posted.getTs(), requester.responseUrl());
            }
            Log.infof("Cannot post a card in %s (%s); answering privately", requester.channelId(), posted.getError());
        } catch (IOException | SlackApiException e) {
            Log.warnf("chat.postMessage to %s failed (%s); answering privately", requester.channelId(),
                    e.getClass().getSimpleName());
        }
        sendPrivately(requester.responseUrl(), content.withFootnote(INVITE_NOTE), requester.toString());
        return Card.privateFallback(requester.channelId(), requester.responseUrl(), 1);
    }

    @Override
    public Card updateCard(Card card, Reply content) {
        if (!card.inChannel()) {
            // Keep the last private post for the final word.
            if (card.privatePosts() >= Card.MAX_PRIVATE_POSTS - 1) {
                return card;
            }
            sendPrivately(card.responseUrl(), content, card.toString());
            return card.withPrivatePosts(card.privatePosts() + 1);
        }
        edit(card, content);
        return card;
    }

    @Override
    public void announce(String channelId, Reply message) {
        try {
            ChatPostMessageResponse posted = methods().chatPostMessage(r -> r.channel(channelId)
                    .text(SlackMessages.fallbackText(message)).blocks(SlackMessages.blocks(message)));
            if (!posted.isOk()) {
                Log.warnf("Slack refused a message to %s: %s", channelId, posted.getError());
            }
        } catch (IOException | SlackApiException e) {
            Log.warnf("A message to %s failed: %s", channelId, e.getClass().getSimpleName());
        }
    }

    @Override
    public void finishCard(Card card, Reply content, String requesterId) {
        if (!card.inChannel()) {
            if (card.privatePosts() < Card.MAX_PRIVATE_POSTS) {
                sendPrivately(card.responseUrl(), content, card.toString());
            }
            return;
        }
        edit(card, content);
        try {
            ChatPostMessageResponse thread = methods().chatPostMessage(r -> r.channel(card.channelId())
                    .threadTs(card.ts()).text("<@" + requesterId + "> " + SlackMessages.fallbackText(content)));
            if (!thread.isOk()) {
                Log.warnf("Slack refused the threaded reply on %s: %s", card, thread.getError());
            }
        } catch (IOException | SlackApiException e) {
            Log.warnf("Threaded reply on %s failed: %s", card, e.getClass().getSimpleName());
        }
    }

    private void edit(Card card, Reply content) {
        try {
            ChatUpdateResponse updated = methods().chatUpdate(r -> r.channel(card.channelId()).ts(card.ts())
                    .text(SlackMessages.fallbackText(content)).blocks(SlackMessages.blocks(content)));
            if (!updated.isOk()) {
                Log.warnf("Slack refused to update %s: %s", card, updated.getError());
            }
        } catch (IOException | SlackApiException e) {
            Log.warnf("chat.update on %s failed: %s", card, e.getClass().getSimpleName());
        }
    }

    private void sendPrivately(String responseUrl, Reply reply, String where) {
        send(responseUrl, SlackMessages.ephemeral(reply), where);
    }

    private void send(String responseUrl, String payload, String where) {
        if (responseUrl == null || responseUrl.isBlank()) {
            Log.warnf("No response_url for %s; a message was dropped", where);
            return;
        }
        try {
            WebhookResponse response = clients.slack().send(responseUrl, payload);
            if (response.getCode() / 100 != 2) {
                Log.warnf("Slack refused a private message for %s: HTTP %d", where, response.getCode());
            }
        } catch (IOException e) {
            Log.warnf("Could not deliver a private message for %s: %s", where, e.getClass().getSimpleName());
        }
    }

    private MethodsClient methods() {
        return clients.methods();
    }
}
