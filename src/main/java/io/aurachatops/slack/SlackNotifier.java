package io.aurachatops.slack;

import com.slack.api.webhook.WebhookResponse;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.io.IOException;

/** Sends the bot's messages to Slack: private answers through the request's {@code response_url}. */
@ApplicationScoped
@Typed(SlackNotifier.class)
public class SlackNotifier implements Notifier {

    private final SlackClients clients;

    public SlackNotifier(SlackClients clients) {
        this.clients = clients;
    }

    @Override
    public void reply(ReplyTarget target, Reply reply) {
        if (target.responseUrl() == null || target.responseUrl().isBlank()) {
            Log.warnf("No response_url for %s; the answer was dropped", target);
            return;
        }
        try {
            WebhookResponse response = clients.slack().send(target.responseUrl(), SlackMessages.ephemeral(reply));
            if (response.getCode() / 100 != 2) {
                Log.warnf("Slack refused a reply to %s: HTTP %d", target, response.getCode());
            }
        } catch (IOException e) {
            Log.warnf("Could not deliver a reply to %s: %s", target, e.getClass().getSimpleName());
        }
    }
}
