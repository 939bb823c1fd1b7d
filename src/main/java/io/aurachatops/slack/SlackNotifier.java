package io.aurachatops.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.view.View;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.webhook.WebhookResponse;
import io.aurachatops.reply.Card;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.support.JobDeadline;
import io.aurachatops.support.TimeSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends the bot's messages to Slack: private answers through {@code response_url}, status cards with
 * {@code chat.postMessage} and {@code chat.update}, and the final word as a threaded reply.
 */
@ApplicationScoped
@Typed(SlackNotifier.class)
public class SlackNotifier implements Notifier {

    static final String INVITE_NOTE = "I cannot post in this channel, so you get these updates privately "
            + "(at most five). Invite me to the channel (`/invite @aura`) for a live status card.";

    /** Slack's advice for a refused post that an invitation fixes. */
    static final Set<String> NOT_A_MEMBER = Set.of("not_in_channel", "channel_not_found");
    /** Attempts of one Web API call that Slack rate-limits (429 with Retry-After). */
    static final int MAX_ATTEMPTS = 4;
    /** The longest Retry-After honoured by waiting; beyond it the call is given up and logged. */
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final SlackClients clients;
    private final TimeSource time;

    public SlackNotifier(SlackClients clients, TimeSource time) {
        this.clients = clients;
        this.time = time;
    }

    @Override
    public void reply(ReplyTarget target, Reply reply) {
        sendPrivately(target, reply);
    }

    @Override
    public void replaceReply(ReplyTarget target, Reply reply) {
        if (target.responseUrl() == null) {
            sendPrivately(target, reply); // nothing to replace: a Home tab click or a form has no reply URL
            return;
        }
        send(target.responseUrl(), SlackMessages.ephemeral(reply, true), target.toString());
    }

    @Override
    public Card postCard(ReplyTarget requester, Reply content) {
        String note;
        try {
            ChatPostMessageResponse posted = call(() -> methods().chatPostMessage(r -> r.channel(requester.channelId())
                    .text(SlackMessages.fallbackText(content)).blocks(SlackMessages.blocks(content))));
            if (posted.isOk()) {
                return Card.inChannel(posted.getChannel(), posted.getTs(), requester.responseUrl());
            }
            Log.infof("Cannot post a card in %s (%s); answering privately", requester.channelId(), posted.getError());
            note = NOT_A_MEMBER.contains(posted.getError()) ? INVITE_NOTE : privateNote(posted.getError());
        } catch (IOException | SlackApiException e) {
            Log.warnf("chat.postMessage to %s failed (%s); answering privately", requester.channelId(),
                    e.getClass().getSimpleName());
            note = privateNote(e instanceof SlackApiException api ? "HTTP " + api.getResponse().code() : "no answer");
        }
        sendPrivately(requester, content.withFootnote(note));
        return Card.privateFallback(requester.channelId(), requester.responseUrl(), 1);
    }

    @Override
    public Card updateCard(Card card, Reply content) {
        if (!card.inChannel()) {
            // Keep the last private post for the final word.
            if (card.privatePosts() >= Card.MAX_PRIVATE_POSTS - 1) {
                return card;
            }
            // Replaces the private card, so that no earlier state (and none of its buttons) stays live.
            send(card.responseUrl(), SlackMessages.ephemeral(content, true), card.toString());
            return card.withPrivatePosts(card.privatePosts() + 1);
        }
        edit(card, content);
        return card;
    }

    @Override
    public void announce(String channelId, Reply message) {
        // A message longer than Slack takes goes out as a first part and a thread of the rest.
        List<Reply> parts = SlackMessages.split(message);
        String threadTs = null;
        for (Reply part : parts) {
            String thread = threadTs;
            try {
                ChatPostMessageResponse posted = call(() -> methods().chatPostMessage(r -> r.channel(channelId)
                        .threadTs(thread).text(SlackMessages.fallbackText(part)).blocks(SlackMessages.blocks(part))));
                if (!posted.isOk()) {
                    Log.warnf("Slack refused a message to %s: %s", channelId, posted.getError());
                    return;
                }
                threadTs = threadTs == null ? posted.getTs() : threadTs;
            } catch (IOException | SlackApiException e) {
                Log.warnf("A message to %s failed: %s", channelId, e.getClass().getSimpleName());
                return;
            }
        }
    }

    @Override
    public void publishHome(String userId, Reply home) {
        logged("the Home view of " + userId, () -> methods().viewsPublish(r -> r.userId(userId)
                .view(View.builder().type("home").blocks(SlackMessages.homeBlocks(home)).build())));
    }

    @Override
    public void threadReply(Card card, Reply message) {
        if (!card.inChannel()) {
            announce(card.channelId(), message);
            return;
        }
        logged("a threaded message on " + card, () -> methods().chatPostMessage(r -> r.channel(card.channelId())
                .threadTs(card.ts()).text(SlackMessages.fallbackText(message)).blocks(SlackMessages.blocks(message))));
    }

    @Override
    public void finishCard(Card card, Reply content, String requesterId) {
        if (!card.inChannel()) {
            if (card.privatePosts() < Card.MAX_PRIVATE_POSTS) {
                send(card.responseUrl(), SlackMessages.ephemeral(content, true), card.toString());
            }
            return;
        }
        edit(card, content);
        try {
            ChatPostMessageResponse thread = call(() -> methods().chatPostMessage(r -> r.channel(card.channelId())
                    .threadTs(card.ts()).text("<@" + requesterId + "> " + SlackMessages.fallbackText(content))));
            if (!thread.isOk()) {
                Log.warnf("Slack refused the threaded reply on %s: %s", card, thread.getError());
            }
        } catch (IOException | SlackApiException e) {
            Log.warnf("Threaded reply on %s failed: %s", card, e.getClass().getSimpleName());
        }
    }

    private void edit(Card card, Reply content) {
        try {
            ChatUpdateResponse updated = call(() -> methods().chatUpdate(r -> r.channel(card.channelId()).ts(card.ts())
                    .text(SlackMessages.fallbackText(content)).blocks(SlackMessages.blocks(content))));
            if (!updated.isOk()) {
                Log.warnf("Slack refused to update %s: %s", card, updated.getError());
            }
        } catch (IOException | SlackApiException e) {
            Log.warnf("chat.update on %s failed: %s", card, e.getClass().getSimpleName());
        }
    }

    /** One Web API call; a 429 is waited out as Slack asks, while the job's time allows. */
    private <T> T call(WebApiCall<T> request) throws IOException, SlackApiException {
        for (int attempt = 1;; attempt++) {
            try {
                return request.send();
            } catch (SlackApiException e) {
                Duration wait = retryAfter(e).orElse(null);
                if (wait == null || attempt >= MAX_ATTEMPTS || wait.compareTo(MAX_RETRY_AFTER) > 0
                        || !JobDeadline.fits(time, wait.plusSeconds(5))) {
                    throw e;
                }
                Log.infof("Slack rate-limited a call; retrying in %d s", wait.toSeconds());
                try {
                    time.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static Optional<Duration> retryAfter(SlackApiException e) {
        if (e.getResponse() == null || e.getResponse().code() != 429) {
            return Optional.empty();
        }
        String header = e.getResponse().header("Retry-After");
        try {
            return Optional.of(Duration.ofSeconds(header == null ? 1 : Math.max(1, Long.parseLong(header.trim()))));
        } catch (NumberFormatException notSeconds) {
            return Optional.of(Duration.ofSeconds(1));
        }
    }

    private static String privateNote(String error) {
        return "Slack did not accept a card in this channel (" + error + "), so you get these updates privately "
                + "(at most five).";
    }

    @FunctionalInterface
    private interface WebApiCall<T> {
        T send() throws IOException, SlackApiException;
    }

    /**
     * A message only {@code target}'s person sees: through the reply URL, or, when the request had none (a
     * click on the Home tab), as an ephemeral message in the channel.
     */
    private void sendPrivately(ReplyTarget target, Reply reply) {
        if (target.responseUrl() != null && !target.responseUrl().isBlank()) {
            send(target.responseUrl(), SlackMessages.ephemeral(reply), target.toString());
            return;
        }
        logged("a private message for " + target, () -> methods().chatPostEphemeral(r -> r.channel(target.channelId())
                .user(target.userId()).text(SlackMessages.fallbackText(reply)).blocks(SlackMessages.blocks(reply))));
    }

    /** A Web API call whose answer matters only to the log: a refusal or a failure is logged, never thrown. */
    private void logged(String what, WebApiCall<? extends SlackApiTextResponse> request) {
        try {
            SlackApiTextResponse answer = call(request);
            if (!answer.isOk()) {
                Log.warnf("Slack refused %s: %s", what, answer.getError());
            }
        } catch (IOException | SlackApiException e) {
            Log.warnf("Sending %s failed: %s", what, e.getClass().getSimpleName());
        }
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
