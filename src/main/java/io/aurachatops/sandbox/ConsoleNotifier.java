package io.aurachatops.sandbox;

import io.aurachatops.reply.Notifier;
import io.aurachatops.reply.Reply;
import io.aurachatops.reply.ReplyTarget;
import io.aurachatops.slack.SlackMessages;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * Sandbox mode's Slack: prints each message readably on the console. A reply whose response URL points at
 * this machine (the {@code aura-slash} helper listens there) is also delivered, as Slack would.
 */
public final class ConsoleNotifier implements Notifier {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ConsoleNotifier(PrintStream out) {
        this.out = out;
    }

    @Override
    public void reply(ReplyTarget target, Reply reply) {
        print("private reply to <@" + target.userId() + "> in <#" + target.channelId() + ">", reply);
        forwardToLocalHelper(target.responseUrl(), reply);
    }

    private synchronized void print(String heading, Reply reply) {
        StringBuilder text = new StringBuilder();
        text.append("\n┌─ Slack · ").append(heading).append('\n');
        text.append("│ ").append(reply.summary().replace("\n", "\n│ ")).append('\n');
        for (String section : reply.sections()) {
            text.append("│ ").append(section.replace("\n", "\n│ ")).append('\n');
        }
        if (reply.footnote() != null) {
            text.append("│ ").append("(").append(reply.footnote()).append(")\n");
        }
        text.append("└─");
        out.println(text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
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
            http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2))
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
