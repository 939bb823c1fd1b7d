import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in for Slack on this machine: it signs a slash command with the sandbox signing secret, posts it,
 * prints the acknowledgement, and listens on a local response_url for the bot's reply.
 */
public class AuraSlash {

    public static void main(String[] args) throws Exception {
        boolean click = args.length == 3 && args[0].equals("click");
        // "home": the Home tab opened, as the Events API delivers it; the bot prints the view on its console.
        boolean home = args.length == 1 && args[0].equals("home");
        // The shell removed the user's quotes: put them back around any word that needs them.
        String text = java.util.Arrays.stream(args).map(AuraSlash::quoted).collect(java.util.stream.Collectors.joining(" "));
        String url = env("AURA_SLASH_URL", "http://localhost:8080/slack/commands");
        if (click) {
            url = url.replace("/slack/commands", "/slack/interactions");
        } else if (home) {
            url = url.replace("/slack/commands", "/slack/events");
        }
        String secret = env("AURA_SLASH_SECRET", "sandbox-signing-secret-not-for-production");
        long waitSeconds = Long.parseLong(env("AURA_SLASH_WAIT", "60"));

        LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hook.createContext("/reply", exchange -> {
            replies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        hook.start();
        try {
            String responseUrl = "http://127.0.0.1:" + hook.getAddress().getPort() + "/reply";
            String body = home ? "{\"type\":\"event_callback\",\"team_id\":\"TSANDBOX\",\"event_id\":\"Ev"
                    + System.nanoTime() + "\",\"event\":{\"type\":\"app_home_opened\",\"user\":\""
                    + env("AURA_SLASH_USER", "ULOCAL") + "\",\"tab\":\"home\"}}"
                    : click ? clickBody(args[1], args[2], responseUrl) : form("team_id", "TSANDBOX", "team_domain", "sandbox", "channel_id",
                    env("AURA_SLASH_CHANNEL", "CSANDBOX"), "channel_name", "sandbox", "user_id",
                    env("AURA_SLASH_USER", "ULOCAL"), "user_name", System.getProperty("user.name", "local"),
                    "command", "/aura", "text", text, "response_url", responseUrl, "trigger_id", "0.0.sandbox",
                    "api_app_id", "ASANDBOX");
            String timestamp = Long.toString(System.currentTimeMillis() / 1000);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", home ? "application/json" : "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", timestamp)
                    .header("X-Slack-Signature", sign(secret, timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            System.out.println(home ? "→ Home tab opened" : click ? "→ click " + args[1] : "→ /aura " + text);
            long started = System.nanoTime();
            HttpResponse<String> ack;
            try {
                ack = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                System.err.println("Could not reach " + url + " (" + e.getClass().getSimpleName()
                        + "). Is the bot running? Start it with the README's first command.");
                System.exit(2);
                return;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("← HTTP " + ack.statusCode() + " in " + millis + " ms" + (ack.body().isEmpty() ? "" : ":"));
            print(ack.body());
            if (home) {
                System.out.println("(the Home view is printed on the bot's console)");
                return;
            }
            if (ack.statusCode() != 200 || !(click || ack.body().contains("Working on"))) {
                return;
            }
            // Status cards arrive as a series of messages; "⏳" marks one that is still in progress.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
            while (true) {
                String reply = replies.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (reply == null) {
                    System.out.println("(nothing more within " + waitSeconds + " s; the server console shows the rest)");
                    return;
                }
                System.out.println("← " + java.time.LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss"))
                        + ":");
                print(reply);
                if (!inProgress(reply)) {
                    return;
                }
            }
        } finally {
            hook.stop(0);
        }
    }

    /** A status card that will change again: keep listening. */
    static boolean inProgress(String json) {
        List<String> texts = texts(json);
        String first = texts.isEmpty() ? "" : texts.get(0);
        // A list's names come first; its statuses follow in a message that replaces them.
        return first.startsWith("⏳") || first.startsWith("📸") || first.contains("Pausing") || first.contains("Resuming")
                || first.contains("Resizing") || first.contains("Deleting") || first.contains("Restoring")
                || first.contains("Overwriting")
                || json.contains("Fetching statuses");
    }

    /** A button click as Slack sends it: a block_actions payload, form-encoded. */
    static String clickBody(String actionId, String value, String responseUrl) {
        String user = env("AURA_SLASH_USER", "ULOCAL");
        String channel = env("AURA_SLASH_CHANNEL", "CSANDBOX");
        String json = "{\"type\":\"block_actions\",\"user\":{\"id\":\"" + user + "\"},\"team\":{\"id\":\"TSANDBOX\"},"
                + "\"channel\":{\"id\":\"" + channel + "\"},\"container\":{\"type\":\"message\",\"message_ts\":\"console\","
                + "\"is_ephemeral\":false},\"response_url\":\"" + responseUrl + "\",\"actions\":[{\"type\":\"button\","
                + "\"action_id\":\"" + actionId + "\",\"value\":\"" + value + "\"}]}";
        return form("payload", json);
    }

    /** Every "text" string value of a Slack message, in order, unescaped. */
    static List<String> texts(String json) {
        List<String> texts = new ArrayList<>();
        String key = "\"text\":\"";
        for (int at = json.indexOf(key); at >= 0; at = json.indexOf(key, at)) {
            int end = at + key.length();
            while (end < json.length() && json.charAt(end) != '"') {
                end += json.charAt(end) == '\\' ? 2 : 1;
            }
            texts.add(unescape(json.substring(at + key.length(), Math.min(end, json.length()))));
            at = end;
        }
        return texts;
    }

    static void print(String json) {
        List<String> texts = texts(json);
        // Buttons: show how to click them from here.
        for (int at = json.indexOf("\"action_id\":\""); at >= 0; at = json.indexOf("\"action_id\":\"", at + 1)) {
            String action = json.substring(at + 13, json.indexOf('"', at + 13));
            int v = json.indexOf("\"value\":\"", at);
            if (v > 0) {
                // The buttons' own words and their "are you sure?" dialog are not lines of the card.
                texts.removeIf(t -> List.of("Keep it", "Keep data", "Keep", "Delete", "Cancel", "Restore", "Overwrite")
                        .contains(t) || t.endsWith("?") && !t.contains("<@") || t.startsWith("This deletes")
                        || t.startsWith("This replaces"));
                texts.add("[" + action + "] click: infra/local/aura-slash click " + action + " "
                        + json.substring(v + 9, json.indexOf('"', v + 9)));
            }
        }
        // The first "text" is the notification fallback; the blocks repeat and extend it.
        for (String t : texts.size() > 1 ? texts.subList(1, texts.size()) : texts) {
            // Slack shows <!date^…|fallback> in the reader's time zone; here the fallback is shown.
            String readable = t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                    .replaceAll("<!date\\^\\d+\\^[^|>]*\\|([^>]*)>", "$1");
            System.out.println("   " + readable.replace("\n", "\n   "));
        }
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static String sign(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A word as the bot's grammar reads it: quoted when it holds spaces or quotes. */
    static String quoted(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
            return word;
        }
        return word.indexOf('"') < 0 ? "\"" + word + "\"" : "'" + word + "'";
    }
}
