package io.aurachatops.sandbox;

import io.aurachatops.reply.Card;
import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.slack.SlackMessages;
import io.aurachatops.support.Lazy;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sandbox mode's Slack: prints each message readably on the console. Messages for a request whose response
 * URL points at this machine (the {@code aura-slash} helper listens there) are also delivered to it, cards
 * included, so that the helper can show them.
 */
public final class ConsoleNotifier implements Notifier {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final PrintStream out;
    private final Lazy<HttpClient> http = Lazy.of(
            () -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    private final AtomicLong cards = new AtomicLong();

    public ConsoleNotifier(PrintStream out) {
        this.out = out;
    }

    @Override
    public void reply(ReplyTarget target, Reply reply) {
        print("private reply to <@" + target.userId() + "> in <#" + target.channelId() + ">", reply);
        forwardToLocalHelper(target.responseUrl(), reply);
    }

    @Override
    public void replaceReply(ReplyTarget target, Reply reply) {
        print("private reply to <@" + target.userId() + "> replaced", reply);
        forwardToLocalHelper(target.responseUrl(), reply);
    }

    @Override
    public Card postCard(ReplyTarget requester, Reply content) {
        Card card = Card.inChannel(requester.channelId(), "console-" + cards.incrementAndGet(), requester.responseUrl());
        print("new card " + card.ts() + " in <#" + card.channelId() + ">", content);
        forwardToLocalHelper(card.responseUrl(), content);
        return card;
    }

    @Override
    public Card updateCard(Card card, Reply content) {
        print("card " + card.ts() + " updated", content);
        forwardToLocalHelper(card.responseUrl(), content);
        return card;
    }

    @Override
    public void announce(String channelId, Reply message) {
        print("message in <#" + channelId + ">", message);
    }

    @Override
    public void publishHome(String userId, Reply home) {
        print("Home tab of <@" + userId + ">", home);
    }

    @Override
    public void threadReply(Card card, Reply message) {
        print(card.inChannel() ? "reply in the thread of card " + card.ts() : "message in <#" + card.channelId() + ">",
                message);
    }

    @Override
    public void finishCard(Card card, Reply content, String requesterId) {
        print("card " + card.ts() + " final, and a threaded reply to <@" + requesterId + ">", content);
        forwardToLocalHelper(card.responseUrl(), content);
    }

    private synchronized void print(String heading, Reply reply) {
        StringBuilder text = new StringBuilder();
        text.append("\n┌─ Slack · ").append(heading).append('\n');
        text.append("│ ").append(reply.summary().replace("\n", "\n│ ")).append('\n');
        for (String section : reply.sections()) {
            text.append("│ ").append(section.replace("\n", "\n│ ")).append('\n');
        }
        for (io.aurachatops.reply.Button button : reply.buttons()) {
            text.append("│ [").append(button.label()).append("]  click: infra/local/aura-slash click ")
                    .append(button.actionId()).append(' ').append(button.value()).append('\n');
        }
        if (reply.menu() != null) {
            text.append("│ ▾ ").append(reply.menu().placeholder()).append('\n');
            for (io.aurachatops.reply.Menu.Option option : reply.menu().options()) {
                text.append("│   • ").append(option.label()).append("  choose: infra/local/aura-slash click ")
                        .append(reply.menu().actionId()).append(' ').append(option.value()).append('\n');
            }
        }
        if (reply.footnote() != null) {
            text.append("│ ").append("(").append(reply.footnote()).append(")\n");
        }
        text.append("└─");
        // Slack shows <!date^…|fallback> in the reader's own time zone; the console shows the fallback.
        out.println(text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("<!date\\^\\d+\\^[^|>]*\\|([^>]*)>", "$1"));
    }

    private void forwardToLocalHelper(String responseUrl, Reply reply) {
        if (responseUrl == null) {
            return;
        }
        try {
            URI uri = URI.create(responseUrl);
            if (!"http".equals(uri.getScheme()) || uri.getHost() == null || !LOOPBACK.contains(uri.getHost())) {
                return;
            }
            http.get().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(SlackMessages.ephemeral(reply))).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            // The helper may have stopped listening; the console already shows the reply.
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
