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
import java.util.ArrayList;
import java.util.List;
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
        print("private reply to <@" + target.userId() + "> in <#" + target.channelId() + ">, in place of the last one",
                reply);
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
        print("card " + card.ts() + " in <#" + card.channelId() + ">, rewritten", content);
        forwardToLocalHelper(card.responseUrl(), content);
        return card;
    }

    @Override
    public void announce(String channelId, Reply message) {
        print("message in <#" + channelId + ">", message);
    }

    @Override
    public void publishHome(String userId, Reply home) {
        // A Home tab click carries no channel of its own; the helper sends it as Slack would.
        print("Home tab of <@" + userId + ">", home, "home-click");
    }

    @Override
    public void threadReply(Card card, Reply message) {
        print(card.inChannel() ? "reply in the thread of card " + card.ts() : "message in <#" + card.channelId() + ">",
                message);
    }

    @Override
    public void finishCard(Card card, Reply content, String requesterId) {
        print("card " + card.ts() + " in <#" + card.channelId() + ">, final (and <@" + requesterId
                + "> is told in its thread)", content);
        forwardToLocalHelper(card.responseUrl(), content);
    }

    private void print(String heading, Reply reply) {
        print(heading, reply, "click");
    }

    private synchronized void print(String heading, Reply reply, String click) {
        List<String> lines = new ArrayList<>();
        lines.add(reply.summary());
        lines.addAll(reply.sections());
        for (io.aurachatops.reply.Button button : reply.buttons()) {
            lines.add("[" + button.label() + "]  click: " + ConsoleBox.HELPER + " " + click + " " + button.actionId() + " "
                    + button.value());
        }
        if (reply.menu() != null) {
            lines.add("▾ " + reply.menu().placeholder());
            for (io.aurachatops.reply.Menu.Option option : reply.menu().options()) {
                lines.add("  • " + option.label() + "  choose: " + ConsoleBox.HELPER + " " + click + " "
                        + reply.menu().actionId() + " " + option.value());
            }
        }
        if (reply.footnote() != null) {
            lines.add("(" + reply.footnote() + ")");
        }
        out.println(ConsoleBox.of(heading, lines));
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
